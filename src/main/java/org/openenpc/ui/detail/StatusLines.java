package org.openenpc.ui.detail;

import java.util.ArrayList;
import java.util.List;

import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.ui.Messages;
import org.openenpc.ui.detail.StatusLine.Severity;

/**
 * Turns a printer's decoded ASB status (PROTOCOL.md §4) into plain-language lines, each with a hint
 * of what to do: problems first, then the "ready" line if there is none, then facts that are neither
 * (FEED held, port 9100 held, the raw ASB bytes). Pure; any thread.
 */
final class StatusLines {

    private StatusLines() {
    }

    static List<StatusLine> of(Printer p) {
        PrinterStatus s = p.status();
        List<StatusLine> out = new ArrayList<>();
        if (!s.reported()) {
            // Only TM printers answer Q 03-0010; inkjets and business printers use SNMP (§4).
            out.add(line(Severity.INFO, p.snmp() != null ? "detail.status.notReportedSnmp" : "detail.status.notReported"));
        } else {
            problems(s, out);
            if (out.isEmpty()) {
                out.add(line(Severity.OK, "detail.status.ok"));
            }
            if (s.paperFeeding()) {
                out.add(line(Severity.INFO, "detail.status.feeding"));
            }
        }
        identity(p, out);
        holder(p.holder(), out);
        if (s.reported()) {
            String pin = Messages.get(s.drawerPin3() ? "detail.status.asb.pinHigh" : "detail.status.asb.pinLow");
            out.add(new StatusLine(Severity.INFO, Messages.format("detail.status.asb", s.raw()),
                    Messages.format("detail.status.asb.hint", pin)));
        }
        return out;
    }

    /** One line per problem, in the order a user should deal with them. */
    private static void problems(PrinterStatus s, List<StatusLine> out) {
        if (!s.online()) {
            out.add(line(Severity.ERROR, "detail.status.offline"));
        }
        if (s.coverOpen()) {
            out.add(line(Severity.ERROR, "detail.status.coverOpen"));
        }
        if (s.paperEnd()) {
            out.add(line(Severity.ERROR, "detail.status.paperEnd"));
        } else if (s.paperNearEnd()) {
            // The sensor reports both when the roll is out; "near end" would only add noise then.
            out.add(line(Severity.WARNING, "detail.status.paperNearEnd"));
        }
        if (s.autocutterError()) {
            out.add(line(Severity.ERROR, "detail.status.autocutter"));
        }
        if (s.recoverableError()) {
            out.add(line(Severity.ERROR, "detail.status.recoverable"));
        }
        if (s.unrecoverableError()) {
            out.add(line(Severity.ERROR, "detail.status.unrecoverable"));
        }
    }

    /**
     * Issue 10: another MAC answered from this address (another device or a forger claims it), or another
     * address reports this device's MAC (a clone). Both rows are kept; the user has to look.
     */
    private static void identity(Printer p, List<StatusLine> out) {
        if (!p.otherMacs().isEmpty()) {
            String macs = String.join(", ", p.otherMacs().stream().map(Object::toString).toList());
            out.add(new StatusLine(Severity.WARNING, Messages.format("detail.status.otherMacs", p.otherMacs().size(),
                    macs + (p.otherMacs().size() >= Printer.MAX_OTHER_MACS ? ", …" : "")),
                    Messages.get("detail.status.otherMacs.hint")));
        }
        if (p.duplicateMac()) {
            out.add(line(Severity.WARNING, "detail.status.duplicateMac"));
        }
    }

    /** Someone else's open TCP 9100 connection explains why jobs from here wait (Q 03-0017). */
    private static void holder(String holder, List<StatusLine> out) {
        if (!holder.isEmpty() && !"0.0.0.0".equals(holder)) {
            out.add(new StatusLine(Severity.INFO, Messages.format("detail.status.holder", holder),
                    Messages.get("detail.status.holder.hint")));
        }
    }

    private static StatusLine line(Severity severity, String key) {
        return new StatusLine(severity, Messages.get(key), Messages.get(key + ".hint"));
    }
}
