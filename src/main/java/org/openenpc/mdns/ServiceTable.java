package org.openenpc.mdns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.openenpc.model.MdnsService;

/**
 * What a browser currently knows, keyed by interface, type and instance name (without case, as DNS compares),
 * holding at most a fixed number of services: a flood of announcements cannot grow it further, it is counted
 * instead. Thread-safe (JmDNS calls in from one thread per interface).
 */
final class ServiceTable {

    /** What an upsert did. */
    enum Change { ADDED, UPDATED, UNCHANGED, DROPPED }

    private final int capacity;
    private final Map<String, MdnsService> services = new HashMap<>();
    private long dropped;

    ServiceTable(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    synchronized Change upsert(MdnsService s) {
        String k = key(s.via(), s.type(), s.instance());
        MdnsService old = services.get(k);
        if (old == null && services.size() >= capacity) {
            dropped++;
            return Change.DROPPED;
        }
        services.put(k, s);
        if (old == null) {
            return Change.ADDED;
        }
        return sameButTime(old, s) ? Change.UNCHANGED : Change.UPDATED;
    }

    /** True when no new service would be taken (so resolving one is wasted work). */
    synchronized boolean full() {
        return services.size() >= capacity;
    }

    /** The removed service, or null when it was not known (never resolved, or dropped). */
    synchronized MdnsService remove(String via, String type, String instance) {
        return services.remove(key(via, type, instance));
    }

    synchronized List<MdnsService> snapshot() {
        return new ArrayList<>(services.values());
    }

    synchronized long dropped() {
        return dropped;
    }

    private static String key(String via, String type, String instance) {
        return via + "\u0000" + type + "\u0000" + instance.toLowerCase(Locale.ROOT);
    }

    private static boolean sameButTime(MdnsService a, MdnsService b) {
        return a.host().equals(b.host()) && a.address().equals(b.address()) && a.port() == b.port()
                && a.txt().equals(b.txt()) && a.txtHex().equals(b.txtHex()) && Objects.equals(a.via(), b.via());
    }
}
