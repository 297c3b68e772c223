package org.openenpc.ui.detail;

import java.util.List;
import java.util.Locale;

/**
 * Joins the detail pane's three parts into one plain text for "Copy all": a title line, the
 * identity rows as aligned label/value pairs, the status lines with their severity and hint, then
 * the raw replies. Pure; any thread.
 */
final class DetailText {
    private DetailText() {
    }

    static String of(String title, List<Row> rows, List<StatusLine> lines, List<Row> snmpRows,
                     List<StatusLine> snmpLines, List<SupplyLevel> supplies, String rawText) {
        StringBuilder sb = new StringBuilder(title).append("\n\n");
        sb.append(DetailViewModel.heading("identity")).append('\n');
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "  %-18s %s", r.label(), r.value())).append('\n');
        }
        sb.append('\n').append(DetailViewModel.heading("status")).append('\n');
        for (StatusLine l : lines) {
            sb.append("  [").append(l.severity()).append("] ").append(l.text());
            if (!l.hint().isEmpty()) {
                sb.append(" \u2014 ").append(l.hint());
            }
            sb.append('\n');
        }
        sb.append('\n').append(DetailViewModel.heading("snmp")).append('\n');
        for (SupplyLevel s : supplies) {
            sb.append(String.format(Locale.ROOT, "  %-18s %s", s.name(), s.text()));
            sb.append(s.source().isEmpty() ? "" : " (" + s.source() + ")").append('\n');
        }
        for (StatusLine l : snmpLines) {
            sb.append("  [").append(l.severity()).append("] ").append(l.text());
            if (!l.hint().isEmpty()) {
                sb.append(" \u2014 ").append(l.hint());
            }
            sb.append('\n');
        }
        for (Row r : snmpRows) {
            sb.append(String.format(Locale.ROOT, "  %-18s %s", r.label(), r.value())).append('\n');
        }
        sb.append('\n').append(DetailViewModel.heading("raw")).append('\n').append(rawText);
        return sb.toString();
    }
}
