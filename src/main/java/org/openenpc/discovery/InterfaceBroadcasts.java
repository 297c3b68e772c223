package org.openenpc.discovery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out the directed broadcast address of every usable local IPv4 subnet: the default scope
 * of a discovery scan. Pure function of an {@link InterfaceSource}; stateless, safe from any
 * thread (normally the prober thread at scan start).
 *
 * <p>Rules: interfaces that are down or loopback are skipped; IPv6 never appears (sources only
 * report IPv4); addresses with prefix /31 or /32 are skipped because such links have no broadcast
 * address; the unspecified address 0.0.0.0 and impossible prefix lengths are skipped. The
 * broadcast the OS reports is preferred, since it knows odd configurations best; otherwise it is
 * computed as {@code address | ~mask}. The same address/broadcast pair seen twice (an alias
 * listed both as a sub-interface and on its parent) is reported once.
 */
public final class InterfaceBroadcasts {
    private InterfaceBroadcasts() {
    }

    /** The broadcasts of all usable interfaces of {@code source}, in source order. */
    public static List<InterfaceBroadcast> compute(InterfaceSource source) {
        List<InterfaceBroadcast> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (InterfaceInfo info : source.interfaces()) {
            if (!info.up() || info.loopback()) {
                continue;
            }
            for (InterfaceAddress4 address : info.addresses()) {
                if (usable(address)) {
                    InterfaceBroadcast found = broadcastOf(info, address);
                    if (seen.add(pairKey(found))) {
                        out.add(found);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean usable(InterfaceAddress4 address) {
        return address.address() != 0
                && address.prefixLength() >= 0 && address.prefixLength() <= 30;
    }

    private static InterfaceBroadcast broadcastOf(InterfaceInfo info, InterfaceAddress4 a) {
        Integer reported = a.broadcastOrNull();
        int broadcast = reported != null ? reported : a.address() | ~Ipv4.mask(a.prefixLength());
        return new InterfaceBroadcast(info.name(), info.displayName(), a.address(),
                a.prefixLength(), broadcast);
    }

    private static long pairKey(InterfaceBroadcast b) {
        return Ipv4.unsigned(b.address()) << 32 | Ipv4.unsigned(b.broadcast());
    }
}
