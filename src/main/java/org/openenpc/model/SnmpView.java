package org.openenpc.model;

import java.time.Instant;
import java.util.List;

/**
 * What one printer told us over SNMP in one read (system group, Host Resources and Printer MIB,
 * Epson ST2). Text that was not reported is {@code ""}; numbers not reported are null. Immutable;
 * safe to share between threads.
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
 */
public record SnmpView(String sysDescr, String sysName, String location, String contact, String deviceDescr,
                       String deviceStatus, String printerStatus, String serial, Long pageCount,
                       List<SnmpCondition> conditions, List<Supply> supplies, String st2Hex, Instant readAt,
                       Instant silentSince) {

    public SnmpView {
        conditions = List.copyOf(conditions);
        supplies = List.copyOf(supplies);
    }

    /** True when the printer stopped answering SNMP after this was read: the values are its last known ones. */
    public boolean stale() {
        return silentSince != null;
    }

    /** This view marked as not answered since {@code at} (unchanged when already marked: the first miss counts). */
    public SnmpView silent(Instant at) {
        return stale() ? this : new SnmpView(sysDescr, sysName, location, contact, deviceDescr, deviceStatus,
                printerStatus, serial, pageCount, conditions, supplies, st2Hex, readAt, at);
    }

    /** True when at least one condition is an error. */
    public boolean hasError() {
        return conditions.stream().anyMatch(c -> c.severity() == SnmpCondition.Severity.ERROR);
    }
}
