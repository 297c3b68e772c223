package org.openenpc.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * All devices found so far, merged by MAC address (by IP until the MAC is known). Every
 * {@link #upsert} reports what changed so listeners can update only that. Thread-safe: the
 * discovery engine's receive thread writes, any thread may read a snapshot.
 */
public final class DeviceRegistry {

    // Keyed by the MacAddress once known, else by the IP text (the two types never collide); not by
    // Printer.key(), which would format a string per reply.
    private final Map<Object, Printer> byKey = new LinkedHashMap<>();
    private final Map<String, Object> keyByIp = new HashMap<>();

    /** Merges one observation; returns the device after the merge and what changed. */
    public synchronized RegistryChange upsert(Observation o) {
        Objects.requireNonNull(o.ip(), "ip");
        Set<PrinterField> changed = EnumSet.noneOf(PrinterField.class);
        Printer base = null;
        Printer absorbed = null;
        if (o.mac() != null) {
            base = byKey.get(o.mac());
            Printer atIp = deviceAt(o.ip());
            if (base == null && atIp != null && (atIp.mac() == null || atIp.mac().equals(o.mac()))) {
                base = atIp;
            } else if (base != null && atIp != null && atIp != base && atIp.mac() == null) {
                // The same device was first seen at this IP before its MAC was known (e.g. it moved
                // to a new address): fold that MAC-less entry into the known device.
                absorbed = atIp;
            }
        } else {
            base = deviceAt(o.ip());
        }
        boolean added = base == null;
        Printer before = added ? Printer.seen(o.ip(), o.at()) : base;
        if (absorbed != null) {
            // What the absorbed entry knew is news for this device (its IP at least), so it is
            // recorded in `changed`; its sources, requests and replies are kept too.
            byKey.remove(keyOf(absorbed));
            before = union(merge(before, absorbedAsObservation(absorbed), changed), absorbed, changed);
        }
        Printer after = merge(before, o, changed);
        if (!added) {
            byKey.remove(keyOf(base));
            // A device that moved is no longer "at" its old address; a stale entry would make the
            // next MAC-less reply from there merge into (and move back) the wrong device.
            keyByIp.remove(base.ip(), keyOf(base));
        }
        Object key = keyOf(after);
        byKey.put(key, after);
        keyByIp.put(after.ip(), key);
        return new RegistryChange(after, added, changed, absorbed);
    }

    /** Every device, ordered by IPv4 address. */
    public synchronized List<Printer> snapshot() {
        List<Printer> list = new ArrayList<>(byKey.values());
        list.sort(Comparator.comparingLong(p -> Printer.ipOrder(p.ip())));
        return list;
    }

    public synchronized int size() {
        return byKey.size();
    }

    /** The device last seen at {@code ip}, or null. */
    public synchronized Printer deviceAt(String ip) {
        Object key = keyByIp.get(ip);
        return key == null ? null : byKey.get(key);
    }

    private static Object keyOf(Printer p) {
        return p.mac() != null ? p.mac() : p.ip();
    }

    public synchronized void clear() {
        byKey.clear();
        keyByIp.clear();
    }

    private static Printer merge(Printer p, Observation o, Set<PrinterField> changed) {
        String ip = pick(p.ip(), o.ip(), PrinterField.IP, changed);
        MacAddress mac = pick(p.mac(), o.mac(), PrinterField.MAC, changed);
        // Model and card names repeat across printers: shared. NIC names do not (Epson's carry MAC digits).
        String model = sharedIfNew(p.model(), pickText(p.model(), o.model(), PrinterField.MODEL, changed));
        String card = sharedIfNew(p.cardName(), pickText(p.cardName(), o.cardName(), PrinterField.CARD_NAME, changed));
        String nic = pickText(p.nicName(), o.nicName(), PrinterField.NIC_NAME, changed);
        Printer.IpSettings ipSettings = pick(p.ipSettings(), o.ipSettings(), PrinterField.IP_SETTINGS, changed);
        if (ipSettings != p.ipSettings()) {
            ipSettings = shared(ipSettings, ip);
        }
        PrinterStatus status = sharedIfNew(p.status(), pick(p.status(), o.status(), PrinterField.STATUS, changed));
        String holder = pick(p.holder(), o.holder(), PrinterField.HOLDER, changed);
        // Unchanged collections are shared with the previous snapshot (they are immutable): most
        // replies in a scan repeat what is known, and copying three trees per reply was most of the
        // garbage a 10,000-printer scan made.
        SortedSet<String> sources = with(p.sources(), o.source(), PrinterField.SOURCES, changed);
        SortedSet<String> answered = with(p.answered(), o.request(), PrinterField.ANSWERED, changed);
        SortedMap<String, RawReply> replies = p.replies();
        if (o.raw() != null) {
            RawReply old = replies.get(o.raw().request());
            if (old == null || !old.sameBytes(o.raw())) {
                replies = Collections2.with(replies, o.raw().request(), o.raw());
                changed.add(PrinterField.RAW_REPLIES);
            }
        }
        var first = o.at().isBefore(p.firstSeen()) ? o.at() : p.firstSeen();
        var last = o.at().isAfter(p.lastSeen()) ? o.at() : p.lastSeen();
        if (!last.equals(p.lastSeen())) {
            changed.add(PrinterField.LAST_SEEN);
        }
        SnmpView snmp = pick(p.snmp(), o.snmp(), PrinterField.SNMP, changed);
        return new Printer(ip, mac, model, card, nic, ipSettings, status, holder, sources, answered, replies,
                first, last, snmp);
    }

    private static SortedSet<String> with(SortedSet<String> set, String item, PrinterField field,
                                          Set<PrinterField> changed) {
        if (item == null || set.contains(item)) {
            return set;
        }
        changed.add(field);
        return Collections2.with(set, item);
    }

    private static <T> T pick(T old, T news, PrinterField field, Set<PrinterField> changed) {
        if (news == null || news.equals(old)) {
            return old;
        }
        changed.add(field);
        return news;
    }

    /** Empty text from a reply means "not told", never "erase what we knew". */
    private static String pickText(String old, String news, PrinterField field, Set<PrinterField> changed) {
        return news == null || news.isEmpty() ? old : pick(old, news, field, changed);
    }

    /** {@code picked} as its {@link Shared} instance when it is new; what the snapshot had is shared already. */
    private static <T> T sharedIfNew(T had, T picked) {
        return picked == had ? picked : Shared.of(picked);
    }

    /** The settings with their repeated texts shared; the address is usually the device's own IP text. */
    private static Printer.IpSettings shared(Printer.IpSettings s, String ip) {
        return new Printer.IpSettings(s.address().equals(ip) ? ip : s.address(), Shared.of(s.mask()),
                Shared.of(s.gateway()), Shared.of(s.flagsHex()));
    }

    private static Observation absorbedAsObservation(Printer p) {
        return new Observation(p.ip(), p.firstSeen(), null, null, p.mac(), p.model(), p.cardName(), p.nicName(),
                p.ipSettings() == Printer.IpSettings.NONE ? null : p.ipSettings(),
                p.status().reported() ? p.status() : null, p.holder().isEmpty() ? null : p.holder(), null, p.snmp());
    }

    /** Adds the absorbed entry's sources, requests and replies (the newer reply per request wins). */
    private static Printer union(Printer p, Printer absorbed, Set<PrinterField> changed) {
        TreeSet<String> sources = new TreeSet<>(p.sources());
        if (sources.addAll(absorbed.sources())) {
            changed.add(PrinterField.SOURCES);
        }
        TreeSet<String> answered = new TreeSet<>(p.answered());
        if (answered.addAll(absorbed.answered())) {
            changed.add(PrinterField.ANSWERED);
        }
        TreeMap<String, RawReply> replies = new TreeMap<>(p.replies());
        for (RawReply r : absorbed.replies().values()) {
            RawReply old = replies.get(r.request());
            if (old == null || r.at().isAfter(old.at())) {
                replies.put(r.request(), r);
                changed.add(PrinterField.RAW_REPLIES);
            }
        }
        var last = absorbed.lastSeen().isAfter(p.lastSeen()) ? absorbed.lastSeen() : p.lastSeen();
        return new Printer(p.ip(), p.mac(), p.model(), p.cardName(), p.nicName(), p.ipSettings(), p.status(),
                p.holder(), sources, answered, replies, p.firstSeen(), last, p.snmp());
    }
}
