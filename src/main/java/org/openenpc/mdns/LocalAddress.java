package org.openenpc.mdns;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * The one check every JmDNS instance of ours passes before it is created: a concrete IPv4 address of this
 * machine. A wildcard (0.0.0.0) bind makes JmDNS advertise 0.0.0.0 as the host's address (jmdns issue #119), and
 * the no-argument forms pick an interface themselves (getLocalHost, often 127.0.1.1 on Debian: jmdns #163), so
 * both are refused here. Any thread.
 */
public final class LocalAddress {

    private LocalAddress() {
    }

    /** Returns {@code a} as an IPv4 address, or throws IllegalArgumentException naming what is wrong with it. */
    public static Inet4Address require(InetAddress a) {
        if (a == null) {
            throw new IllegalArgumentException("mDNS needs a local IPv4 address, got none");
        }
        if (!(a instanceof Inet4Address v4)) {
            throw new IllegalArgumentException("mDNS is IPv4 only here, got " + a.getHostAddress());
        }
        if (a.isAnyLocalAddress()) {
            throw new IllegalArgumentException("refusing the wildcard address " + a.getHostAddress()
                    + ": JmDNS would advertise it as the host's address; name one interface address");
        }
        if (a.isMulticastAddress() || a.getHostAddress().equals("255.255.255.255")) {
            throw new IllegalArgumentException("not an interface address: " + a.getHostAddress());
        }
        return v4;
    }

    /** The host name JmDNS announces for {@code a}: {@code prefix} and the address with dashes ("sim-127-0-1-5"). */
    public static String hostName(String prefix, Inet4Address a) {
        return prefix + "-" + a.getHostAddress().replace('.', '-');
    }
}
