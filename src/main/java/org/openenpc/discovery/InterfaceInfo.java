package org.openenpc.discovery;

import java.util.List;

/**
 * A network interface and its IPv4 addresses, as seen by an {@link InterfaceSource}. Plain data
 * so tests can build fake machines; immutable, safe from any thread.
 *
 * @param name        system name such as {@code eth0}
 * @param displayName human name such as {@code Intel(R) Ethernet}
 * @param up          whether the interface is up
 * @param loopback    whether it is a loopback interface
 * @param addresses   its IPv4 addresses (IPv6 is left out by the source)
 */
public record InterfaceInfo(String name, String displayName, boolean up, boolean loopback,
        List<InterfaceAddress4> addresses) {

    public InterfaceInfo {
        addresses = List.copyOf(addresses);
    }
}
