package org.openenpc.cli;

import org.openenpc.model.Printer;
import org.openenpc.model.RawReply;
import org.openenpc.protocol.ReplyDump;
import org.openenpc.protocol.ReplyFields;
import org.openenpc.protocol.UnknownBytes;

/** Formats everything known about one printer, and each raw reply decoded, as plain text. */
final class StatusReport {
    private StatusReport() {
    }

    static String format(Printer p) {
        StringBuilder sb = new StringBuilder();
        sb.append("Printer ").append(p.ip()).append('\n');
        row(sb, "Model", p.model());
        row(sb, "MAC", p.macText());
        row(sb, "Card", p.cardName());
        row(sb, "NIC name", p.nicName());
        Printer.IpSettings s = p.ipSettings();
        if (s != Printer.IpSettings.NONE) {
            row(sb, "IP address", s.address());
            row(sb, "Mask", s.mask());
            row(sb, "Gateway", s.gateway());
            row(sb, "IP flags", s.flagsHex());
        }
        row(sb, "Status", p.status().summary() + (p.status().reported() ? "  (ASB " + p.status().raw() + ")" : ""));
        row(sb, "Port 9100 held by", p.holder().isEmpty() ? "" : ("0.0.0.0".equals(p.holder()) ? "nobody" : p.holder()));
        row(sb, "Answered", String.join(", ", p.answered()));
        row(sb, "First seen", p.firstSeen().toString());
        row(sb, "Last seen", p.lastSeen().toString());
        sb.append("Replies\n");
        for (RawReply r : p.replyList()) {
            reply(sb, r);
        }
        return sb.toString();
    }

    private static void reply(StringBuilder sb, RawReply r) {
        ReplyDump d = ReplyDump.of(r.request(), r.hex());
        sb.append("  ").append(d.headline()).append('\n');
        for (ReplyFields.Field f : d.fields()) {
            sb.append("    ").append(f.name()).append(": ").append(f.value()).append('\n');
        }
        for (UnknownBytes u : d.unknown()) {
            sb.append("    unknown ").append(u).append('\n');
        }
        for (String line : d.hexLines()) {
            sb.append("    ").append(line).append(System.lineSeparator());
        }
    }

    private static void row(StringBuilder sb, String label, String value) {
        if (!value.isEmpty()) {
            sb.append(String.format("  %-18s %s%n", label, value));
        }
    }
}
