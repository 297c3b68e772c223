package org.openenpc.protocol;

import java.util.ArrayList;
import java.util.List;

import org.openenpc.protocol.EnpcReply.BasicInfo;
import org.openenpc.protocol.EnpcReply.CardInfo;
import org.openenpc.protocol.EnpcReply.ErrorResult;
import org.openenpc.protocol.EnpcReply.Holder;
import org.openenpc.protocol.EnpcReply.Malformed;
import org.openenpc.protocol.EnpcReply.NetworkConfig;
import org.openenpc.protocol.EnpcReply.NicInfo;
import org.openenpc.protocol.EnpcReply.Other;
import org.openenpc.protocol.EnpcReply.TmStatus;

/**
 * Turns datagrams into typed {@link EnpcReply} values by field layout (PROTOCOL.md §3), never by
 * recognising known byte strings. Pure and stateless: any thread may call it. It never throws on
 * input, reads only inside the datagram, and trusts the header's length field only as far as the
 * datagram really goes.
 */
public final class EnpcCodec {

    static final byte[] MAGIC = {'E', 'P', 'S', 'O', 'N'};
    /** Malformed replies keep at most this many bytes of hex: enough to diagnose, bounded in memory. */
    static final int MAX_MALFORMED_HEX = 512;

    private EnpcCodec() {
    }

    public static EnpcReply decode(byte[] datagram) {
        return decode(datagram, 0, datagram == null ? 0 : datagram.length);
    }

    /** Decodes {@code length} bytes of {@code buf} from {@code offset}. */
    public static EnpcReply decode(byte[] buf, int offset, int length) {
        if (buf == null || offset < 0 || length < 0 || offset > buf.length - length) {
            return new Malformed(null, "no datagram", "");
        }
        if (length < EnpcHeader.SIZE) {
            return malformed(null, "datagram of " + length + " bytes is shorter than the 14-byte ENPC header",
                    buf, offset, length);
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (buf[offset + i] != MAGIC[i]) {
                return malformed(null, "does not start with \"EPSON\"", buf, offset, length);
            }
        }
        EnpcHeader h = readHeader(buf, offset);
        int available = length - EnpcHeader.SIZE;
        if (h.length() > available) {
            return malformed(h, "length field says " + h.length() + " bytes of data but the datagram holds "
                    + available, buf, offset, length);
        }
        // Work on a copy-free view: absolute offsets into buf; 'end' is where the declared data stops.
        Frame f = new Frame(buf, offset, offset + EnpcHeader.SIZE + h.length(), offset + length, h);
        return decodeBody(f);
    }

    /** Decodes only the header; null when the datagram is too short or lacks the magic. Used for requests. */
    public static EnpcHeader header(byte[] buf, int offset, int length) {
        if (buf == null || offset < 0 || length < EnpcHeader.SIZE || offset > buf.length - length) {
            return null;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (buf[offset + i] != MAGIC[i]) {
                return null;
            }
        }
        return readHeader(buf, offset);
    }

    private static EnpcHeader readHeader(byte[] b, int o) {
        return new EnpcHeader((char) (b[o + 5] & 0xFF), b[o + 6] & 0xFF, b[o + 7] & 0xFF,
                u16(b, o + 8), u16(b, o + 10), u16(b, o + 12));
    }

    private static EnpcReply decodeBody(Frame f) {
        EnpcHeader h = f.header;
        if (h.result() == EnpcHeader.RESULT_NO_SUCH_DEVICE || h.result() == EnpcHeader.RESULT_UNSUPPORTED) {
            f.unknownFrom(f.dataStart(), "data after an error result");
            return new ErrorResult(h, f.unknown());
        }
        // Replies to Queries are 'q'. The probe reply's letter is unpublished ('p' is a GUESS,
        // PROTOCOL.md §1), so a 'p' reply is decoded by the same layouts; other letters are kept raw.
        boolean layoutKnown = h.result() == EnpcHeader.RESULT_OK && (h.type() == 'q' || h.type() == 'p');
        EnpcQuery q = layoutKnown ? EnpcQuery.of(h.deviceType(), h.function()) : null;
        if (q == null) {
            return new Other(h, Hex.of(f.buf, f.dataStart(), f.end - f.dataStart()), f.trailing());
        }
        return switch (q) {
            case BASIC_INFO -> ReplyLayouts.basicInfo(f);
            case CARD_INFO -> ReplyLayouts.cardInfo(f);
            case STATUS -> ReplyLayouts.status(f);
            case HOLDER -> ReplyLayouts.holder(f);
            case NIC_INFO -> ReplyLayouts.nicInfo(f);
            case NETWORK_CONFIG -> ReplyLayouts.networkConfig(f);
        };
    }

    static Malformed malformed(EnpcHeader h, String reason, byte[] buf, int offset, int length) {
        int shown = Math.min(length, MAX_MALFORMED_HEX);
        String hex = Hex.of(buf, offset, shown) + (shown < length ? " …" : "");
        return new Malformed(h, reason, hex);
    }

    static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    /**
     * One datagram being decoded: absolute offsets into the caller's buffer. Collects unknown byte
     * runs as the layouts claim fields.
     */
    static final class Frame {
        final byte[] buf;
        final int start;
        /** End of the declared data. */
        final int end;
        /** End of the datagram (bytes between end and limit lie beyond the declared length). */
        final int limit;
        final EnpcHeader header;
        private final List<UnknownBytes> unknown = new ArrayList<>(4);

        Frame(byte[] buf, int start, int end, int limit, EnpcHeader header) {
            this.buf = buf;
            this.start = start;
            this.end = end;
            this.limit = limit;
            this.header = header;
        }

        int dataStart() {
            return start + EnpcHeader.SIZE;
        }

        int dataLength() {
            return end - dataStart();
        }

        /** Absolute index of datagram offset {@code rel}. */
        int at(int rel) {
            return start + rel;
        }

        int u8(int rel) {
            return buf[start + rel] & 0xFF;
        }

        /** Text field at datagram offsets [from, to), clipped to the declared data. */
        String text(int from, int to) {
            int a = Math.min(start + from, end);
            int b = Math.min(start + to, end);
            int junk = AsciiField.junkAfterNul(buf, a, b);
            if (junk >= 0) {
                unknown.add(new UnknownBytes(junk - start, Hex.of(buf, junk, b - junk), "bytes after the text's NUL"));
            }
            return AsciiField.read(buf, a, b);
        }

        String hex(int from, int to) {
            int a = Math.min(start + from, end);
            int b = Math.min(start + to, end);
            return Hex.of(buf, a, b - a);
        }

        String mac(int rel) {
            return Hex.of(buf, start + rel, 6).replace(' ', ':');
        }

        String ipv4(int rel) {
            return u8(rel) + "." + u8(rel + 1) + "." + u8(rel + 2) + "." + u8(rel + 3);
        }

        /** Marks datagram offsets [from, to) as unknown (clipped to the declared data), if non-empty. */
        void unknown(int from, int to, String note) {
            int a = Math.min(start + from, end);
            int b = Math.min(start + to, end);
            if (b > a) {
                unknown.add(new UnknownBytes(a - start, Hex.of(buf, a, b - a), note));
            }
        }

        /** Marks everything from absolute index {@code abs} to the declared end as unknown. */
        void unknownFrom(int abs, String note) {
            if (end > abs) {
                unknown.add(new UnknownBytes(abs - start, Hex.of(buf, abs, end - abs), note));
            }
        }

        /** Unknown runs collected so far plus any bytes past the declared length. */
        List<UnknownBytes> unknown() {
            List<UnknownBytes> all = new ArrayList<>(unknown);
            all.addAll(trailing());
            all.sort(java.util.Comparator.comparingInt(UnknownBytes::offset));
            return List.copyOf(all);
        }

        List<UnknownBytes> trailing() {
            if (limit > end) {
                return List.of(new UnknownBytes(end - start, Hex.of(buf, end, limit - end),
                        "beyond the header's declared length"));
            }
            return List.of();
        }
    }
}
