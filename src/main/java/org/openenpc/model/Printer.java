package org.openenpc.model;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Immutable snapshot of everything known about one device. Unknown text is {@code ""}, an
 * unknown status is {@link PrinterStatus#UNKNOWN}; only {@link #mac()} may be null (until a
 * reply carrying it arrives). Safe to share between threads.
 *
 * @param ip          IPv4 the device answers from (the datagrams' source address)
 * @param mac         hardware address, null until known
 * @param model       printer model name (Q 03-0000 / 03-0001)
 * @param cardName    interface card name from Q 03-0001 (e.g. "UB-E03")
 * @param nicName     NIC name from Q 00-0000 (e.g. "UB-EEAE083ENSN")
 * @param ipSettings  IP settings the device reports for itself (Q 00-0010)
 * @param status      decoded ASB status (Q 03-0010)
 * @param holder      IPv4 of the client holding TCP 9100 (Q 03-0017), "" when not asked
 * @param sources     how it was found, e.g. "ENPC broadcast", "ENPC unicast"
 * @param answered    requests it answered, e.g. "Q 03-0000"
 * @param replies     the latest raw reply per request, keyed by request
 * @param firstSeen   first reply
 * @param lastSeen    latest reply
 * @param snmp        the latest SNMP status read (system group, Printer-MIB, Epson ST2), null until one
 *                    answered
 * @param otherMacs   MACs other than {@link #mac()} that replies from this address carried in one scan: another
 *                    device (or a forger) claims the address. Their replies' other facts are not merged. At most
 *                    {@link #MAX_OTHER_MACS}, the first ones seen, in order
 * @param duplicateMac true when another device in the registry, at another address, reports the same MAC
 * @param ipp         the latest IPP Get-Printer-Attributes answer, null until one answered
 * @param mdns        the DNS-SD services the device announced (at most {@link #MAX_MDNS_SERVICES}), in the order of
 *                    {@link MdnsService#PRINTER_TYPES}, then by instance name
 */
public record Printer(String ip, MacAddress mac, String model, String cardName, String nicName,
                      IpSettings ipSettings, PrinterStatus status, String holder,
                      SortedSet<String> sources, SortedSet<String> answered,
                      SortedMap<String, RawReply> replies, Instant firstSeen, Instant lastSeen, SnmpView snmp,
                      List<MacAddress> otherMacs, boolean duplicateMac, IppView ipp, List<MdnsService> mdns) {

    /** How many conflicting MACs one printer keeps; later ones are not news (a flood cannot grow it). */
    public static final int MAX_OTHER_MACS = 16;

    /** How many announced services one printer keeps (a real printer has two to five). */
    public static final int MAX_MDNS_SERVICES = 8;

    /** The protocol names {@link #protocols()} gives, in the order they are shown. */
    public static final List<String> PROTOCOLS = List.of("ENPC", "SNMP", "IPP", "mDNS");

    public Printer {
        sources = Collections2.sortedCopy(sources);
        answered = Collections2.sortedCopy(answered);
        replies = Collections2.sortedCopy(replies);
        otherMacs = otherMacs.isEmpty() ? List.of() : List.copyOf(otherMacs);
        mdns = mdns.isEmpty() ? List.of() : List.copyOf(mdns);
    }

    /** A printer without IPP or DNS-SD facts. */
    public Printer(String ip, MacAddress mac, String model, String cardName, String nicName,
                   IpSettings ipSettings, PrinterStatus status, String holder,
                   SortedSet<String> sources, SortedSet<String> answered,
                   SortedMap<String, RawReply> replies, Instant firstSeen, Instant lastSeen, SnmpView snmp,
                   List<MacAddress> otherMacs, boolean duplicateMac) {
        this(ip, mac, model, cardName, nicName, ipSettings, status, holder, sources, answered, replies, firstSeen,
                lastSeen, snmp, otherMacs, duplicateMac, null, List.of());
    }

    /** A printer without MAC conflicts. */
    public Printer(String ip, MacAddress mac, String model, String cardName, String nicName,
                   IpSettings ipSettings, PrinterStatus status, String holder,
                   SortedSet<String> sources, SortedSet<String> answered,
                   SortedMap<String, RawReply> replies, Instant firstSeen, Instant lastSeen, SnmpView snmp) {
        this(ip, mac, model, cardName, nicName, ipSettings, status, holder, sources, answered, replies, firstSeen,
                lastSeen, snmp, List.of(), false);
    }

    /** This printer with its SNMP view replaced (itself when it already has that view). */
    public Printer withSnmp(SnmpView v) {
        return v == snmp ? this : new Printer(ip, mac, model, cardName, nicName, ipSettings, status, holder, sources,
                answered, replies, firstSeen, lastSeen, v, otherMacs, duplicateMac, ipp, mdns);
    }

    /** This printer with its IPP view replaced (itself when it already has that view). */
    public Printer withIpp(IppView v) {
        return v == ipp ? this : new Printer(ip, mac, model, cardName, nicName, ipSettings, status, holder, sources,
                answered, replies, firstSeen, lastSeen, snmp, otherMacs, duplicateMac, v, mdns);
    }

    /** This printer with its MAC-conflict facts replaced. */
    public Printer withMacConflicts(List<MacAddress> others, boolean duplicate) {
        return new Printer(ip, mac, model, cardName, nicName, ipSettings, status, holder, sources, answered, replies,
                firstSeen, lastSeen, snmp, others, duplicate, ipp, mdns);
    }

    /**
     * Every supply the printer reported, one per physical supply: the SNMP view's (ST2 and Printer-MIB, already
     * merged) with the IPP ones by {@link SupplyMerge}'s rule (SNMP preferred, a known level wins over an unknown
     * one); each names its {@link Supply#source() source}.
     */
    public List<Supply> supplies() {
        List<Supply> s = snmp == null ? List.of() : snmp.supplies();
        return ipp == null || ipp.supplies().isEmpty() ? s : SupplyMerge.merge(s, ipp.supplies());
    }

    /** Every condition the printer reports over SNMP and IPP, de-duplicated by key (SNMP's first), errors first. */
    public List<SnmpCondition> conditions() {
        List<SnmpCondition> s = snmp == null ? List.of() : snmp.conditions();
        if (ipp == null || ipp.conditions().isEmpty()) {
            return s;
        }
        java.util.Map<String, SnmpCondition> byKey = new java.util.LinkedHashMap<>();
        for (SnmpCondition c : s) {
            byKey.putIfAbsent(c.key(), c);
        }
        for (SnmpCondition c : ipp.conditions()) {
            byKey.putIfAbsent(c.key(), c);
        }
        List<SnmpCondition> out = new java.util.ArrayList<>(byKey.values());
        out.sort(java.util.Comparator.comparing(c -> c.severity() != SnmpCondition.Severity.ERROR));
        return List.copyOf(out);
    }

    /** True when SNMP or IPP reports an error condition. */
    public boolean hasStatusError() {
        return (snmp != null && snmp.hasError()) || (ipp != null && ipp.hasError());
    }

    /** The printer UUID from IPP (printer-uuid), else from a DNS-SD TXT record; "" when neither told one. */
    public String uuid() {
        if (ipp != null && !ipp.uuid().isEmpty()) {
            return ipp.uuid();
        }
        for (MdnsService s : mdns) {
            if (!s.uuid().isEmpty()) {
                return s.uuid();
            }
        }
        return "";
    }

    /**
     * The protocols the device answered, in {@link #PROTOCOLS} order: ENPC (any ENPC reply), SNMP (a status read
     * answered), IPP (Get-Printer-Attributes answered), mDNS (a DNS-SD announcement).
     */
    public List<String> protocols() {
        List<String> out = new java.util.ArrayList<>(4);
        if (!answered.isEmpty() || sources.stream().anyMatch(x -> x.startsWith("ENPC"))) {
            out.add("ENPC");
        }
        if (snmp != null) {
            out.add("SNMP");
        }
        if (ipp != null) {
            out.add("IPP");
        }
        if (!mdns.isEmpty()) {
            out.add("mDNS");
        }
        return out;
    }

    /** True when another MAC answered from this address, or another address reports this MAC. */
    public boolean hasMacConflict() {
        return duplicateMac || !otherMacs.isEmpty();
    }

    /** The IP settings reported by the device; {@link #NONE} until a Q 00-0010 reply. */
    public record IpSettings(String address, String mask, String gateway, String flagsHex) {
        public static final IpSettings NONE = new IpSettings("", "", "", "");
    }

    /** A device seen for the first time at {@code ip}. */
    public static Printer seen(String ip, Instant at) {
        return new Printer(ip, null, "", "", "", IpSettings.NONE, PrinterStatus.UNKNOWN, "",
                Collections2.emptySortedSet(), Collections2.emptySortedSet(), Collections2.emptySortedMap(), at, at, null);
    }

    /** Lower-case colon-separated MAC, or "" when unknown. */
    public String macText() {
        return mac == null ? "" : mac.toString();
    }

    /**
     * Identity across scans: the MAC once known, when it can name one device (see
     * {@link MacAddress#isDeviceAddress()}), no other device reports it and no other MAC answers from
     * this address; else the IP.
     */
    public String key() {
        return mac == null || hasMacConflict() || !mac.isDeviceAddress() ? "ip:" + ip : "mac:" + mac;
    }

    /**
     * Sort key for a dotted IPv4 text: numeric order (127.0.1.2 before 127.0.1.10); anything else
     * sorts last. Allocation-free: the table's SortedList calls it twice per comparison.
     */
    public static long ipOrder(String ip) {
        long v = 0;
        int part = 0;
        int digits = 0;
        int dots = 0;
        for (int i = 0; i < ip.length(); i++) {
            char ch = ip.charAt(i);
            if (ch >= '0' && ch <= '9' && digits < 3) {
                part = part * 10 + (ch - '0');
                digits++;
            } else if (ch == '.' && digits > 0 && dots < 3 && part <= 255) {
                v = (v << 8) | part;
                part = 0;
                digits = 0;
                dots++;
            } else {
                return Long.MAX_VALUE;
            }
        }
        return digits == 0 || dots != 3 || part > 255 ? Long.MAX_VALUE : (v << 8) | part;
    }

    /** The raw replies in request order. */
    public List<RawReply> replyList() {
        return List.copyOf(replies.values());
    }
}
