package org.openenpc.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openenpc.model.IppView;
import org.openenpc.model.MdnsService;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.model.UserFields;

/**
 * The flat, stable export view of one {@link Printer}: plain strings, booleans and lists, so JSON
 * and CSV files do not change shape when the model does. Unknown text is {@code ""}. Immutable;
 * built on whichever thread runs the export.
 *
 * @param ip        address the device answered from
 * @param mac       lower-case colon-separated MAC, or "" when unknown
 * @param model     printer model name
 * @param cardName  interface card name
 * @param nicName   NIC name
 * @param address   IP address the device reports for itself (ipSettings)
 * @param mask      subnet mask it reports
 * @param gateway   default gateway it reports
 * @param ipFlags   the reported IP flags in hex
 * @param status    decoded printer status
 * @param holder    IPv4 of the client holding TCP 9100, "" when not asked
 * @param sources   how it was found
 * @param answered  requests it answered
 * @param firstSeen first reply, ISO-8601 UTC with milliseconds ("2026-11-27T10:00:00.123Z")
 * @param lastSeen  latest reply, same format
 * @param duplicateMac true when another device, at another address, reports the same MAC
 * @param otherMacs MACs other than {@code mac} that replies from this address carried (another device or
 *                  a forger claims the address); empty almost always
 * @param protocols the protocols it answered: "ENPC", "SNMP", "IPP", "mDNS", in that order
 * @param uuid      the printer UUID from IPP or DNS-SD, "" when neither told one
 * @param ippUri    the IPP printer URI asked (else the one its DNS-SD announcement names), "" when none
 * @param errors    the errors and warnings of SNMP and IPP together, in plain language, errors first
 * @param supplies  every supply, SNMP's and IPP's merged (one per physical supply, each naming its source)
 * @param snmp      what the latest SNMP read told, or null (left out of JSON) when the printer never
 *                  answered SNMP
 * @param ipp       what the latest IPP Get-Printer-Attributes told, or null (left out of JSON) when the printer
 *                  never answered IPP
 * @param name      what the user named it in the inventory ("" when nothing); so are the next four
 * @param location  where the user says it stands
 * @param assetTag  the user's asset tag
 * @param tags      the user's tags, comma-separated as typed
 * @param notes     the user's notes
 */
@JsonPropertyOrder({"ip", "mac", "model", "cardName", "nicName", "address", "mask", "gateway", "ipFlags", "status",
        "holder", "sources", "answered", "firstSeen", "lastSeen", "duplicateMac", "otherMacs", "protocols", "uuid",
        "ippUri", "errors", "supplies", "snmp", "ipp", "name", "location", "assetTag", "tags", "notes"})
public record PrinterRecord(String ip, String mac, String model, String cardName, String nicName, String address,
                            String mask, String gateway, String ipFlags, Status status, String holder,
                            List<String> sources, List<String> answered, String firstSeen, String lastSeen,
                            boolean duplicateMac, List<String> otherMacs, List<String> protocols, String uuid,
                            String ippUri, List<String> errors, List<SupplyLevel> supplies,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Snmp snmp,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Ipp ipp, String name, String location,
                            String assetTag, String tags, String notes) {

    /**
     * Fixed millisecond precision (unlike {@link Instant#toString()}, whose length varies) keeps
     * CSV columns aligned and lets spreadsheets sort the text as time.
     */
    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public PrinterRecord {
        sources = sources == null ? List.of() : List.copyOf(sources);
        answered = answered == null ? List.of() : List.copyOf(answered);
        otherMacs = otherMacs == null ? List.of() : List.copyOf(otherMacs);
        protocols = protocols == null ? List.of() : List.copyOf(protocols);
        uuid = uuid == null ? "" : uuid;
        ippUri = ippUri == null ? "" : ippUri;
        errors = errors == null ? List.of() : List.copyOf(errors);
        supplies = supplies == null ? List.of() : List.copyOf(supplies);
        name = name == null ? "" : name;
        location = location == null ? "" : location;
        assetTag = assetTag == null ? "" : assetTag;
        tags = tags == null ? "" : tags;
        notes = notes == null ? "" : notes;
    }

    /**
     * The decoded status, flattened.
     *
     * @param reported false when the printer never reported a status
     * @param summary  plain-language text, e.g. "Offline, cover open"
     * @param level    ERROR, WARNING, OK or UNKNOWN
     * @param raw      the status bytes in hex
     */
    @JsonPropertyOrder({"reported", "summary", "level", "online", "coverOpen", "paperNearEnd", "paperEnd",
            "autocutterError", "recoverableError", "unrecoverableError", "drawerPin3", "paperFeeding", "raw"})
    public record Status(boolean reported, String summary, String level, boolean online, boolean coverOpen,
                         boolean paperNearEnd, boolean paperEnd, boolean autocutterError, boolean recoverableError,
                         boolean unrecoverableError, boolean drawerPin3, boolean paperFeeding, String raw) {

        static Status of(PrinterStatus s) {
            return new Status(s.reported(), s.summary(), s.level().name(), s.online(), s.coverOpen(),
                    s.paperNearEnd(), s.paperEnd(), s.autocutterError(), s.recoverableError(),
                    s.unrecoverableError(), s.drawerPin3(), s.paperFeeding(), text(s.raw()));
        }
    }

    /**
     * The SNMP read, flattened.
     *
     * @param serial        serial number, "" when not reported
     * @param printerStatus the printer's state as a word ("idle", "printing", "error"), "" when not reported
     * @param errors        errors and warnings in plain language, errors first
     * @param supplies      inks, toners and other consumables
     * @param pageCount     page count, null when not reported
     * @param readAt        when the read finished, same format as {@code lastSeen}
     * @param silentSince   null while SNMP answers; else since when it has not, and the rest is its last answer
     */
    @JsonPropertyOrder({"serial", "printerStatus", "errors", "supplies", "pageCount", "readAt", "silentSince"})
    public record Snmp(String serial, String printerStatus, List<String> errors, List<SupplyLevel> supplies,
                       Long pageCount, String readAt, String silentSince) {

        public Snmp {
            errors = errors == null ? List.of() : List.copyOf(errors);
            supplies = supplies == null ? List.of() : List.copyOf(supplies);
        }

        static Snmp of(SnmpView v) {
            return v == null ? null : new Snmp(text(v.serial()), text(v.printerStatus()),
                    v.conditions().stream().map(SnmpCondition::text).toList(),
                    v.supplies().stream().map(SupplyLevel::of).toList(), v.pageCount(), time(v.readAt()),
                    v.silentSince() == null ? null : time(v.silentSince()));
        }

        /** "black 40%; cyan unknown": each supply's colour (or name) and level, for one CSV cell. */
        public String suppliesText() {
            return joined(supplies);
        }
    }

    /**
     * The IPP Get-Printer-Attributes answer, flattened.
     *
     * @param uri           the printer URI asked
     * @param makeAndModel  printer-make-and-model
     * @param name          printer-name
     * @param location      printer-location
     * @param info          printer-info
     * @param state         printer-state: "idle", "processing", "stopped", "" when not reported
     * @param stateReasons  printer-state-reasons keywords as sent
     * @param stateMessage  printer-state-message
     * @param errors        the reasons in plain language, errors first
     * @param supplies      printer-supply (else marker-*) as supplies
     * @param deviceId      printer-device-id
     * @param moreInfo      printer-more-info (the printer's web page)
     * @param firmware      printer-firmware-string-version
     * @param pageCount     printer-impressions-completed, null when not reported
     * @param readAt        when the answer arrived, same format as {@code lastSeen}
     * @param silentSince   null while IPP answers; else since when it has not, and the rest is its last answer
     * @param attributes    every printer attribute of the answer, with its values as text
     */
    @JsonPropertyOrder({"uri", "makeAndModel", "name", "location", "info", "state", "stateReasons", "stateMessage",
            "errors", "supplies", "deviceId", "moreInfo", "firmware", "pageCount", "readAt", "silentSince",
            "attributes"})
    public record Ipp(String uri, String makeAndModel, String name, String location, String info, String state,
                      List<String> stateReasons, String stateMessage, List<String> errors, List<SupplyLevel> supplies,
                      String deviceId, String moreInfo, String firmware, Long pageCount, String readAt,
                      String silentSince, List<Attribute> attributes) {

        public Ipp {
            stateReasons = stateReasons == null ? List.of() : List.copyOf(stateReasons);
            errors = errors == null ? List.of() : List.copyOf(errors);
            supplies = supplies == null ? List.of() : List.copyOf(supplies);
            attributes = attributes == null ? List.of() : List.copyOf(attributes);
        }

        static Ipp of(IppView v) {
            return v == null ? null : new Ipp(text(v.uri()), text(v.makeAndModel()), text(v.name()),
                    text(v.location()), text(v.info()), text(v.state()), v.stateReasons(), text(v.stateMessage()),
                    v.conditions().stream().map(SnmpCondition::text).toList(),
                    v.supplies().stream().map(SupplyLevel::of).toList(), text(v.deviceId()), text(v.moreInfo()),
                    text(v.firmware()), v.pageCount(), time(v.readAt()),
                    v.silentSince() == null ? null : time(v.silentSince()),
                    v.attributes().stream().map(a -> new Attribute(a.group(), a.name(), a.syntax(), a.values()))
                            .toList());
        }
    }

    /**
     * One IPP attribute as received.
     *
     * @param group  the attribute group, e.g. "printer-attributes"
     * @param name   the attribute's name
     * @param syntax its value tag, e.g. "keyword", "integer"
     * @param values each value as text
     */
    @JsonPropertyOrder({"group", "name", "syntax", "values"})
    public record Attribute(String group, String name, String syntax, List<String> values) {
    }

    /**
     * One consumable.
     *
     * @param name   what the printer calls it
     * @param colour lower-case colour, "" when it has none
     * @param kind   "colorant" (ink, toner), "waste" (maintenance box, waste-ink pad) or "other"
     * @param level  0–100 percent left (of a waste receptacle: space left), null when the level is
     *               unknown (never faked)
     * @param state  "ok", "low", "empty", "near full", "full" or why the level is unknown
     * @param source where the level came from: "ST2", "Printer-MIB" or "IPP"
     */
    @JsonPropertyOrder({"name", "colour", "kind", "level", "state", "source"})
    public record SupplyLevel(String name, String colour, String kind, Integer level, String state, String source) {

        static SupplyLevel of(Supply s) {
            String kind = s.kind() == null ? "" : s.kind().name().toLowerCase(java.util.Locale.ROOT);
            return new SupplyLevel(text(s.name()), text(s.colour()), kind, s.percent(), text(s.state()),
                    text(s.source()));
        }

        /** "black 40%", "cyan unknown", "Maintenance box 20% near full". */
        String cellText() {
            String label = colour.isEmpty() ? name : colour;
            String value = level == null ? "unknown" : level + "%";
            boolean plain = level == null || state.isEmpty() || state.equals("ok");
            return label + " " + value + (plain ? "" : " " + state);
        }
    }

    /** The export view of {@code p}, without user fields. */
    public static PrinterRecord of(Printer p) {
        return of(p, UserFields.NONE);
    }

    /** The export view of {@code p} with what the user wrote about it (exact text: JSON escapes what it must). */
    public static PrinterRecord of(Printer p, UserFields user) {
        UserFields u = user == null ? UserFields.NONE : user;
        Printer.IpSettings ips = p.ipSettings() == null ? Printer.IpSettings.NONE : p.ipSettings();
        PrinterStatus status = p.status() == null ? PrinterStatus.UNKNOWN : p.status();
        return new PrinterRecord(text(p.ip()), p.macText(), text(p.model()), text(p.cardName()),
                text(p.nicName()), text(ips.address()), text(ips.mask()), text(ips.gateway()),
                text(ips.flagsHex()), Status.of(status), text(p.holder()), List.copyOf(p.sources()),
                List.copyOf(p.answered()), time(p.firstSeen()), time(p.lastSeen()), p.duplicateMac(),
                p.otherMacs().stream().map(Object::toString).toList(), p.protocols(), p.uuid(), ippUri(p),
                p.conditions().stream().map(SnmpCondition::text).toList(),
                p.supplies().stream().map(SupplyLevel::of).toList(), Snmp.of(p.snmp()), Ipp.of(p.ipp()), u.name(),
                u.location(), u.assetTag(), u.tags(), u.notes());
    }

    /** The URI IPP was asked at, else the one an {@code _ipp._tcp} (or {@code _ipps._tcp}) announcement names. */
    static String ippUri(Printer p) {
        if (p.ipp() != null) {
            return p.ipp().uri();
        }
        for (MdnsService s : p.mdns()) {
            if (s.type().equals("_ipp._tcp") || s.type().equals("_ipps._tcp")) {
                String path = s.txt("rp");
                return (s.type().equals("_ipps._tcp") ? "ipps://" : "ipp://") + s.address() + ":" + s.port() + "/"
                        + (path.startsWith("/") ? path.substring(1) : path);
            }
        }
        return "";
    }

    /** "black 40%; cyan unknown": each supply's colour (or name) and level, for one CSV cell. */
    public String suppliesText() {
        return joined(supplies);
    }

    /** The same text for {@code supplies} as the model has them (the CLI table), without building a whole record. */
    public static String suppliesText(List<Supply> supplies) {
        return joined(supplies.stream().map(SupplyLevel::of).toList());
    }

    private static String joined(List<SupplyLevel> supplies) {
        return supplies.stream().map(SupplyLevel::cellText).collect(java.util.stream.Collectors.joining("; "));
    }

    /** One record per printer, in the same order. */
    public static List<PrinterRecord> of(List<Printer> printers) {
        return printers.stream().map(PrinterRecord::of).toList();
    }

    /** One record per printer with its user fields, in the same order. */
    public static List<PrinterRecord> of(List<Printer> printers, java.util.function.Function<Printer, UserFields> user) {
        return printers.stream().map(p -> of(p, user.apply(p))).toList();
    }

    static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
