package org.openenpc.cli;

import java.util.Optional;

import org.openenpc.discovery.InterfaceBroadcast;
import org.openenpc.discovery.InterfaceBroadcasts;
import org.openenpc.discovery.InterfaceSource;
import org.openenpc.discovery.Ipv4;
import org.openenpc.discovery.TargetPlan;

/**
 * Refuses, for {@code status}, an address that is certainly not one host: without this, {@code
 * status 127.255.255.255} asks every printer on the subnet and behaves like a scan. Refused are
 * 0.0.0.0 (this host), 255.255.255.255 (limited broadcast), 224.0.0.0/4 (multicast), 240.0.0.0/4
 * (reserved), the loopback network's 127.0.0.0 and 127.255.255.255, and the network and broadcast
 * address of every local interface's subnet (prefix up to /30, as {@link InterfaceBroadcasts}
 * reports them). Nothing else: an address ending in .0 or .255 is a valid host in a /23 or
 * wider subnet, and a remote subnet's size cannot be known, so only what this machine knows is
 * refused. Stateless; called on the command's thread (reading interfaces may block briefly).
 */
final class SingleHostCheck {

    private static final int LOOPBACK_NETWORK = 0x7F00_0000;
    private static final int LOOPBACK_BROADCAST = 0x7FFF_FFFF;

    private SingleHostCheck() {
    }

    /** Throws exit code 2 with one sentence if the plan's one address is not a host. */
    static void require(String given, TargetPlan single) {
        int address = Ipv4.fromInet(single.iterator().next().getAddress());
        whyNotAHost(address, InterfaceSource.system()).ifPresent(why -> {
            throw UserFacingException.badArgument("status asks one printer, and " + given.strip() + " is " + why
                    + "; to search for printers use scan (with --broadcast or --range).");
        });
    }

    /** Why {@code address} is certainly not one host, as a noun phrase, or empty if it may be one. */
    static Optional<String> whyNotAHost(int address, InterfaceSource interfaces) {
        Optional<String> fixed = fixedRule(address);
        return fixed.isPresent() ? fixed : localSubnetRule(address, interfaces);
    }

    private static Optional<String> fixedRule(int address) {
        int first = address >>> 24;
        if (address == 0) {
            return Optional.of("the unspecified address (it means this host, not a printer)");
        }
        if (address == -1) {
            return Optional.of("the limited broadcast address, which reaches every host on the link");
        }
        if (first >= 224 && first <= 239) {
            return Optional.of("a multicast address (224.0.0.0/4)");
        }
        if (first >= 240) {
            return Optional.of("a reserved address (240.0.0.0/4)");
        }
        if (address == LOOPBACK_BROADCAST) {
            return Optional.of("the broadcast address of the loopback network 127.0.0.0/8");
        }
        if (address == LOOPBACK_NETWORK) {
            return Optional.of("the network address of the loopback network 127.0.0.0/8");
        }
        return Optional.empty();
    }

    private static Optional<String> localSubnetRule(int address, InterfaceSource interfaces) {
        for (InterfaceBroadcast b : InterfaceBroadcasts.compute(interfaces)) {
            int mask = Ipv4.mask(b.prefixLength());
            int network = b.address() & mask;
            String subnet = " of " + b.interfaceName() + "'s subnet " + Ipv4.toDotted(network) + "/" + b.prefixLength();
            if (address == b.broadcast() || address == (network | ~mask)) {
                return Optional.of("the broadcast address" + subnet);
            }
            if (address == network) {
                return Optional.of("the network address" + subnet);
            }
        }
        return Optional.empty();
    }
}
