package org.openenpc.cli;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where {@code simulate --mdns} may announce: only in a network namespace whose one interface up is {@code lo} with
 * multicast on. Simulated printers live on loopback addresses, and JmDNS bound to one that is not an interface
 * address joins the multicast group on the machine's default interface: on a real host their announcements would
 * reach the LAN, naming 127.x addresses to every client there. Stateless.
 */
final class MulticastCheck {

    private MulticastCheck() {
    }

    /** Why announcing here is refused, or null when this is a private namespace fit for it. */
    static String refusal() {
        List<String> others = new ArrayList<>();
        boolean loMulticast = false;
        try {
            for (NetworkInterface i : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!i.isUp()) {
                    continue;
                }
                if (i.isLoopback()) {
                    loMulticast |= i.supportsMulticast();
                } else {
                    others.add(i.getName());
                }
            }
        } catch (SocketException e) {
            return "--mdns needs to know this machine's network interfaces, and they cannot be read: " + e.getMessage()
                    + ".";
        }
        String how = " Run the simulator inside a private network namespace that holds only lo, e.g. sudo unshare -n"
                + " sh -c 'ip link set lo up; ip link set lo multicast on; ip route add 224.0.0.0/4 dev lo;"
                + " openenpc simulate --ipp --mdns …' (README, \"Every printer on the LAN\").";
        if (!others.isEmpty()) {
            return "--mdns announces the simulated printers over multicast, which would reach the network of "
                    + String.join(", ", others) + "." + how;
        }
        if (!loMulticast) {
            return "--mdns needs multicast on lo, which is off here (ip link set lo multicast on; ip route add"
                    + " 224.0.0.0/4 dev lo).";
        }
        return null;
    }
}
