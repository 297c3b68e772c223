package org.openenpc.discovery;

/**
 * A directed broadcast address reachable through one local interface, e.g. {@code eth0
 * 192.168.1.20/24 -> 192.168.1.255}. Immutable, safe from any thread.
 *
 * @param interfaceName system name of the interface
 * @param displayName   human name of the interface
 * @param address       the interface's own IPv4 address
 * @param prefixLength  its prefix length (0–30)
 * @param broadcast     the subnet's directed broadcast address
 */
public record InterfaceBroadcast(String interfaceName, String displayName, int address,
        int prefixLength, int broadcast) {

    @Override
    public String toString() {
        return interfaceName + " " + Ipv4.toDotted(address) + "/" + prefixLength
                + " -> " + Ipv4.toDotted(broadcast);
    }
}
