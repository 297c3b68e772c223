package org.openenpc.discovery;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Which source addresses one scan believes (issue 10: anyone on a LAN can send us UDP). A reply counts
 * only when it comes from an address the scan asked: a unicast target, or a host address on the subnet
 * of a broadcast it sent. Everything else is "out of scope": counted, never listed, never followed up,
 * so a forged source address cannot steer our follow-up queries or SNMP reads at another host.
 *
 * <p>The subnet of a broadcast address: the subnet of the local interface whose directed broadcast it
 * is; for the limited broadcast 255.255.255.255, the subnets of every up, non-loopback interface (the
 * only ones it reaches); otherwise the widest subnet, no wider than a /8, that it is the broadcast
 * address of (its run of trailing one bits: {@code 192.0.2.255} is the /24, {@code 127.255.255.255} the
 * loopback /8). The network and broadcast addresses of a subnet never count, but an address given as a
 * broadcast that is really a host's (a unicast passed as {@code --broadcast}) is that host.
 *
 * <p>Immutable; built when the scan starts, read by the scan thread for every datagram.
 */
final class ReplyScope {

    static final int LIMITED_BROADCAST = 0xFFFF_FFFF;

    private final TargetPlan plan;
    /** Host ranges of the broadcasts' subnets, unsigned, inclusive. */
    private final long[] firsts;
    private final long[] lasts;

    private ReplyScope(TargetPlan plan, long[] firsts, long[] lasts) {
        this.plan = plan;
        this.firsts = firsts;
        this.lasts = lasts;
    }

    /**
     * @param plan       the unicast targets
     * @param broadcasts the broadcast addresses the scan sends to
     * @param interfaces the local interfaces' subnets (looked up only when there are broadcasts)
     */
    static ReplyScope of(TargetPlan plan, List<InetAddress> broadcasts, InterfaceSource interfaces) {
        List<long[]> ranges = new ArrayList<>();
        List<InterfaceBroadcast> local = null; // asked only when needed: the OS call can take a while
        for (InetAddress b : broadcasts) {
            int address = Ipv4.fromInet(b);
            if (local == null && (address >>> 24) != 127) {
                local = InterfaceBroadcasts.compute(interfaces);
            }
            if (address == LIMITED_BROADCAST) {
                local.forEach(i -> ranges.add(hosts(i.address(), i.prefixLength())));
                continue;
            }
            InterfaceBroadcast match = local == null ? null : local.stream().filter(i -> i.broadcast() == address).findFirst().orElse(null);
            ranges.add(match != null ? hosts(match.address(), match.prefixLength())
                    : hosts(address, Math.max(8, 32 - Integer.numberOfTrailingZeros(~address))));
            // A "broadcast" that is a host's own address (a unicast given as --broadcast) is asked too.
            ranges.add(new long[] {Ipv4.unsigned(address), Ipv4.unsigned(address)});
        }
        long[] firsts = new long[ranges.size()];
        long[] lasts = new long[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            firsts[i] = ranges.get(i)[0];
            lasts[i] = ranges.get(i)[1];
        }
        return new ReplyScope(plan, firsts, lasts);
    }

    /** Whether a reply from {@code ip} counts: a unicast target, or a host on a broadcast's subnet. */
    boolean contains(int ip) {
        if (plan.contains(ip)) {
            return true;
        }
        long v = Ipv4.unsigned(ip);
        for (int i = 0; i < firsts.length; i++) {
            if (v >= firsts[i] && v <= lasts[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ip} is on a broadcast's subnet (devices found there count against the broadcast cap). */
    boolean onBroadcastSubnet(int ip) {
        return !plan.contains(ip) && contains(ip);
    }

    /**
     * The host addresses of {@code address}'s subnet with this prefix: without the network and
     * broadcast addresses from /0 to /30; a /31 or /32 is just its addresses.
     */
    static long[] hosts(int address, int prefix) {
        long mask = Ipv4.unsigned(Ipv4.mask(prefix));
        long network = Ipv4.unsigned(address) & mask;
        long broadcast = network | (~mask & 0xFFFF_FFFFL);
        return prefix >= 31 ? new long[] {network, broadcast} : new long[] {network + 1, broadcast - 1};
    }
}
