package org.openenpc.protocol;

/** Hex text for bytes: lower-case pairs separated by single spaces ("45 50 53"). Pure; any thread. */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    public static String of(byte[] bytes, int offset, int length) {
        if (length <= 0) {
            return "";
        }
        char[] out = new char[length * 3 - 1];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xFF;
            int j = i * 3;
            out[j] = DIGITS[b >>> 4];
            out[j + 1] = DIGITS[b & 0xF];
            if (i + 1 < length) {
                out[j + 2] = ' ';
            }
        }
        return new String(out);
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
        return String.format("%04X", value & 0xFFFF);
    }

    /** Formats one byte as two hex digits, upper case ("03"). */
    public static String octet(int value) {
        return String.format("%02X", value & 0xFF);
    }
}
