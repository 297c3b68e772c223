package org.openenpc.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one printer told us over SNMP in one read (system group, Host Resources and Printer MIB,
 * Epson ST2). Text that was not reported is {@code ""}; numbers not reported are null. Immutable;
 * safe to share between threads.
 *
 * <p>Text is exact, as decoded from the printer's octets (UTF-8 when valid, else Latin-1; NUL
 * padding and blanks trimmed) and may hold control characters a hostile device sent: pass it
 * through {@link SafeText} before showing it as text. JSON carries it unchanged.
 *
 * @param sysDescr       sysDescr.0
 * @param sysName        sysName.0
 * @param location       sysLocation.0
 * @param contact        sysContact.0
 * @param deviceDescr    hrDeviceDescr.1 (usually the model)
 * @param deviceStatus   hrDeviceStatus.1 as a word: "running", "warning", "testing", "down", "unknown", or ""
 * @param printerStatus  the printer's state as a word: ST2 status ("idle", "busy", "error", …) when
 *                       present, else hrPrinterStatus ("idle", "printing", "warmup", "other", "unknown"), else ""
 * @param serial         ST2 serial record, else prtGeneralSerialNumber.1, else ""
 * @param pageCount      prtMarkerLifeCount.1.1, null when not reported
 * @param conditions     errors and warnings, de-duplicated by key, errors first
 * @param supplies       inks, toners and other consumables in the printer's order
 * @param st2Hex         the raw ST2 value as lower-case spaced hex, "" when the printer has none
 * @param readAt         when the read finished
 * @param silentSince    null while the latest read answered; else when reads of this printer first
 *                       went unanswered, and everything else here is the last answer, from {@code readAt}
 * @param rawHex         the printer's bytes, as lower-case spaced hex, of each text field above whose
 *                       text is not plain printable ASCII (or holds a backslash, which could pass for
 *                       an escape), keyed by the field's name ({@value #SYS_DESCR}, {@value #SYS_NAME},
 *                       {@value #LOCATION}, {@value #CONTACT}, {@value #DEVICE_DESCR}, {@value #SERIAL});
 *                       empty when every field is plain
 */
public record SnmpView(String sysDescr, String sysName, String location, String contact, String deviceDescr,
                       String deviceStatus, String printerStatus, String serial, Long pageCount,
                       List<SnmpCondition> conditions, List<Supply> supplies, String st2Hex, Instant readAt,
                       Instant silentSince, Map<String, String> rawHex) {

    /** The {@link #rawHex} keys, in the order the fields are shown. */
    public static final String SYS_DESCR = "sysDescr";
    public static final String SYS_NAME = "sysName";
    public static final String LOCATION = "location";
    public static final String CONTACT = "contact";
    public static final String DEVICE_DESCR = "deviceDescr";
    public static final String SERIAL = "serial";
    public static final List<String> TEXT_FIELDS = List.of(SYS_DESCR, DEVICE_DESCR, SYS_NAME, LOCATION, CONTACT, SERIAL);

    public SnmpView {
        conditions = List.copyOf(conditions);
        supplies = List.copyOf(supplies);
        rawHex = Map.copyOf(rawHex);
    }

    /** A view without raw bytes: every text field plain (tests, and readings that kept no bytes). */
    public SnmpView(String sysDescr, String sysName, String location, String contact, String deviceDescr,
                    String deviceStatus, String printerStatus, String serial, Long pageCount,
                    List<SnmpCondition> conditions, List<Supply> supplies, String st2Hex, Instant readAt,
                    Instant silentSince) {
        this(sysDescr, sysName, location, contact, deviceDescr, deviceStatus, printerStatus, serial, pageCount,
                conditions, supplies, st2Hex, readAt, silentSince, Map.of());
    }

    /** The raw bytes of text field {@code field} (one of {@link #TEXT_FIELDS}) as hex, "" when its text is plain. */
    public String rawHex(String field) {
        return rawHex.getOrDefault(field, "");
    }

    /** True when the printer stopped answering SNMP after this was read: the values are its last known ones. */
    public boolean stale() {
        return silentSince != null;
    }

    /** This view marked as not answered since {@code at} (unchanged when already marked: the first miss counts). */
    public SnmpView silent(Instant at) {
        return stale() ? this : new SnmpView(sysDescr, sysName, location, contact, deviceDescr, deviceStatus,
                printerStatus, serial, pageCount, conditions, supplies, st2Hex, readAt, at, rawHex);
    }

    /** True when at least one condition is an error. */
    public boolean hasError() {
        return conditions.stream().anyMatch(c -> c.severity() == SnmpCondition.Severity.ERROR);
    }
}
