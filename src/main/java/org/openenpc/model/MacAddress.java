package org.openenpc.model;

import java.util.regex.Pattern;

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

    /**
     * Six hex pairs, all joined by ':' or all by '-'. Checked by pattern first because
     * {@code Integer.parseInt} alone accepts a sign ("+f") and {@code split} drops a trailing
     * separator, so "aa:bb:cc:dd:ee:+f" and "aa:bb:cc:dd:ee:ff:" used to parse.
     */
    private static final Pattern TEXT =
            Pattern.compile("\\p{XDigit}{2}(?:(?<sep>[:-])\\p{XDigit}{2}(?:\\k<sep>\\p{XDigit}{2}){4})");

    /** Parses {@code aa:bb:cc:dd:ee:ff} or {@code aa-bb-cc-dd-ee-ff}, any case. */
    public static MacAddress parse(String text) {
        String trimmed = text.trim();
        if (!TEXT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a MAC address (six hex pairs expected)");
        }
        return new MacAddress(Long.parseLong(trimmed.replaceAll("[:-]", ""), 16));
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
        // Hand-rolled: the table formats MACs for every update of every row (String.format was a
        // visible share of the FX thread's time with 10,000 printers).
        char[] out = new char[17];
        for (int i = 0; i < 6; i++) {
            int b = (int) (value >>> (8 * (5 - i))) & 0xFF;
            out[i * 3] = HEX[b >>> 4];
            out[i * 3 + 1] = HEX[b & 0xF];
            if (i < 5) {
                out[i * 3 + 2] = ':';
            }
        }
        return new String(out);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
