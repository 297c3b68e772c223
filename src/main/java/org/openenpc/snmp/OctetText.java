package org.openenpc.snmp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * Turns SNMP OCTET STRING values into text: the one decoder every path uses (scalars, table cells,
 * discovery's model, the ST2 serial). RFC 3411's SnmpAdminString and most agents send UTF-8, older
 * ones Latin-1 or a Windows code page; an octet string says nothing about its charset. So the bytes
 * are read as UTF-8 when they are valid UTF-8 (a decoder that REPORTs, not {@code new String},
 * which would silently put U+FFFD in), else as ISO-8859-1, which maps every byte to one char and
 * never fails. Nothing is escaped or dropped here: NULs and control characters stay in the text,
 * which callers trim as they always did and every text output passes through
 * {@link org.openenpc.model.SafeText}; JSON carries the exact text. Stateless; any thread.
 */
public final class OctetText {

    private OctetText() {
    }

    /** The bytes as UTF-8 when they are valid UTF-8, else as ISO-8859-1; "" for null. */
    public static String decode(byte[] octets) {
        if (octets == null) {
            return "";
        }
        if (isAscii(octets)) {
            return new String(octets, StandardCharsets.ISO_8859_1); // the same in both, and no decoder needed
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(octets)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(octets, StandardCharsets.ISO_8859_1);
        }
    }

    /** The decoded text of an OCTET STRING variable, or null when {@code v} is none. */
    public static String decode(Variable v) {
        return v instanceof OctetString s ? decode(s.getValue()) : null;
    }

    /**
     * True when {@code text} is plain printable ASCII (U+0020–U+007E) without a backslash: shown as it
     * is, with nothing escaped and nothing that could look escaped, so its raw bytes add nothing.
     */
    public static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }
}
