package org.openenpc.model;

import java.util.Locale;

/**
 * A 48-bit hardware address, printed lower case and colon-separated ({@code aa:bb:cc:dd:ee:ff}).
 * Immutable; used from any thread.
 */
public record MacAddress(long value) implements Comparable<MacAddress> {

    public MacAddress {
        if ((value & ~0xFFFF_FFFF_FFFFL) != 0) {
            throw new IllegalArgumentException("MAC address has more than 48 bits");
        }
    }

    /** Reads six bytes at {@code offset}. */
    public static MacAddress of(byte[] bytes, int offset) {
        long v = 0;
        for (int i = 0; i < 6; i++) {
            v = (v << 8) | (bytes[offset + i] & 0xFF);
        }
        return new MacAddress(v);
    }

    /** Parses {@code aa:bb:cc:dd:ee:ff} or {@code aa-bb-cc-dd-ee-ff}, any case. */
    public static MacAddress parse(String text) {
        String[] parts = text.trim().split("[:-]");
        if (parts.length != 6) {
            throw new IllegalArgumentException("\"" + text + "\" is not a MAC address (six hex pairs expected)");
        }
        long v = 0;
        for (String p : parts) {
            if (p.length() != 2) {
                throw new IllegalArgumentException("\"" + text + "\" is not a MAC address (six hex pairs expected)");
            }
            try {
                v = (v << 8) | Integer.parseInt(p, 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not a MAC address (six hex pairs expected)");
            }
        }
        return new MacAddress(v);
    }

    public byte[] toBytes() {
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (value >>> (8 * (5 - i)));
        }
        return b;
    }

    @Override
    public int compareTo(MacAddress o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 5; i >= 0; i--) {
            sb.append(String.format(Locale.ROOT, "%02x", (value >>> (8 * i)) & 0xFF));
            if (i > 0) {
                sb.append(':');
            }
        }
        return sb.toString();
    }
}
