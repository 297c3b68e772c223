package org.openenpc.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openenpc.model.SafeText;

/**
 * JSON escaping for text that came from devices: besides what JSON requires (below U+0020, quote,
 * backslash), DEL, the C1 controls and the bidi controls are written as JSON backslash-u escapes, so a
 * JSON document printed to a terminal cannot carry a raw CSI (U+009B) or U+202E while a parser still
 * reads back the exact string (issue 10: "JSON keeps the exact string"). Surrogates are left to
 * Jackson (a pair is one character, written as UTF-8). Stateless; shared by every JSON writer.
 */
public final class JsonEscapes extends CharacterEscapes {

    private static final JsonEscapes INSTANCE = new JsonEscapes();
    private final int[] ascii;

    private JsonEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    /** {@code mapper} with these escapes; returns it for chaining. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.getFactory().setCharacterEscapes(INSTANCE);
        return mapper;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch < Character.MIN_SURROGATE || ch > Character.MAX_SURROGATE) {
            if (SafeText.mustEscape(ch)) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
        }
        return null;
    }
}
