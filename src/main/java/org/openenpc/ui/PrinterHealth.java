package org.openenpc.ui;

import java.util.ArrayList;
import java.util.List;

import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;

/**
 * A printer's overall state for the table and the detail pane's badge, from its ENPC status (ASB, TM printers) and its SNMP
 * and IPP views (inkjets, lasers, and TMs that answer SNMP): the level, a summary, and why it needs attention (an
 * error, a supply at or below the threshold, or no answer to the latest refresh). Pure; any thread.
 */
public final class PrinterHealth {

    private PrinterHealth() {
    }

    /** The worse of the ASB level (when reported) and the SNMP and IPP level (when read); UNKNOWN if none. */
    public static PrinterStatus.Level level(Printer p, int threshold) {
        PrinterStatus.Level asb = p.status().reported() ? p.status().level() : PrinterStatus.Level.UNKNOWN;
        PrinterStatus.Level read = readLevel(p, threshold);
        if (asb == PrinterStatus.Level.UNKNOWN) {
            return read;
        }
        if (read == PrinterStatus.Level.UNKNOWN) {
            return asb;
        }
        return asb.compareTo(read) <= 0 ? asb : read; // declared worst first
    }

    /** The level of what SNMP and IPP reported (their merged conditions and supplies); UNKNOWN when neither read. */
    static PrinterStatus.Level readLevel(Printer p, int threshold) {
        if (p.snmp() == null && p.ipp() == null) {
            return PrinterStatus.Level.UNKNOWN;
        }
        if (p.hasStatusError()) {
            return PrinterStatus.Level.ERROR;
        }
        if (!p.conditions().isEmpty() || p.supplies().stream().anyMatch(s -> lowConsumable(s, threshold))) {
            return PrinterStatus.Level.WARNING;
        }
        return PrinterStatus.Level.OK;
    }

    /**
     * The ENPC summary, with the SNMP and IPP conditions when there are any (or the SNMP state, else IPP's
     * printer-state, when ENPC has none).
     */
    public static String summary(Printer p) {
        SnmpView v = p.snmp();
        if (v == null && p.ipp() == null) {
            return p.status().summary();
        }
        List<String> parts = new ArrayList<>();
        if (p.status().reported()) {
            parts.add(p.status().summary());
        }
        p.conditions().forEach(c -> parts.add(c.text()));
        dedupe(parts);
        if (parts.isEmpty()) {
            // Named for where the state came from: an IPP-only printer has no SNMP to speak of.
            String state = v != null ? v.printerStatus() : p.ipp().state();
            if (v != null) {
                parts.add(state.isEmpty() ? Messages.get("main.summary.snmpOk")
                        : Messages.format("main.summary.snmpState", state));
            } else {
                parts.add(state.isEmpty() ? Messages.get("main.summary.ippOk")
                        : Messages.format("main.summary.ippState", state));
            }
        }
        return String.join(", ", parts);
    }

    /**
     * Why the printer needs attention, in a few words, or "" when it does not: offline first, then
     * the ASB error, a MAC conflict (issue 10), SNMP or IPP not answering (the rest is then its last answer), the
     * errors, the low supplies.
     */
    public static String attention(Printer p, int threshold, boolean offline) {
        if (offline) {
            return Messages.get("main.attention.offline");
        }
        boolean asbError = p.status().reported() && p.status().level() == PrinterStatus.Level.ERROR;
        if (!asbError && p.snmp() == null && p.ipp() == null && !p.hasMacConflict()) {
            return ""; // the common case in a large scan: no lists, no strings per update
        }
        List<String> parts = new ArrayList<>();
        if (asbError) {
            parts.add(p.status().summary());
        }
        if (!p.otherMacs().isEmpty()) {
            parts.add(Messages.get("main.attention.otherMacs"));
        }
        if (p.duplicateMac()) {
            parts.add(Messages.get("main.attention.duplicateMac"));
        }
        if (p.snmp() != null && p.snmp().stale()) {
            parts.add(Messages.get("main.attention.snmpSilent"));
        }
        if (p.ipp() != null && p.ipp().stale()) {
            parts.add(Messages.get("main.attention.ippSilent"));
        }
        for (SnmpCondition c : p.conditions()) {
            if (c.severity() == SnmpCondition.Severity.ERROR) {
                parts.add(c.text());
            }
        }
        for (Supply s : p.supplies()) {
            if (lowConsumable(s, threshold)) {
                parts.add(s.percent() == null ? Messages.format("main.attention.empty", s.name())
                        : Messages.format("main.attention.low", s.name(), String.valueOf(s.percent())));
            }
        }
        dedupe(parts);
        return String.join(", ", parts);
    }

    /**
     * Drops repeated facts: a TM reports "Offline" in its ASB and again in two SNMP objects, and the
     * ASB summary may already list several of them ("Offline, cover open").
     */
    private static void dedupe(List<String> parts) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            for (String piece : part.split(",\\s*")) {
                if (!piece.isBlank() && seen.add(piece.strip().toLowerCase(java.util.Locale.ROOT))) {
                    out.add(piece.strip());
                }
            }
        }
        parts.clear();
        parts.addAll(out);
    }

    /**
     * A consumable (ink, toner) at or below the threshold or empty. A maintenance box fills instead of
     * emptying ("near full"/"full"): its fullness shows as a condition, not as a low level.
     */
    public static boolean lowConsumable(Supply s, int threshold) {
        return org.openenpc.monitor.PrinterDiff.lowConsumable(s, threshold);
    }
}
