package org.openenpc.export;

import java.util.ArrayList;
import java.util.List;
import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;

/**
 * Formats printers as a plain-text table for the command line: columns STATUS, IP, MAC, MODEL,
 * CARD/NIC, STATUS DETAIL, PROTOCOLS and SUPPLIES, each as wide as its widest cell (at most {@value #MAX_CELL}
 * characters, longer cells end in "…"; device text escaped by {@link SafeText}), then a count line
 * ("3 printers"). Stateless and thread-safe; the CLI calls it on its main thread and prints the
 * result.
 */
public final class TableFormatter {

    /** Longest cell shown; longer text is cut to this length, its last character being "…". */
    public static final int MAX_CELL = 32;
    /** The longest cell of the other tables (history lines, scopes). */
    public static final int WIDE_CELL = 72;

    private static final List<String> HEADER = List.of("STATUS", "IP", "MAC", "MODEL", "CARD/NIC", "STATUS DETAIL",
            "PROTOCOLS", "SUPPLIES");
    private static final String GAP = "  ";

    private TableFormatter() {
    }

    /** The table for {@code printers}, in the given order, lines ending in "\n". */
    public static String format(List<Printer> printers) {
        String table = table(HEADER, printers.stream().map(TableFormatter::cells).toList(), MAX_CELL);
        return table + printers.size() + (printers.size() == 1 ? " printer" : " printers") + "\n";
    }

    /**
     * Any table in the same style: cells sanitised and cut (at {@link #WIDE_CELL}), columns aligned, lines ending
     * in "\n" (the inventory, history and diff commands).
     */
    public static String format(List<String> header, List<List<String>> rows) {
        return table(header, rows, WIDE_CELL);
    }

    private static String table(List<String> header, List<List<String>> rows, int maxCell) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        rows.forEach(r -> all.add(r.stream().map(c -> clean(c, maxCell)).toList()));
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], length(row.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : all) {
            appendRow(sb, row, widths);
        }
        return sb.toString();
    }

    private static List<String> cells(Printer p) {
        String card = text(p.cardName());
        String nic = text(p.nicName());
        String cardNic = card.isEmpty() || nic.isEmpty() ? card + nic : card + " / " + nic;
        return List.of(level(p).name(), text(p.ip()), p.macText(), text(p.model()), cardNic,
                identityNote(p) + detail(p), String.join(" ", p.protocols()),
                PrinterRecord.suppliesText(p.supplies()));
    }

    /** The ENPC status level, else (a printer without one: inkjets, lasers) what SNMP and IPP report. */
    static org.openenpc.model.PrinterStatus.Level level(Printer p) {
        if (p.status().reported() || (p.snmp() == null && p.ipp() == null)) {
            return p.status().level();
        }
        if (p.hasStatusError()) {
            return org.openenpc.model.PrinterStatus.Level.ERROR;
        }
        return p.conditions().isEmpty() ? org.openenpc.model.PrinterStatus.Level.OK
                : org.openenpc.model.PrinterStatus.Level.WARNING;
    }

    /** The ENPC summary; for a printer without one, its SNMP or IPP state and conditions ("idle, Paper jam"). */
    private static String detail(Printer p) {
        String line = org.openenpc.model.StatusLine.describe(p);
        return p.status().reported() || line.isEmpty() ? p.status().summary() : line;
    }

    /**
     * "duplicate MAC; ", "3 other MACs; " before the status (issue 10: both devices are listed, the user
     * has to look; first, so a cut cell still shows it).
     */
    static String identityNote(Printer p) {
        String note = p.duplicateMac() ? "duplicate MAC; " : "";
        int others = p.otherMacs().size();
        return others == 0 ? note : note + others + (others >= Printer.MAX_OTHER_MACS ? "+" : "")
                + (others == 1 ? " other MAC; " : " other MACs; ");
    }

    private static void appendRow(StringBuilder sb, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                line.append(GAP);
            }
            String cell = row.get(i);
            line.append(cell).append(" ".repeat(widths[i] - length(cell)));
        }
        // No trailing blanks: the last column is padded only to align nothing.
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    /**
     * Makes a cell safe and short. Text from the network must never reach a terminal raw: an escape
     * sequence could clear the screen or set the window title, a CR LF could forge a row, a C1 CSI
     * (0x9B) or a bidi override could rearrange what is shown. {@link SafeText} escapes all of them
     * (ENPC names arrive escaped already and pass unchanged); then the cell is cut, counting code
     * points so a surrogate pair is never cut in half.
     */
    static String clean(String cell) {
        return clean(cell, MAX_CELL);
    }

    static String clean(String cell, int max) {
        String safe = SafeText.escape(cell);
        if (length(safe) <= max) {
            return safe;
        }
        return safe.substring(0, safe.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
