package org.openenpc.ui.detail;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.ui.Messages;
import org.openenpc.ui.detail.StatusLine.Severity;

/**
 * What a printer said over SNMP, in plain language: the conditions (errors, then warnings) each with
 * a one-line fix hint looked up by the condition's key ({@code detail.snmp.hint.<key>} in the
 * messages, a generic hint for codes without a name), or one OK line; and the facts as label/value
 * rows, a text field that was not plain ASCII followed by its raw bytes. Pure; any thread.
 */
final class SnmpLines {

    /** The condition keys with a hint of their own (SnmpCondition's javadoc lists them). */
    static final List<String> KNOWN_KEYS = List.of("cover-open", "paper-jam", "paper-out", "paper-low", "ink-out",
            "ink-low", "toner-out", "toner-low", "waste-ink-full", "offline", "service-requested", "door-open",
            "output-full", "input-missing");

    private SnmpLines() {
    }

    /** The lines; a view the printer stopped answering for starts with a warning that it is old. */
    static List<StatusLine> lines(SnmpView v, DateTimeFormatter time) {
        List<StatusLine> out = new ArrayList<>();
        if (v.stale()) {
            out.add(new StatusLine(Severity.WARNING,
                    Messages.format("detail.snmp.silent", time.format(v.silentSince())),
                    Messages.format("detail.snmp.silent.hint", v.readAt() == null ? none() : time.format(v.readAt()))));
        }
        for (SnmpCondition c : v.conditions()) {
            Severity s = c.severity() == SnmpCondition.Severity.ERROR ? Severity.ERROR : Severity.WARNING;
            out.add(new StatusLine(s, c.text(), hint(c.key())));
        }
        if (out.isEmpty()) {
            out.add(new StatusLine(Severity.OK, Messages.get("detail.snmp.ok"), Messages.get("detail.snmp.ok.hint")));
        }
        return out;
    }

    /** The fix hint for a condition key; the generic one for codes without a known name. */
    static String hint(String key) {
        ResourceBundle b = Messages.bundle();
        String k = "detail.snmp.hint." + key;
        return b.containsKey(k) ? b.getString(k) : Messages.get("detail.snmp.hint.other");
    }

    static List<Row> rows(SnmpView v, DateTimeFormatter time) {
        List<Row> out = new ArrayList<>();
        String status = v.printerStatus().isEmpty() ? none() : v.printerStatus();
        if (!v.deviceStatus().isEmpty()) {
            status = Messages.format("detail.snmp.statusWithDevice", status, v.deviceStatus());
        }
        out.add(new Row(Messages.get("detail.snmp.printerStatus"), status));
        out.add(new Row(Messages.get("detail.snmp.pageCount"),
                v.pageCount() == null ? none() : String.format(Locale.ROOT, "%,d", v.pageCount())));
        text(out, "detail.snmp.serial", v.serial(), v.rawHex(SnmpView.SERIAL));
        text(out, "detail.snmp.location", v.location(), v.rawHex(SnmpView.LOCATION));
        text(out, "detail.snmp.contact", v.contact(), v.rawHex(SnmpView.CONTACT));
        text(out, "detail.snmp.sysName", v.sysName(), v.rawHex(SnmpView.SYS_NAME));
        text(out, "detail.snmp.sysDescr", v.sysDescr(), v.rawHex(SnmpView.SYS_DESCR));
        out.add(new Row(Messages.get("detail.snmp.readAt"), v.readAt() == null ? none() : time.format(v.readAt())));
        return out;
    }

    /**
     * A text field's row (Row escapes the value), then, when the text was not plain ASCII, a row with
     * the bytes the printer sent, so an escaped or odd-looking value can be checked.
     */
    private static void text(List<Row> out, String key, String value, String rawHex) {
        out.add(new Row(Messages.get(key), orNone(value)));
        if (!rawHex.isEmpty()) {
            out.add(new Row(Messages.format("detail.snmp.raw", Messages.get(key)), rawHex));
        }
    }

    private static String orNone(String s) {
        return s == null || s.isEmpty() ? none() : s;
    }

    private static String none() {
        return Messages.get("detail.value.none");
    }
}
