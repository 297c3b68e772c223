package org.openenpc.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openenpc.model.IppView;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.StatusLine;
import org.openenpc.model.Supply;

/**
 * What one reply says that the inventory keeps as observations: a status level and text, the supply levels
 * and the page count, from the SNMP and IPP views. Values from a view that stopped answering are old: not observed
 * again. Stateless.
 */
final class Observed {

    /** Separates a supply's name, colour and kind in its key, and key from level in the stored list. */
    static final char UNIT = '\u001f';
    static final char RECORD = '\u001e';

    private Observed() {
    }

    static String level(Printer p) {
        PrinterStatus.Level level = p.status().reported() ? p.status().level() : PrinterStatus.Level.UNKNOWN;
        if (fresh(p) != null || freshIpp(p) != null) {
            for (SnmpCondition c : freshConditions(p)) {
                if (c.severity() == SnmpCondition.Severity.ERROR) {
                    level = PrinterStatus.Level.ERROR;
                } else if (level != PrinterStatus.Level.ERROR) {
                    level = PrinterStatus.Level.WARNING;
                }
            }
            if (level == PrinterStatus.Level.UNKNOWN) {
                level = PrinterStatus.Level.OK;
            }
        }
        return level.name();
    }

    static String text(Printer p) {
        return StatusLine.describe(p);
    }

    /** The fresh SNMP view, null when none or when it stopped answering. */
    static SnmpView fresh(Printer p) {
        SnmpView v = p.snmp();
        return v == null || v.stale() ? null : v;
    }

    /** The fresh IPP view, null when none or when it stopped answering. */
    static IppView freshIpp(Printer p) {
        IppView v = p.ipp();
        return v == null || v.stale() ? null : v;
    }

    /** The conditions of the fresh views: {@link Printer#conditions()} without what a silent view last said. */
    private static List<SnmpCondition> freshConditions(Printer p) {
        SnmpView v = fresh(p);
        IppView i = freshIpp(p);
        return p.withSnmp(v).withIpp(i).conditions();
    }

    /**
     * Supplies by comparison key, in the printer's order ({@link Printer#supplies()}: SNMP and IPP merged); only
     * what fresh views say, empty without one.
     */
    static Map<String, Supply> supplies(Printer p) {
        Map<String, Supply> m = new LinkedHashMap<>();
        SnmpView v = fresh(p);
        IppView i = freshIpp(p);
        if (v != null || i != null) {
            for (Supply s : p.withSnmp(v).withIpp(i).supplies()) {
                m.putIfAbsent(key(s), s);
            }
        }
        return m;
    }

    /** The key the latest levels are compared by (the rows keep the exact names). */
    static String key(Supply s) {
        return clean(s.name()) + UNIT + clean(s.colour()) + UNIT + s.kind().name();
    }

    private static String clean(String t) {
        return t.replace(UNIT, '?').replace(RECORD, '?');
    }

    /** The stored form of a supply map (device.supplies). */
    static String join(Map<String, Supply> supplies) {
        StringBuilder b = new StringBuilder();
        supplies.forEach((k, s) -> b.append(k).append(UNIT).append(s.percent() == null ? "" : s.percent().toString())
                .append(RECORD));
        return b.toString();
    }

    static Map<String, Integer> split(String stored) {
        Map<String, Integer> m = new LinkedHashMap<>();
        if (stored == null || stored.isEmpty()) {
            return m;
        }
        for (String rec : stored.split(String.valueOf(RECORD))) {
            int cut = rec.lastIndexOf(UNIT);
            if (cut <= 0) {
                continue;
            }
            String v = rec.substring(cut + 1);
            try {
                m.put(rec.substring(0, cut), v.isEmpty() ? null : Integer.valueOf(v));
            } catch (NumberFormatException e) {
                m.put(rec.substring(0, cut), null); // written by hand: compare as unknown
            }
        }
        return m;
    }

    static Long pages(Printer p) {
        SnmpView v = fresh(p);
        if (v != null && v.pageCount() != null) {
            return v.pageCount();
        }
        IppView i = freshIpp(p);
        return i == null ? null : i.pageCount();
    }

    static String serial(Printer p) {
        SnmpView v = p.snmp();
        return v == null ? "" : v.serial();
    }

    /** A sharp rise of a level: a cartridge replaced or refilled, a maintenance box emptied or swapped. */
    static boolean replaced(Integer before, Integer after) {
        return before != null && after != null && after - before >= 30;
    }
}
