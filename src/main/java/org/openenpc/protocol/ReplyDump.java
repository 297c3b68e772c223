package org.openenpc.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One captured datagram decoded for display: a headline, its fields by name, the byte runs whose
 * meaning is unknown, and a hex dump (16 bytes a line, hex offsets) that can mark those runs. Shared
 * by the CLI's {@code status} report and the desktop detail pane so both show the same facts. Pure
 * and immutable; any thread.
 */
public final class ReplyDump {

    /** Bytes per hex dump line. */
    public static final int LINE = 16;
    /** Written under a dumped byte that belongs to an unknown run. */
    public static final String MARK = "^^";
    /** Width of a dump line's offset column with its two separating spaces ("0010  "). */
    private static final int OFFSET_COLUMN = 6;

    private final String request;
    private final byte[] bytes;
    private final EnpcReply decoded;

    private ReplyDump(String request, byte[] bytes) {
        this.request = request;
        this.bytes = bytes;
        this.decoded = EnpcCodec.decode(bytes);
    }

    /**
     * @param request what the datagram answered, e.g. "Q 03-0010"
     * @param hex     the whole datagram as hex pairs (as stored in a raw reply)
     * @throws IllegalArgumentException if {@code hex} is not hex
     */
    public static ReplyDump of(String request, String hex) {
        return new ReplyDump(request, Hex.parse(hex));
    }

    /**
     * @param request what the datagram answered, e.g. "Q 03-0010"
     * @param datagram the whole datagram (copied)
     */
    public static ReplyDump of(String request, byte[] datagram) {
        return new ReplyDump(request, datagram.clone());
    }

    public EnpcReply decoded() {
        return decoded;
    }

    public int length() {
        return bytes.length;
    }

    /** "Q 03-0010  result 0000  27 bytes  (TmStatus)"; no result when the header did not parse. */
    public String headline() {
        StringBuilder sb = new StringBuilder(request);
        if (decoded.header() != null) {
            sb.append("  result ").append(Hex.word(decoded.header().result()));
        }
        sb.append("  ").append(bytes.length).append(" bytes  (").append(decoded.getClass().getSimpleName())
                .append(')');
        return sb.toString();
    }

    public List<ReplyFields.Field> fields() {
        return ReplyFields.of(decoded);
    }

    public List<UnknownBytes> unknown() {
        return decoded.unknown();
    }

    /** The plain dump: "0000  45 50 53 4f 4e …", one line per 16 bytes. */
    public List<String> hexLines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bytes.length; i += LINE) {
            out.add(String.format(Locale.ROOT, "%04x  %s", i, Hex.of(bytes, i, Math.min(LINE, bytes.length - i))));
        }
        return out;
    }

    /**
     * The dump with a marker line under every line that holds unknown bytes: {@link #MARK} under each
     * such byte, blanks elsewhere. A line underneath (rather than brackets around bytes) keeps every
     * dump line intact, so it can still be searched for or copied as plain hex.
     */
    public List<String> markedHexLines() {
        boolean[] unknown = unknownMask();
        List<String> lines = hexLines();
        List<String> out = new ArrayList<>(lines.size() * 2);
        for (int row = 0; row < lines.size(); row++) {
            out.add(lines.get(row));
            String marks = markerLine(unknown, row * LINE);
            if (!marks.isBlank()) {
                out.add(marks);
            }
        }
        return out;
    }

    private String markerLine(boolean[] unknown, int from) {
        StringBuilder sb = new StringBuilder(" ".repeat(OFFSET_COLUMN));
        for (int i = from; i < Math.min(from + LINE, bytes.length); i++) {
            sb.append(unknown[i] ? MARK : "  ").append(' ');
        }
        return sb.toString().stripTrailing();
    }

    /** Which datagram offsets fall inside an unknown run (runs never reach past the datagram). */
    private boolean[] unknownMask() {
        boolean[] mask = new boolean[bytes.length];
        for (UnknownBytes u : unknown()) {
            for (int i = u.offset(); i < Math.min(u.offset() + u.length(), bytes.length); i++) {
                mask[i] = true;
            }
        }
        return mask;
    }
}
