package org.openenpc.ui.detail;

import java.util.List;
import java.util.Locale;

/**
 * Joins the detail pane's parts into one plain text for "Copy all": a title line, the identity rows
 * as aligned label/value pairs, the status lines with their severity and hint, the SNMP part, the IPP
 * part when the printer answered IPP, then the raw replies. Pure; any thread.
 */
final class DetailText {
    private DetailText() {
    }

    /**
     * @param ippText the IPP part from {@link #ipp}, "" when the printer has not answered IPP
     */
    static String of(String title, List<Row> rows, List<StatusLine> lines, List<Row> snmpRows,
                     List<StatusLine> snmpLines, List<SupplyLevel> supplies, String ippText, String rawText) {
        StringBuilder sb = new StringBuilder(title).append("\n\n");
        sb.append(DetailViewModel.heading("identity")).append('\n');
        rows(sb, rows);
        sb.append('\n').append(DetailViewModel.heading("status")).append('\n');
        lines(sb, lines);
        sb.append('\n').append(DetailViewModel.heading("snmp")).append('\n');
        for (SupplyLevel s : supplies) {
            sb.append(String.format(Locale.ROOT, "  %-18s %s", s.name(), s.text()));
            sb.append(s.source().isEmpty() ? "" : " (" + s.source() + ")").append('\n');
        }
        lines(sb, snmpLines);
        rows(sb, snmpRows);
        sb.append(ippText);
        sb.append('\n').append(DetailViewModel.heading("raw")).append('\n').append(rawText);
        return sb.toString();
    }

    /** The IPP section as text: heading, lines, facts, then the raw attributes under their own heading. */
    static String ipp(List<StatusLine> lines, List<Row> rows, String rawTitle, String rawText) {
        StringBuilder sb = new StringBuilder("\n").append(DetailViewModel.heading("ipp")).append('\n');
        lines(sb, lines);
        rows(sb, rows);
        sb.append('\n').append(rawTitle).append('\n').append(rawText);
        return sb.toString();
    }

    private static void rows(StringBuilder sb, List<Row> rows) {
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "  %-18s %s", r.label(), r.value())).append('\n');
        }
    }

    private static void lines(StringBuilder sb, List<StatusLine> lines) {
        for (StatusLine l : lines) {
            sb.append("  [").append(l.severity()).append("] ").append(l.text());
            if (!l.hint().isEmpty()) {
                sb.append(" \u2014 ").append(l.hint());
            }
            sb.append('\n');
        }
    }
}
