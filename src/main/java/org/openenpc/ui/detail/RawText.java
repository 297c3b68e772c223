package org.openenpc.ui.detail;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.openenpc.model.RawReply;
import org.openenpc.model.SafeText;
import org.openenpc.protocol.ReplyDump;
import org.openenpc.protocol.ReplyFields;
import org.openenpc.protocol.UnknownBytes;
import org.openenpc.ui.Messages;

/**
 * Formats a printer's raw replies as copyable plain text: per reply its headline, decoded fields,
 * unknown byte runs with offsets and notes, and a hex dump with a "^^" marker line under unknown
 * bytes; a one-line legend on top explains the convention. Users who capture new models need
 * exactly these bytes (PROTOCOL.md). Pure; any thread.
 */
final class RawText {
    private static final String INDENT = "  ";

    private RawText() {
    }

    static String of(List<RawReply> replies, DateTimeFormatter time) {
        StringBuilder sb = new StringBuilder(Messages.get("detail.raw.legend")).append('\n');
        if (replies.isEmpty()) {
            sb.append('\n').append(Messages.get("detail.raw.none")).append('\n');
        }
        for (RawReply r : replies) {
            sb.append('\n');
            reply(sb, r, time);
        }
        return sb.toString();
    }

    /** The raw Epson ST2 value as a hex dump, for reverse engineers; "" when there is none. */
    static String st2(org.openenpc.model.SnmpView v) {
        if (v == null || v.st2Hex().isEmpty()) {
            return "";
        }
        String[] bytes = v.st2Hex().split(" ");
        StringBuilder sb = new StringBuilder("\n").append(Messages.format("detail.raw.st2", String.valueOf(bytes.length)))
                .append('\n');
        for (int i = 0; i < bytes.length; i += 16) {
            sb.append(INDENT).append(String.format(java.util.Locale.ROOT, "%04x ", i));
            for (int j = i; j < Math.min(bytes.length, i + 16); j++) {
                sb.append(' ').append(bytes[j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void reply(StringBuilder sb, RawReply r, DateTimeFormatter time) {
        String received = r.at() == null ? "" : "  " + Messages.format("detail.raw.received", time.format(r.at()));
        ReplyDump d = ReplyDump.of(r.request(), r.bytes());
        sb.append(SafeText.escape(d.headline())).append(received).append('\n');
        for (ReplyFields.Field f : d.fields()) {
            // ENPC text arrives escaped by AsciiField; SafeText leaves that as it is.
            sb.append(INDENT).append(f.name()).append(": ").append(SafeText.escape(f.value())).append('\n');
        }
        for (UnknownBytes u : d.unknown()) {
            sb.append(INDENT).append("unknown ").append(u).append('\n');
        }
        for (String line : d.markedHexLines()) {
            sb.append(INDENT).append(line).append('\n');
        }
    }
}
