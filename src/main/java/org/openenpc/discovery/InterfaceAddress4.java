package org.openenpc.discovery;

/**
 * One IPv4 address configured on a network interface, as reported by the operating system.
 * Plain data so tests can describe fake interfaces; immutable, safe from any thread.
 *
 * @param address         the interface's own address
 * @param prefixLength    network prefix length as reported (normally 0–32)
 * @param broadcastOrNull the directed broadcast the OS reports, or {@code null} if none
 *                        (point-to-point links, or platforms that do not report it)
 */
public record InterfaceAddress4(int address, int prefixLength, Integer broadcastOrNull) {

    @Override
    public String toString() {
        return Ipv4.toDotted(address) + "/" + prefixLength
                + (broadcastOrNull == null ? "" : " brd " + Ipv4.toDotted(broadcastOrNull));
    }
}
