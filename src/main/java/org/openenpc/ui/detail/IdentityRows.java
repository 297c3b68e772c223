package org.openenpc.ui.detail;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.openenpc.model.Printer;
import org.openenpc.ui.Messages;

/**
 * Builds the identity rows of a printer: always the same rows in the same order (so the view can
 * update its fields in place), "—" for what the device did not report. Pure; any thread.
 */
final class IdentityRows {

    static final String MODEL = "detail.row.model";
    static final String MAC = "detail.row.mac";
    static final String IP = "detail.row.ip";

    private IdentityRows() {
    }

    static List<Row> of(Printer p, DateTimeFormatter time) {
        Printer.IpSettings s = p.ipSettings();
        List<Row> rows = new ArrayList<>();
        add(rows, MODEL, p.model());
        add(rows, MAC, p.macText());
        add(rows, "detail.row.card", p.cardName());
        add(rows, "detail.row.nic", p.nicName());
        add(rows, IP, p.ip());
        // The address the device says it has (Q 00-0010) can differ from the one it answers from
        // (NAT, a second address): both are shown so the difference is visible.
        add(rows, "detail.row.reportedIp", s.address());
        add(rows, "detail.row.mask", s.mask());
        add(rows, "detail.row.gateway", s.gateway());
        // The two flag bytes' meaning is a GUESS (PROTOCOL.md §3): shown raw, and said so.
        add(rows, "detail.row.flags", s.flagsHex().isEmpty() ? "" : Messages.format("detail.row.flags.value",
                s.flagsHex()));
        add(rows, "detail.row.holder", holder(p.holder()));
        add(rows, "detail.row.firstSeen", time(p.firstSeen(), time));
        add(rows, "detail.row.lastSeen", time(p.lastSeen(), time));
        add(rows, "detail.row.sources", String.join(", ", p.sources()));
        add(rows, "detail.row.answered", String.join(", ", p.answered()));
        return rows;
    }

    /** The value text, or the "not reported" dash. */
    static String orNone(String value) {
        return value == null || value.isEmpty() ? Messages.get("detail.value.none") : value;
    }

    private static String holder(String holder) {
        return "0.0.0.0".equals(holder) ? Messages.get("detail.row.holder.free") : holder;
    }

    private static String time(Instant at, DateTimeFormatter time) {
        return at == null ? "" : time.format(at);
    }

    private static void add(List<Row> rows, String key, String value) {
        rows.add(new Row(Messages.get(key), orNone(value)));
    }
}
