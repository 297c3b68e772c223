package org.openenpc.model;

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
        String t = text.trim();
        long v = t.length() == 17 ? hexPairs(t) : -1;
        if (v < 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a MAC address (six hex pairs expected)");
        }
        return new MacAddress(v);
    }

    /**
     * Six hex pairs all joined by ':' or all by '-' (so no sign as in "+f", no trailing separator);
     * the value, or -1. By hand rather than by regex: every reply carrying a MAC is parsed here.
     */
    private static long hexPairs(String t) {
        char sep = t.charAt(2);
        if (sep != ':' && sep != '-') {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < 17; i++) {
            char ch = t.charAt(i);
            if (i % 3 == 2) {
                if (ch != sep) {
                    return -1;
                }
                continue;
            }
            int d = Character.digit(ch, 16);
            if (d < 0 || ch > 'f') { // Character.digit also accepts full-width digits
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }

    /**
     * Whether this address may identify one device: not all-zero, not the broadcast address and not a
     * multicast (group) address. Devices that report another kind are never merged with each other by
     * MAC (a cheap clone or an unconfigured NIC often reports all zeros).
     */
    public boolean isDeviceAddress() {
        return value != 0 && value != 0xFFFF_FFFF_FFFFL && (value & 0x0100_0000_0000L) == 0;
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
