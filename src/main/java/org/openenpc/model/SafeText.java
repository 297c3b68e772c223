package org.openenpc.model;

/**
 * Makes text that came from a device safe to show: the one sanitiser every device string passes
 * before any text output (CLI table, {@code status}, {@code watch}, CSV cells, the desktop app's
 * cells, labels and copied text). Anyone on the LAN can answer our UDP and SNMP requests, so a
 * model name or sysLocation may hold an escape sequence that clears a terminal or sets its title,
 * a CR LF that forges a table row, a one-byte C1 CSI (U+009B), or a bidi override (U+202E) that
 * shows text reversed.
 *
 * <p>Shown escaped: C0 controls U+0000–U+001F, DEL U+007F and C1 controls U+0080–U+009F as
 * {@code \x1b} (two lower-case hex digits, the form {@code protocol/AsciiField} uses for ENPC
 * text); the bidi controls U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, the line and
 * paragraph separators U+2028 and U+2029, and a lone surrogate (which no encoder can write) as
 * <code>&#92;u202e</code> (four lower-case hex digits). Everything else is kept, including surrogate pairs
 * (emoji), U+FFFD and joiners.
 *
 * <p>Backslashes, and why the escaping is idempotent: ENPC text reaches the model already escaped
 * by AsciiField ({@code \xNN} and {@code \\}), while SNMP text is kept exact in the model so that
 * JSON can carry it unchanged. Rather than tracking where each string came from (a printer's model
 * comes from ENPC or from SNMP), this sanitiser leaves a backslash alone when it already starts
 * one of the escapes above ({@code \\}, {@code \xhh}, <code>&#92;uhhhh</code>, lower-case hex) and doubles
 * every other backslash. So {@code escape(escape(s)).equals(escape(s))}: ENPC text passes through
 * unchanged, and any layer may apply it again. The price is that device text which literally
 * contains such a sequence looks like escaped text; that is why SNMP text containing a backslash
 * gets its raw bytes shown next to it ({@code SnmpView.rawHex}), and ENPC replies are shown in hex
 * by {@code status} and the detail pane.
 *
 * <p>Returns its argument itself when nothing needs escaping (the common case, one pass over the
 * chars, no allocation): it runs for every cell of every row. Stateless; any thread.
 */
public final class SafeText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SafeText() {
    }

    /** {@code text} with every unsafe character escaped; {@code text} itself when none is; "" for null. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        int n = text.length();
        int i = first;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                int kept = escapeLength(text, i);
                if (kept > 0) {
                    sb.append(text, i, i + kept);
                    i += kept;
                } else {
                    sb.append("\\\\");
                    i++;
                }
            } else if (isPair(text, i)) {
                sb.append(c).append(text.charAt(i + 1));
                i += 2;
            } else if (mustEscape(c)) {
                appendEscape(sb, c);
                i++;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * True for the code points shown escaped: C0, DEL, C1, the bidi controls, U+2028, U+2029 and
     * the surrogates (a pair is kept whole; only a lone surrogate is escaped).
     */
    public static boolean mustEscape(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return true;
        }
        if (codePoint < 0x061C) {
            return false; // the common case: Latin, Greek, Cyrillic
        }
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x2028 && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }

    /**
     * {@code text} as a key: each run of characters outside {@code [a-z0-9]} becomes one {@code separator}, with none
     * at either end; reading stops once {@code max} characters are written. Plain ASCII, so always {@link #isSafe}.
     */
    public static String slug(String text, char separator, int max) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && sb.length() < max; i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != separator) {
                sb.append(separator);
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == separator) {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    /** True when {@link #escape} would return {@code text} unchanged. */
    public static boolean isSafe(String text) {
        return text == null || firstUnsafe(text) < 0;
    }

    /** Index of the first char {@link #escape} changes, or -1. */
    private static int firstUnsafe(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                i++; // printable ASCII: the fast path
            } else if (c == '\\') {
                int kept = escapeLength(s, i);
                if (kept == 0) {
                    return i;
                }
                i += kept;
            } else if (isPair(s, i)) {
                i += 2;
            } else if (mustEscape(c)) {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Length of the escape starting at the backslash at {@code i} ({@code \\} 2, {@code \xhh} 4, <code>&#92;uhhhh</code> 6), or 0. */
    private static int escapeLength(String s, int i) {
        int n = s.length();
        if (i + 1 >= n) {
            return 0;
        }
        char next = s.charAt(i + 1);
        if (next == '\\') {
            return 2;
        }
        int digits = next == 'x' ? 2 : next == 'u' ? 4 : 0;
        if (digits == 0 || i + 2 + digits > n) {
            return 0;
        }
        for (int k = i + 2; k < i + 2 + digits; k++) {
            if (!isLowerHex(s.charAt(k))) {
                return 0;
            }
        }
        return 2 + digits;
    }

    private static boolean isLowerHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    private static boolean isPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static void appendEscape(StringBuilder sb, char c) {
        if (c < 0x100) {
            sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        } else {
            sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                    .append(HEX[c & 0xF]);
        }
    }
}
