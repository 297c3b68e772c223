package org.openenpc.protocol;

/**
 * Reads NUL-terminated ASCII text fields. Text stops at the first NUL and at the field's end (or
 * the data's end, whichever is first); bytes outside printable ASCII are escaped as {@code \xNN}
 * and a backslash as {@code \\}, so a hostile device cannot inject control characters into a
 * terminal or table.
 */
final class AsciiField {
    private AsciiField() {
    }

    static String read(byte[] buf, int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, Math.min(to - from, 64)));
        for (int i = from; i < to; i++) {
            int b = buf[i] & 0xFF;
            if (b == 0) {
                break;
            }
            if (b == '\\') {
                sb.append("\\\\");
            } else if (b >= 0x20 && b < 0x7F) {
                sb.append((char) b);
            } else {
                sb.append("\\x").append(Hex.octet(b).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /** Offset of the first non-zero byte after the text's NUL terminator within the field, or -1. */
    static int junkAfterNul(byte[] buf, int from, int to) {
        int i = from;
        while (i < to && buf[i] != 0) {
            i++;
        }
        for (; i < to; i++) {
            if (buf[i] != 0) {
                return i;
            }
        }
        return -1;
    }
}
