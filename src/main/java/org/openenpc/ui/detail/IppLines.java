package org.openenpc.ui.detail;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openenpc.model.IppView;
import org.openenpc.model.SnmpCondition;
import org.openenpc.ui.Messages;
import org.openenpc.ui.detail.StatusLine.Severity;

/**
 * What a printer said over IPP, for the detail pane's IPP section: its conditions in plain language with the
 * same fix hints as SNMP's (one vocabulary, {@link SnmpLines#hint}), a warning first when IPP stopped answering,
 * and the printer's facts as label/value rows (state reasons as the raw keywords it sent). Device text is made
 * safe by {@link Row} and {@link StatusLine}. Pure; any thread.
 */
final class IppLines {

    private IppLines() {
    }

    static List<StatusLine> lines(IppView v, DateTimeFormatter time) {
        List<StatusLine> out = new ArrayList<>();
        if (v.stale()) {
            out.add(new StatusLine(Severity.WARNING, Messages.format("detail.ipp.silent", time.format(v.silentSince())),
                    Messages.format("detail.ipp.silent.hint", v.readAt() == null ? none() : time.format(v.readAt()))));
        }
        for (SnmpCondition c : v.conditions()) {
            Severity s = c.severity() == SnmpCondition.Severity.ERROR ? Severity.ERROR : Severity.WARNING;
            out.add(new StatusLine(s, c.text(), SnmpLines.hint(c.key())));
        }
        if (out.isEmpty()) {
            out.add(new StatusLine(Severity.OK, Messages.get("detail.ipp.ok"), Messages.get("detail.ipp.ok.hint")));
        }
        return out;
    }

    static List<Row> rows(IppView v, DateTimeFormatter time) {
        List<Row> out = new ArrayList<>();
        row(out, "detail.ipp.uri", v.uri());
        row(out, "detail.ipp.makeAndModel", v.makeAndModel());
        row(out, "detail.ipp.name", v.name());
        row(out, "detail.ipp.location", v.location());
        row(out, "detail.ipp.info", v.info());
        row(out, "detail.ipp.uuid", v.uuid());
        row(out, "detail.ipp.state", v.state());
        row(out, "detail.ipp.stateReasons", String.join(", ", v.stateReasons()));
        row(out, "detail.ipp.stateMessage", v.stateMessage());
        row(out, "detail.ipp.pageCount", v.pageCount() == null ? "" : String.format(Locale.ROOT, "%,d", v.pageCount()));
        row(out, "detail.ipp.firmware", v.firmware());
        row(out, "detail.ipp.deviceId", v.deviceId());
        row(out, "detail.ipp.moreInfo", v.moreInfo());
        row(out, "detail.ipp.readAt", v.readAt() == null ? "" : time.format(v.readAt()));
        return out;
    }

    private static void row(List<Row> out, String key, String value) {
        out.add(new Row(Messages.get(key), value == null || value.isEmpty() ? none() : value));
    }

    private static String none() {
        return Messages.get("detail.value.none");
    }
}
