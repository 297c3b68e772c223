package org.openenpc.protocol;

/** Hex text for bytes: lower-case pairs separated by single spaces ("45 50 53"). Pure; any thread. */
public final class Hex {
    private static final byte[] DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    public static String of(byte[] bytes, int offset, int length) {
        if (length <= 0) {
            return "";
        }
        // Built as Latin-1 bytes: one allocation less than char[] + compression (a scan formats every reply).
        byte[] out = new byte[length * 3 - 1];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xFF;
            int j = i * 3;
            out[j] = DIGITS[b >>> 4];
            out[j + 1] = DIGITS[b & 0xF];
            if (i + 1 < length) {
                out[j + 2] = ' ';
            }
        }
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Parses hex pairs, ignoring whitespace and lines that start with '#' (the format of the captured
     * vectors). Throws IllegalArgumentException naming the first bad character.
     */
    public static byte[] parse(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (String line : text.split("\\R")) {
            if (line.stripLeading().startsWith("#")) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                if (Character.digit(c, 16) < 0) {
                    throw new IllegalArgumentException("'" + c + "' is not a hex digit");
                }
                digits.append(c);
            }
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /** Formats a 16-bit value as four hex digits, upper case as the manuals write them ("0010"). */
    public static String word(int value) {
        return new String(new char[] {UPPER[(value >>> 12) & 0xF], UPPER[(value >>> 8) & 0xF], UPPER[(value >>> 4) & 0xF],
            UPPER[value & 0xF]});
    }

    /** Formats one byte as two hex digits, upper case ("03"). */
    public static String octet(int value) {
        return new String(new char[] {UPPER[(value >>> 4) & 0xF], UPPER[value & 0xF]});
    }
}
