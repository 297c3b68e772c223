package org.openenpc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

    private static final int[] BIDI = {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
        0x2068, 0x2069};

    @Test
    void everyC0ControlIsEscapedAsTwoLowerCaseHexDigits() {
        for (int c = 0; c < 0x20; c++) {
            assertThat(SafeText.escape("a" + (char) c + "b")).as("U+%04X", c)
                    .isEqualTo(String.format(Locale.ROOT, "a\\x%02xb", c));
        }
    }

    @Test
    void delAndEveryC1ControlAreEscaped() {
        assertThat(SafeText.escape("\u007f")).isEqualTo("\\x7f");
        for (int c = 0x80; c <= 0x9F; c++) {
            assertThat(SafeText.escape(String.valueOf((char) c))).as("U+%04X", c)
                    .isEqualTo(String.format(Locale.ROOT, "\\x%02x", c));
        }
        assertThat(SafeText.escape("\u009b2J")).isEqualTo("\\x9b2J"); // the one-byte CSI
    }

    @Test
    void everyBidiControlAndTheLineAndParagraphSeparatorsAreEscapedAsFourHexDigits() {
        List<Integer> all = new ArrayList<>();
        for (int c : BIDI) {
            all.add(c);
        }
        all.add(0x2028);
        all.add(0x2029);
        for (int c : all) {
            assertThat(SafeText.escape("x" + (char) c + "y")).as("U+%04X", c)
                    .isEqualTo(String.format(Locale.ROOT, "x\\u%04xy", c));
        }
        assertThat(SafeText.escape("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202efdp.exe");
    }

    @Test
    void printableNeighboursOfTheEscapedRangesAreKept() {
        for (String s : List.of(" ", "~", "\u00a0", "\u00a0é", "\u061b", "\u061d", "\u200d", "\u2027", "\u202f",
                "\u2065", "\u206a", "\ufffd", "\ufeff")) {
            assertThat(SafeText.escape(s)).as("U+%04X", (int) s.charAt(0)).isSameAs(s);
        }
    }

    @Test
    void aLoneBackslashIsDoubledAndAnExistingEscapeIsKept() {
        assertThat(SafeText.escape("C:\\temp")).isEqualTo("C:\\\\temp");
        assertThat(SafeText.escape("end\\")).isEqualTo("end\\\\");
        assertThat(SafeText.escape("\\x1")).isEqualTo("\\\\x1");
        assertThat(SafeText.escape("\\x1B")).as("only lower-case hex is an escape").isEqualTo("\\\\x1B");
        assertThat(SafeText.escape("\\u20")).isEqualTo("\\\\u20");
        String escaped = "TM\\x1b[31m\\\\X\\xff\\u202e";
        assertThat(SafeText.escape(escaped)).as("AsciiField's and our own escapes pass unchanged").isSameAs(escaped);
    }

    @Test
    void aBackslashBeforeAControlIsDoubledAndTheControlEscaped() {
        assertThat(SafeText.escape("\\\u001b")).isEqualTo("\\\\\\x1b");
    }

    @Test
    void surrogatePairsAreKeptAndLoneSurrogatesEscaped() {
        String emoji = "Drucker \uD83D\uDDA8\uFE0F \uD83D\uDC69\u200D\uD83D\uDCBB";
        assertThat(SafeText.escape(emoji)).isSameAs(emoji);
        assertThat(SafeText.escape("a\uD83Db")).isEqualTo("a\\ud83db");
        assertThat(SafeText.escape("a\uDDA8")).isEqualTo("a\\udda8");
        assertThat(SafeText.escape("\uD83D")).isEqualTo("\\ud83d");
        assertThat(SafeText.escape("\uDDA8\uD83D")).as("low before high is no pair").isEqualTo("\\udda8\\ud83d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TM-T88V", "Büro 3.OG", "ET-2850 Series", "東京 本社", "=HYPERLINK(\"x\")",
        "\\\\", "\\x00"})
    void textWithNothingToEscapeIsReturnedAsTheSameInstance(String s) {
        assertThat(SafeText.escape(s)).isSameAs(s);
        assertThat(SafeText.isSafe(s)).isTrue();
    }

    @Test
    void nullIsEmpty() {
        assertThat(SafeText.escape(null)).isEmpty();
    }

    @Test
    void hostileTerminalSequencesLoseEveryControlCharacter() {
        String hostile = "\u001b]0;pwned\u0007\u001b[2J\r\n10.0.0.1  OK  forged\u009b31m";
        assertThat(SafeText.escape(hostile))
                .isEqualTo("\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\x0a10.0.0.1  OK  forged\\x9b31m");
    }

    @Property(tries = 1000)
    void theResultHasNoCharacterThatMustBeEscapedAndEscapingAgainChangesNothing(@ForAll String s) {
        String once = SafeText.escape(s);
        assertThat(once.codePoints().noneMatch(SafeText::mustEscape)).isTrue();
        assertThat(SafeText.escape(once)).isSameAs(once);
    }

    @Property(tries = 500)
    void textWithoutBackslashesCanBeRecovered(@ForAll String s) {
        String plain = s.replace("\\", "");
        assertThat(unescape(SafeText.escape(plain))).isEqualTo(plain);
    }

    /** The inverse for text without backslashes of its own: every backslash starts one of our escapes. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
            } else if (s.charAt(i + 1) == 'x') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            }
        }
        return sb.toString();
    }
}
