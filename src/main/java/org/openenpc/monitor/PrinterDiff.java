package org.openenpc.monitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openenpc.model.IppView;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.StatusLine;
import org.openenpc.model.Supply;

/**
 * What differs between two snapshots of one device, looked at only where the registry's changed-field
 * set says something changed: the ENPC status ({@link PrinterField#STATUS}) and the SNMP and IPP views'
 * answering state, printer status, conditions and supply levels ({@link PrinterField#SNMP}, {@link PrinterField#IPP}). Also what
 * became worse ({@link Problem}). Pure; any thread.
 */
public final class PrinterDiff {

    private PrinterDiff() {
    }

    /**
     * The values that differ, in a fixed order: status, SNMP answering, IPP answering, printer status, errors,
     * supplies (the last three over SNMP and IPP merged).
     */
    public static List<ItemChange> items(Printer before, Printer after, Set<PrinterField> fields) {
        List<ItemChange> out = new ArrayList<>();
        if (fields.contains(PrinterField.STATUS) && after.status().reported()) {
            add(out, ItemChange.Item.STATUS, "status", before.status().reported() ? before.status().summary() : "",
                    after.status().summary());
        }
        if (!(fields.contains(PrinterField.SNMP) || fields.contains(PrinterField.IPP)) || !read(after)) {
            return out;
        }
        SnmpView a = after.snmp();
        SnmpView b = before.snmp();
        if (b != null && a != null) {
            add(out, ItemChange.Item.SNMP_ANSWERING, "SNMP", answering(b), answering(a));
        }
        if (before.ipp() != null && after.ipp() != null) {
            add(out, ItemChange.Item.IPP_ANSWERING, "IPP", answering(before.ipp()), answering(after.ipp()));
        }
        boolean had = read(before);
        add(out, ItemChange.Item.PRINTER_STATUS, "printer status", had ? state(before) : "", state(after));
        add(out, ItemChange.Item.ERRORS, "errors", had ? StatusLine.errors(before.conditions()) : "",
                StatusLine.errors(after.conditions()));
        Map<String, String> was = had ? supplies(before.supplies()) : Map.of();
        supplies(after.supplies()).forEach((name, level) -> add(out, ItemChange.Item.SUPPLY, name,
                was.getOrDefault(name, ""), level));
        return out;
    }

    /** SNMP's printer status word, else IPP's printer-state. */
    private static String state(Printer p) {
        return p.snmp() != null ? p.snmp().printerStatus() : p.ipp() == null ? "" : p.ipp().state();
    }

    /**
     * What became worse from {@code before} to {@code after}: each ERROR condition not there before, each
     * consumable that fell to or below {@code threshold} percent or ran empty, over SNMP and IPP merged
     * ({@link Printer#conditions()}, {@link Printer#supplies()}). Without an earlier SNMP or IPP view there is no
     * transition (the first read of a printer announces nothing).
     */
    public static List<Problem> problems(Printer before, Printer after, int threshold) {
        List<Problem> out = new ArrayList<>();
        if (before == null || !read(before) || !read(after)) {
            return out;
        }
        Set<String> hadErrors = new HashSet<>();
        for (SnmpCondition c : before.conditions()) {
            if (c.severity() == SnmpCondition.Severity.ERROR) {
                hadErrors.add(c.key());
            }
        }
        for (SnmpCondition c : after.conditions()) {
            if (c.severity() == SnmpCondition.Severity.ERROR && !hadErrors.contains(c.key())) {
                out.add(Problem.error(c));
            }
        }
        List<Supply> was = before.supplies();
        List<Supply> now = after.supplies();
        for (int i = 0; i < now.size(); i++) {
            Supply s = now.get(i);
            Supply earlier = i < was.size() && was.get(i).name().equals(s.name()) ? was.get(i) : null;
            if (lowConsumable(s, threshold) && (earlier == null || !lowConsumable(earlier, threshold))) {
                out.add(Problem.low(s));
            }
        }
        return out;
    }

    /** True when SNMP or IPP has told anything of the printer's state. */
    private static boolean read(Printer p) {
        return p.snmp() != null || p.ipp() != null;
    }

    /** A consumable at or below the threshold or empty; never a receptacle that fills. */
    public static boolean lowConsumable(Supply s, int threshold) {
        boolean fills = "full".equals(s.state()) || "near full".equals(s.state());
        return !fills && s.isLow(threshold);
    }

    private static void add(List<ItemChange> out, ItemChange.Item item, String what, String before, String after) {
        if (!before.equals(after)) {
            out.add(new ItemChange(item, what, before, after));
        }
    }

    /** "answering", or "not answering since" the first unanswered read. */
    static String answering(SnmpView v) {
        return v.stale() ? "not answering since " + v.silentSince() : "answering";
    }

    /** "answering", or "not answering since" the first unanswered request. */
    static String answering(IppView v) {
        return v.stale() ? "not answering since " + v.silentSince() : "answering";
    }

    /** "none" or the condition texts joined, errors first, e.g. "Paper jam; Ink low". */
    public static String errors(SnmpView v) {
        return StatusLine.errors(v);
    }

    /** Each supply's level as text by name (a name used twice gets its position appended). */
    static Map<String, String> supplies(List<Supply> supplies) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Supply s : supplies) {
            String name = s.name().isEmpty() ? s.colour() : s.name();
            m.put(m.containsKey(name) ? name + " #" + (m.size() + 1) : name, level(s));
        }
        return m;
    }

    /** "40%", "40% low", "empty", "level not reported". */
    public static String level(Supply s) {
        if (s.percent() == null) {
            return s.state();
        }
        return s.percent() + "%" + ("ok".equals(s.state()) || s.state().isEmpty() ? "" : " " + s.state());
    }

    /** A one-line summary of a new device: ENPC status, SNMP printer status, errors. */
    public static String describe(Printer p) {
        return StatusLine.describe(p);
    }
}
