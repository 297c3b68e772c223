package org.openenpc.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.openenpc.protocol.EnpcHeader;

/**
 * Damages a reply the ways real networks and buggy firmware do, so clients prove they reject it.
 * Every variant is something a correct decoder must classify as malformed: a length field that
 * declares more data than the datagram holds, a datagram cut inside the header or inside the data,
 * or garbage (random bytes; when garbage starts with EPSON, its length field is made impossible,
 * because random bytes after EPSON could otherwise form a valid datagram). Pure apart from the
 * random it is given; simulator thread.
 */
final class Malformer {

    /** The kinds of damage, chosen uniformly. */
    enum Kind { LYING_LENGTH, TRUNCATED_HEADER, TRUNCATED_DATA, GARBAGE }

    private static final byte[] MAGIC = {'E', 'P', 'S', 'O', 'N'};

    private Malformer() {
    }

    static byte[] malform(SplittableRandom r, byte[] reply) {
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        return switch (kind) {
            case LYING_LENGTH -> lyingLength(r, reply);
            case TRUNCATED_HEADER -> Arrays.copyOf(reply, 1 + r.nextInt(EnpcHeader.SIZE - 1));
            case TRUNCATED_DATA -> reply.length > EnpcHeader.SIZE
                    ? Arrays.copyOf(reply, EnpcHeader.SIZE + r.nextInt(reply.length - EnpcHeader.SIZE))
                    : lyingLength(r, reply);
            case GARBAGE -> garbage(r);
        };
    }

    /** The whole reply, but its length field declares 1–64 bytes more than it carries. */
    static byte[] lyingLength(SplittableRandom r, byte[] reply) {
        byte[] b = reply.clone();
        int actual = b.length - EnpcHeader.SIZE;
        setLength(b, Math.min(0xFFFF, actual + 1 + r.nextInt(64)));
        return b;
    }

    /** 1–96 random bytes; half the time starting with EPSON (then with an impossible length field). */
    static byte[] garbage(SplittableRandom r) {
        byte[] b = new byte[1 + r.nextInt(96)];
        r.nextBytes(b);
        if (r.nextBoolean()) {
            if (b.length < MAGIC.length) {
                b = Arrays.copyOf(b, MAGIC.length + r.nextInt(EnpcHeader.SIZE - MAGIC.length));
            }
            System.arraycopy(MAGIC, 0, b, 0, MAGIC.length);
            if (b.length >= EnpcHeader.SIZE) {
                setLength(b, Math.min(0xFFFF, b.length - EnpcHeader.SIZE + 1 + r.nextInt(64)));
            }
        } else if (b[0] == 'E') {
            b[0] = 'e'; // random bytes must not spell EPSON by chance
        }
        return b;
    }

    private static void setLength(byte[] b, int length) {
        b[12] = (byte) (length >>> 8);
        b[13] = (byte) length;
    }
}
