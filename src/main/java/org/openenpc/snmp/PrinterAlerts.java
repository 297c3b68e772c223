package org.openenpc.snmp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpCondition.Severity;

/**
 * Turns prtAlertTable rows (RFC 3805 Printer-MIB) into conditions. Codes are PrtAlertCodeTC values
 * from the RFC (coverOpen 3, interlockOpen 5, jam 8, doorOpen 501, inputMediaTrayMissing 801,
 * inputMediaSupplyLow 807, inputMediaSupplyEmpty 808, outputMediaTrayFull 903, markerTonerEmpty 1101,
 * markerInkEmpty 1102, markerTonerAlmostEmpty 1104, markerInkAlmostEmpty 1105,
 * markerWasteInkReceptacleFull 1110); severity is prtAlertSeverityLevel (other 1, critical 3,
 * warning 4, warningBinaryChangeEvent 5): critical is an error, the rest warnings. Events that report
 * something good (coverClosed 4, interlockClosed 6, configurationChange 7, doorClosed 502, powerUp 503,
 * powerDown 504, printerNMSReset 505, printerManualReset 506, printerReadyToPrint 507) are not
 * conditions and are skipped. Pure; any thread.
 */
public final class PrinterAlerts {

    static final String SOURCE = "prtAlertTable";
    static final int SEVERITY_CRITICAL = 3;

    private static final Map<Integer, String[]> KNOWN = Map.ofEntries(
            Map.entry(3, new String[] {"cover-open", "Cover open"}),
            Map.entry(5, new String[] {"cover-open", "Interlock open"}),
            Map.entry(8, new String[] {"paper-jam", "Paper jam"}),
            Map.entry(501, new String[] {"door-open", "Door open"}),
            Map.entry(801, new String[] {"input-missing", "Input tray missing"}),
            Map.entry(807, new String[] {"paper-low", "Paper low"}),
            Map.entry(808, new String[] {"paper-out", "Paper out"}),
            Map.entry(903, new String[] {"output-full", "Output tray full"}),
            Map.entry(1101, new String[] {"toner-out", "Toner out"}),
            Map.entry(1102, new String[] {"ink-out", "Ink out"}),
            Map.entry(1104, new String[] {"toner-low", "Toner low"}),
            Map.entry(1105, new String[] {"ink-low", "Ink low"}),
            Map.entry(1110, new String[] {"waste-ink-full", "Waste ink receptacle full"}));

    private static final Set<Integer> GOOD_NEWS = Set.of(4, 6, 7, 502, 503, 504, 505, 506, 507);

    /**
     * One row of prtAlertTable.
     *
     * @param severity    prtAlertSeverityLevel, or -1 when not reported
     * @param code        prtAlertCode, or -1 when not reported
     * @param description prtAlertDescription, "" when not reported
     */
    public record Alert(int severity, int code, String description) {
    }

    private PrinterAlerts() {
    }

    /** The conditions the alerts stand for, in table order. */
    public static List<SnmpCondition> conditions(List<Alert> alerts) {
        List<SnmpCondition> out = new ArrayList<>();
        for (Alert a : alerts) {
            if (GOOD_NEWS.contains(a.code())) {
                continue;
            }
            Severity severity = a.severity() == SEVERITY_CRITICAL ? Severity.ERROR : Severity.WARNING;
            String[] known = KNOWN.get(a.code());
            if (known != null) {
                out.add(new SnmpCondition(known[0], known[1], severity, SOURCE));
            } else {
                String text = a.description().isBlank() ? "Printer alert " + a.code() : a.description().strip();
                out.add(new SnmpCondition(String.format(java.util.Locale.ROOT, "alert-%04d", Math.max(a.code(), 0)),
                        text, severity, SOURCE));
            }
        }
        return out;
    }
}
