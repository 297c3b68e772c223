package org.openenpc.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One reply exactly as received, kept so users can inspect unknown bytes. Immutable.
 *
 * <p>The datagram is held as bytes (formatted as hex by those who show it): a 10,000-printer scan
 * keeps about five replies per printer, and as hex text they took three times the memory, the
 * largest part of what the garbage collector had to copy while the table filled (BENCHMARKS.md (d)).
 */
public final class RawReply {
    private final String request;
    private final byte[] bytes;
    private final Instant at;

    /**
     * @param request what it answered, e.g. "Q 03-0010"
     * @param bytes   the datagram (copied from {@code offset}, {@code length} bytes)
     * @param at      when it arrived
     */
    public RawReply(String request, byte[] bytes, int offset, int length, Instant at) {
        this.request = Objects.requireNonNull(request, "request");
        this.bytes = Arrays.copyOfRange(bytes, offset, offset + length);
        this.at = at;
    }

    public RawReply(String request, byte[] bytes, Instant at) {
        this(request, bytes, 0, bytes.length, at);
    }

    /** What it answered, e.g. "Q 03-0010". */
    public String request() {
        return request;
    }

    /** When it arrived. */
    public Instant at() {
        return at;
    }

    /** The datagram's length in bytes. */
    public int length() {
        return bytes.length;
    }

    /** A copy of the datagram. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether the datagram is exactly {@code length} bytes of {@code other} from {@code offset}. */
    public boolean sameBytes(byte[] other, int offset, int length) {
        return Arrays.equals(bytes, 0, bytes.length, other, offset, offset + length);
    }

    /** Whether both hold the same datagram (whatever they answered and whenever they arrived). */
    public boolean sameBytes(RawReply other) {
        return Arrays.equals(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawReply r && request.equals(r.request) && Arrays.equals(bytes, r.bytes)
                && Objects.equals(at, r.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, Arrays.hashCode(bytes), at);
    }

    @Override
    public String toString() {
        return "RawReply[request=" + request + ", " + bytes.length + " bytes, at=" + at + "]";
    }
}
