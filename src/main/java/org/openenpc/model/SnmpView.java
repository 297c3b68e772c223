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
 */
public record SnmpView(String sysDescr, String sysName, String location, String contact, String deviceDescr,
                       String deviceStatus, String printerStatus, String serial, Long pageCount,
                       List<SnmpCondition> conditions, List<Supply> supplies, String st2Hex, Instant readAt) {

    public SnmpView {
        conditions = List.copyOf(conditions);
        supplies = List.copyOf(supplies);
    }

    /** True when at least one condition is an error. */
    public boolean hasError() {
        return conditions.stream().anyMatch(c -> c.severity() == SnmpCondition.Severity.ERROR);
    }
}
