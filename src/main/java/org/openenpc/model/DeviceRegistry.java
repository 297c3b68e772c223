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
import java.util.function.Predicate;

/**
 * All devices found so far, one per address. Identity rules (issue 10: every reply is hostile until
 * proven otherwise):
 * <ul>
 * <li>An address is one device. Which MAC an address has in a scan is the scan's decision
 * ({@code discovery.ScanIdentity}); a different MAC from the same address in the same scan is recorded
 * as a conflict on that device ({@link #conflict}), never as a new device.</li>
 * <li>A device that answers with a MAC known at another address that has <em>not</em> answered in this
 * scan has moved (DHCP): its entry moves to the new address and keeps its history. When that other
 * address has answered in this scan, both are real: two entries, both flagged
 * {@link Printer#duplicateMac()}.</li>
 * <li>MACs that cannot name one device (all-zero, broadcast, multicast: {@link MacAddress#isDeviceAddress()})
 * never move or merge entries; two devices reporting one are two entries, flagged as duplicates.</li>
 * <li>A device without a MAC (an IPP-only printer) that reports a printer UUID (IPP {@code printer-uuid}, DNS-SD
 * TXT {@code UUID}) known at another MAC-less entry whose address has not answered in this scan has moved too: that
 * entry moves to the new address, keeps its history, and is reported as merged into it
 * ({@link RegistryChange#absorbed()}, at its old address). When that address has answered in this scan, both are
 * kept.</li>
 * </ul>
 * Every update reports what changed so listeners can update only that. Thread-safe: the discovery
 * engine's scan thread writes, any thread may read a snapshot.
 */
public final class DeviceRegistry {

    /** Raw replies and answered requests kept per device; a reply flood with random function codes stops here. */
    public static final int MAX_REQUESTS = 32;

    private final Map<String, Printer> byIp = new LinkedHashMap<>();
    /** The addresses that report each MAC: one String, or a String[] for the rare duplicates. */
    private final Map<MacAddress, Object> ipsByMac = new HashMap<>();
    /** The address of the first MAC-less entry reporting each printer UUID. */
    private final Map<String, String> ipByUuid = new HashMap<>();

    /** Merges one observation; a MAC from an address of another entry is taken as a move (see the class). */
    public RegistryChange upsert(Observation o) {
        return upsert(o, ip -> false);
    }

    /**
     * Merges one observation; returns the device after the merge and what changed.
     *
     * @param answeredThisScan whether the device at an address answered in the current scan: a MAC that
     *                         one of those reports too is a duplicate, not a move
     */
    public synchronized RegistryChange upsert(Observation o, Predicate<String> answeredThisScan) {
        Objects.requireNonNull(o.ip(), "ip");
        Set<PrinterField> changed = EnumSet.noneOf(PrinterField.class);
        Printer at = byIp.get(o.ip());
        Printer absorbed = null;
        Printer moved = null;
        if (o.mac() != null) {
            if (at != null && at.mac() != null && !at.mac().equals(o.mac())) {
                // Another device now answers at this address (the scan chose this MAC as its first): the
                // old entry goes.
                absorbed = at;
                drop(at);
                at = null;
            }
            if ((at == null || at.mac() == null) && o.mac().isDeviceAddress()) {
                moved = movedDevice(o.mac(), o.ip(), answeredThisScan);
            }
        }
        Printer movedByUuid = null;
        if (moved == null && o.mac() == null && (at == null || (at.mac() == null && at.uuid().isEmpty()))) {
            movedByUuid = movedByUuid(uuidOf(o), o.ip(), answeredThisScan);
        }
        Printer before;
        if (movedByUuid != null) {
            drop(movedByUuid);
            before = movedByUuid;
            if (at != null) {
                // What the UUID-less entry at the new address knew is folded in; its row is the one updated.
                drop(at);
                before = union(merge(before, absorbedAsObservation(at), changed), at, changed);
            }
            absorbed = movedByUuid; // its old address is gone: reported as merged into the device at the new one
        } else if (moved != null) {
            drop(moved);
            before = moved;
            if (at != null) {
                // The device was first seen at this address before its MAC was known: fold that
                // MAC-less entry into the moved one; what it knew is news for this device.
                drop(at);
                absorbed = at;
                before = union(merge(before, absorbedAsObservation(at), changed), at, changed);
            }
        } else {
            before = at != null ? at : Printer.seen(o.ip(), o.at());
        }
        boolean added = at == null && moved == null && movedByUuid == null;
        Printer after = merge(before, o, changed);
        List<Printer> flagged = new ArrayList<>();
        after = store(after, changed, flagged);
        if (absorbed != null && absorbed.mac() != null && !absorbed.mac().equals(after.mac())) {
            flagDuplicates(absorbed.mac(), null, null, flagged);
        }
        return new RegistryChange(after, added, changed, absorbed, flagged);
    }

    /**
     * Records that a reply from {@code ip} carried {@code otherMac}, which is not the device's MAC there:
     * another device, or a forger, claims the address. Nothing else of that reply is merged.
     *
     * @return the change, or null when nothing changed (already recorded, the list is full, or no device
     *         is known at {@code ip})
     */
    public synchronized RegistryChange conflict(String ip, MacAddress otherMac) {
        Printer at = byIp.get(ip);
        if (at == null || otherMac.equals(at.mac()) || at.otherMacs().contains(otherMac)
                || at.otherMacs().size() >= Printer.MAX_OTHER_MACS) {
            return null;
        }
        List<MacAddress> others = new ArrayList<>(at.otherMacs());
        others.add(otherMac);
        Printer after = at.withMacConflicts(others, at.duplicateMac());
        byIp.put(ip, after);
        return new RegistryChange(after, false, EnumSet.of(PrinterField.MAC_CONFLICT), null);
    }

    /**
     * The device at {@code ip} is {@code mac} after all: its earlier MAC (from a reply nobody asked for)
     * becomes one of its conflicting MACs, everything else it knows is kept.
     *
     * @return the change, or null when no device with another MAC is known at {@code ip}
     */
    public synchronized RegistryChange correctMac(String ip, MacAddress mac) {
        Printer at = byIp.get(ip);
        if (at == null || at.mac() == null || at.mac().equals(mac)) {
            return null;
        }
        drop(at);
        List<MacAddress> others = new ArrayList<>();
        others.add(at.mac());
        at.otherMacs().stream().filter(m -> !m.equals(mac) && others.size() < Printer.MAX_OTHER_MACS)
                .forEach(others::add);
        Printer corrected = new Printer(at.ip(), mac, at.model(), at.cardName(), at.nicName(), at.ipSettings(),
                at.status(), at.holder(), at.sources(), at.answered(), at.replies(), at.firstSeen(), at.lastSeen(),
                at.snmp(), others, false, at.ipp(), at.mdns());
        Set<PrinterField> changed = EnumSet.of(PrinterField.MAC, PrinterField.MAC_CONFLICT);
        List<Printer> flagged = new ArrayList<>();
        corrected = store(corrected, changed, flagged);
        flagDuplicates(at.mac(), null, null, flagged);
        return new RegistryChange(corrected, false, changed, null, flagged);
    }

    /** Every device, ordered by IPv4 address. */
    public synchronized List<Printer> snapshot() {
        List<Printer> list = new ArrayList<>(byIp.values());
        list.sort(Comparator.comparingLong(p -> Printer.ipOrder(p.ip())));
        return list;
    }

    public synchronized int size() {
        return byIp.size();
    }

    /** The device at {@code ip}, or null. */
    public synchronized Printer deviceAt(String ip) {
        return byIp.get(ip);
    }

    public synchronized void clear() {
        byIp.clear();
        ipsByMac.clear();
        ipByUuid.clear();
    }

    /** The printer UUID an observation reports ("" for none): IPP's, else its DNS-SD service's. */
    private static String uuidOf(Observation o) {
        if (o.ipp() != null && !o.ipp().uuid().isEmpty()) {
            return o.ipp().uuid();
        }
        return o.mdns() == null ? "" : o.mdns().uuid();
    }

    /** The MAC-less entry at another address with this UUID whose address has not answered in this scan, or null. */
    private Printer movedByUuid(String uuid, String ip, Predicate<String> answeredThisScan) {
        if (uuid.isEmpty()) {
            return null;
        }
        String other = ipByUuid.get(uuid);
        if (other == null || other.equals(ip) || answeredThisScan.test(other)) {
            return null;
        }
        Printer p = byIp.get(other);
        return p != null && p.mac() == null ? p : null;
    }

    /** The entry at another address with this MAC whose address has not answered in this scan, or null. */
    private Printer movedDevice(MacAddress mac, String ip, Predicate<String> answeredThisScan) {
        for (String other : ips(mac)) {
            if (!other.equals(ip) && !answeredThisScan.test(other)) {
                return byIp.get(other);
            }
        }
        return null;
    }

    /** Puts {@code p} in place, then sets the duplicate flag of every entry sharing its MAC. */
    private Printer store(Printer p, Set<PrinterField> changed, List<Printer> flagged) {
        Printer old = byIp.put(p.ip(), p);
        if (old != null) {
            unindexUuid(old);
        }
        if (p.mac() == null) {
            String uuid = p.uuid();
            if (!uuid.isEmpty()) {
                ipByUuid.putIfAbsent(uuid, p.ip());
            }
            return p;
        }
        addIp(p.mac(), p.ip());
        return flagDuplicates(p.mac(), p.ip(), changed, flagged);
    }

    /**
     * Sets the duplicate-MAC flag on every entry reporting {@code mac} (on when two or more do). The entry
     * at {@code self} records the change in {@code changed}; the others are added to {@code flagged}.
     *
     * @return the entry at {@code self} as it is now (or null when {@code self} is null)
     */
    private Printer flagDuplicates(MacAddress mac, String self, Set<PrinterField> changed, List<Printer> flagged) {
        String[] ips = ips(mac);
        boolean duplicate = ips.length > 1;
        Printer mine = self == null ? null : byIp.get(self);
        for (String ip : ips) {
            Printer p = byIp.get(ip);
            if (p.duplicateMac() != duplicate) {
                p = p.withMacConflicts(p.otherMacs(), duplicate);
                byIp.put(ip, p);
                if (ip.equals(self)) {
                    mine = p;
                    changed.add(PrinterField.MAC_CONFLICT);
                } else {
                    flagged.add(p);
                }
            }
        }
        return mine;
    }

    private void unindexUuid(Printer p) {
        String uuid = p.uuid();
        if (!uuid.isEmpty()) {
            ipByUuid.remove(uuid, p.ip());
        }
    }

    private void drop(Printer p) {
        byIp.remove(p.ip());
        unindexUuid(p);
        if (p.mac() != null) {
            removeIp(p.mac(), p.ip());
        }
    }

    private String[] ips(MacAddress mac) {
        Object v = ipsByMac.get(mac);
        return v == null ? NO_IPS : v instanceof String one ? new String[] {one} : (String[]) v;
    }

    private void addIp(MacAddress mac, String ip) {
        Object v = ipsByMac.get(mac);
        if (v == null) {
            ipsByMac.put(mac, ip);
        } else if (!java.util.Arrays.asList(ips(mac)).contains(ip)) {
            String[] old = ips(mac);
            String[] more = java.util.Arrays.copyOf(old, old.length + 1);
            more[old.length] = ip;
            ipsByMac.put(mac, more);
        }
    }

    private void removeIp(MacAddress mac, String ip) {
        String[] left = java.util.Arrays.stream(ips(mac)).filter(i -> !i.equals(ip)).toArray(String[]::new);
        if (left.length == 0) {
            ipsByMac.remove(mac);
        } else {
            ipsByMac.put(mac, left.length == 1 ? left[0] : left);
        }
    }

    private static final String[] NO_IPS = {};

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
        SortedSet<String> answered = p.answered().size() >= MAX_REQUESTS ? p.answered()
                : with(p.answered(), o.request(), PrinterField.ANSWERED, changed);
        SortedMap<String, RawReply> replies = p.replies();
        if (o.raw() != null && (replies.size() < MAX_REQUESTS || replies.containsKey(o.raw().request()))) {
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
        IppView ipp = pick(p.ipp(), o.ipp(), PrinterField.IPP, changed);
        List<MdnsService> mdns = withService(p.mdns(), o.mdns(), changed);
        return new Printer(ip, mac, model, card, nic, ipSettings, status, holder, sources, answered, replies,
                first, last, snmp, p.otherMacs(), p.duplicateMac(), ipp, mdns);
    }

    /**
     * The services with {@code s} in place of the one of the same type and instance name (or added while there are
     * fewer than {@link Printer#MAX_MDNS_SERVICES}), ordered by type then instance; the same list when nothing changed.
     * The announcement's time alone is not a change.
     */
    private static List<MdnsService> withService(List<MdnsService> had, MdnsService s, Set<PrinterField> changed) {
        if (s == null) {
            return had;
        }
        List<MdnsService> out = new ArrayList<>(had.size() + 1);
        boolean replaced = false;
        for (MdnsService h : had) {
            if (h.type().equals(s.type()) && h.instance().equals(s.instance())) {
                if (sameAnnouncement(h, s)) {
                    return had;
                }
                out.add(s);
                replaced = true;
            } else {
                out.add(h);
            }
        }
        if (!replaced) {
            if (had.size() >= Printer.MAX_MDNS_SERVICES) {
                return had;
            }
            out.add(s);
        }
        out.sort(java.util.Comparator.comparingInt((MdnsService m) -> typeOrder(m.type()))
                .thenComparing(MdnsService::instance));
        changed.add(PrinterField.MDNS);
        return out;
    }

    private static boolean sameAnnouncement(MdnsService a, MdnsService b) {
        return a.host().equals(b.host()) && a.address().equals(b.address()) && a.port() == b.port()
                && a.txt().equals(b.txt()) && a.via().equals(b.via());
    }

    private static int typeOrder(String type) {
        int i = MdnsService.PRINTER_TYPES.indexOf(type);
        return i < 0 ? MdnsService.PRINTER_TYPES.size() : i;
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
                p.holder(), sources, answered, replies, p.firstSeen(), last, p.snmp(), p.otherMacs(), p.duplicateMac(),
                p.ipp() != null ? p.ipp() : absorbed.ipp(), p.mdns().isEmpty() ? absorbed.mdns() : p.mdns());
    }
}
