package org.openenpc.ipp;

import java.io.ByteArrayInputStream;

import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppPacket;

/**
 * Turns the bytes of an IPP reply into a jipp packet, or one sentence saying why not. jipp's reader recurses
 * once per collection level and keeps every value it reads, so the bytes are walked first (RFC 8010 §3: a tag,
 * a two-byte name length and name, a two-byte value length and value) and refused when collections nest deeper
 * than {@value #MAX_DEPTH} or the reply holds more than {@value #MAX_VALUES} values: a hostile printer gets
 * neither a stack overflow nor a heap of objects out of us. Never throws. Pure; any thread.
 */
final class IppReplyReader {

    static final int MAX_DEPTH = 16;
    static final int MAX_VALUES = 50_000;
    private static final int HEADER = 8;
    private static final int END_OF_ATTRIBUTES = 0x03;
    private static final int LAST_DELIMITER = 0x0F;
    private static final int BEGIN_COLLECTION = 0x34;
    private static final int END_COLLECTION = 0x37;

    /** Exactly one of the two is non-null. */
    record Decoded(IppPacket packet, String problem) {
    }

    private IppReplyReader() {
    }

    static Decoded read(byte[] body) {
        String problem = shapeProblem(body);
        if (problem != null) {
            return new Decoded(null, problem);
        }
        try (IppInputStream in = new IppInputStream(new ByteArrayInputStream(body))) {
            return new Decoded(in.readPacket(), null);
        } catch (Exception e) { // jipp's ParseError, EOFException, and whatever else bad bytes provoke
            return new Decoded(null, "the reply is not a valid IPP message (" + brief(e) + ")");
        }
    }

    /** Why the bytes cannot be an IPP message we are willing to decode, or null when their shape is fine. */
    static String shapeProblem(byte[] b) {
        if (b.length < HEADER) {
            return "the reply is too short to be IPP (" + b.length + " bytes)";
        }
        int pos = HEADER;
        int depth = 0;
        int values = 0;
        while (pos < b.length) {
            int tag = b[pos++] & 0xFF;
            if (tag == END_OF_ATTRIBUTES) {
                return null;
            }
            if (tag <= LAST_DELIMITER) {
                continue; // an attribute group begins
            }
            if (pos + 2 > b.length) {
                return "the reply is cut short inside an attribute";
            }
            pos += 2 + u16(b, pos);
            if (pos + 2 > b.length) {
                return "the reply is cut short inside an attribute";
            }
            pos += 2 + u16(b, pos);
            if (pos > b.length) {
                return "the reply is cut short inside a value";
            }
            if (++values > MAX_VALUES) {
                return "the reply holds more than " + MAX_VALUES + " values; not read";
            }
            if (tag == BEGIN_COLLECTION && ++depth > MAX_DEPTH) {
                return "the reply nests collections more than " + MAX_DEPTH + " deep; not read";
            }
            if (tag == END_COLLECTION && depth > 0) {
                depth--;
            }
        }
        return null; // jipp accepts a reply without its end tag, and so do we
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    /** An exception's message, one line, at most 120 characters. */
    static String brief(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("[\\p{Cntrl}]+", " ").strip();
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
