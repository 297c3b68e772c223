package org.openenpc.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a hostile device on the LAN sends as text, and a check that an output's bytes carry none of
 * it raw. Shared by the tests of every output (CLI table, status, watch, CSV, the desktop app).
 */
public final class HostileText {

    /** Sets the terminal's window title (OSC 0 … BEL). */
    public static final String TITLE = "\u001b]0;pwned\u0007";
    /** Clears the screen (CSI 2 J). */
    public static final String CLEAR = "\u001b[2J";
    /** Ends the line and starts a forged table row / log line. */
    public static final String FORGED_ROW = "\r\n127.0.0.99  OK  forged";
    /** The one-character C1 CSI (U+009B), then "31m": red text on terminals that take C1. */
    public static final String C1_CSI = "\u009b31m";
    /** A right-to-left override (U+202E) between "invoice" and "fdp.exe": shown as "invoiceexe.pdf". */
    public static final String RLO = "invoice\u202Efdp.exe";
    /** Every kind at once, plus a backslash and an emoji that must be kept. */
    public static final String ALL = TITLE + CLEAR + FORGED_ROW + C1_CSI + RLO + "\u2066x\u2069\u2028 C:\\ \uD83D\uDDA8";

    /** The forged row's text: no output line may start with it. */
    public static final String FORGED_START = "127.0.0.99";

    /** {@link #ALL} as the UTF-8 an SNMP agent sends. */
    public static byte[] utf8() {
        return ALL.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Invalid UTF-8 (a Latin-1 "Büro") with a raw one-byte CSI 0x9B, an ESC and a CR LF: decoded as
     * Latin-1, so the 0x9B byte becomes U+009B.
     */
    public static byte[] latin1() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("B\u00fcro 3.OG ".getBytes(StandardCharsets.ISO_8859_1));
        b.write(0x9B);
        b.writeBytes("2J\u001b]0;x\u0007\r\n127.0.0.99 forged".getBytes(StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }

    /** {@link #latin1()} as the decoder must read it (Latin-1: the bytes are not valid UTF-8). */
    public static String latin1Text() {
        return new String(latin1(), StandardCharsets.ISO_8859_1);
    }

    private HostileText() {
    }

    /**
     * Every raw control in UTF-8 {@code output}, as "offset: what", empty when there is none. Allowed:
     * LF, and CR only right before LF (the output's own line ends) — a forged CR LF must be caught by
     * the caller looking at the lines. Not allowed: any other C0, DEL, C1 (0xC2 0x80–0x9F, and a raw
     * 0x80–0x9F byte, which makes the output invalid UTF-8), the bidi controls, U+2028/U+2029.
     */
    public static List<String> rawControls(byte[] output) {
        List<String> found = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(output)).toString();
        } catch (CharacterCodingException e) {
            found.add("not valid UTF-8: " + e);
            text = new String(output, StandardCharsets.ISO_8859_1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
            if (!lineEnd && (SafeText.mustEscape(c) && !Character.isSurrogate(c))) {
                found.add(String.format(Locale.ROOT, "char %d: U+%04X", i, (int) c));
            }
        }
        return found;
    }

    /** The lines of {@code output} that start with the forged row's text. */
    public static List<String> forgedLines(String output) {
        return output.lines().filter(l -> l.strip().startsWith(FORGED_START)).toList();
    }
}
