package org.openenpc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openenpc.model.PrinterStatus.Level;

class PrinterStatusTest {

    /** Builds a reported status; flags not named are clear (online defaults to true). */
    private static PrinterStatus status(boolean online, boolean cover, boolean feeding, boolean drawer,
                                       boolean cutter, boolean unrec, boolean rec, boolean nearEnd, boolean end) {
        return new PrinterStatus(true, online, cover, feeding, drawer, cutter, unrec, rec, nearEnd, end, "00 00 00 00");
    }

    static Stream<Arguments> singleFlags() {
        return Stream.of(
                Arguments.of(status(true, false, false, false, false, false, false, false, false), "Ready", Level.OK),
                Arguments.of(status(false, false, false, false, false, false, false, false, false), "Offline",
                        Level.ERROR),
                Arguments.of(status(true, true, false, false, false, false, false, false, false), "Cover open",
                        Level.ERROR),
                Arguments.of(status(true, false, true, false, false, false, false, false, false), "Ready", Level.OK),
                Arguments.of(status(true, false, false, true, false, false, false, false, false), "Ready", Level.OK),
                Arguments.of(status(true, false, false, false, true, false, false, false, false), "Autocutter error",
                        Level.ERROR),
                Arguments.of(status(true, false, false, false, false, true, false, false, false),
                        "Unrecoverable error", Level.ERROR),
                Arguments.of(status(true, false, false, false, false, false, true, false, false),
                        "Recoverable error", Level.ERROR),
                Arguments.of(status(true, false, false, false, false, false, false, true, false), "Paper near end",
                        Level.WARNING),
                Arguments.of(status(true, false, false, false, false, false, false, false, true), "Paper end",
                        Level.ERROR));
    }

    @ParameterizedTest
    @MethodSource("singleFlags")
    void eachFlagAloneHasItsSummaryAndLevel(PrinterStatus s, String summary, Level level) {
        assertThat(s.summary()).isEqualTo(summary);
        assertThat(s.level()).isEqualTo(level);
    }

    @Test
    void unknownIsNotReported() {
        assertThat(PrinterStatus.UNKNOWN.summary()).isEqualTo("Not reported");
        assertThat(PrinterStatus.UNKNOWN.level()).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void paperEndHidesPaperNearEnd() {
        PrinterStatus s = status(true, false, false, false, false, false, false, true, true);
        assertThat(s.summary()).isEqualTo("Paper end");
        assertThat(s.level()).isEqualTo(Level.ERROR);
    }

    @Test
    void combinationsAreListedInFixedOrderWithOnlyTheFirstCapitalised() {
        assertThat(status(false, true, false, false, false, false, false, false, true).summary())
                .isEqualTo("Offline, cover open, paper end");
        assertThat(status(true, true, false, false, true, true, true, true, false).summary())
                .isEqualTo("Cover open, paper near end, autocutter error, unrecoverable error, recoverable error");
        assertThat(status(false, true, true, true, true, true, true, true, true).summary())
                .isEqualTo("Offline, cover open, paper end, autocutter error, unrecoverable error, recoverable error");
    }

    /** All 2^9 flag combinations: level and summary agree with the documented rules. */
    @Test
    void everyFlagCombinationIsConsistent() {
        for (int bits = 0; bits < 512; bits++) {
            boolean[] f = new boolean[9];
            for (int i = 0; i < 9; i++) {
                f[i] = (bits & (1 << i)) != 0;
            }
            PrinterStatus s = status(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
            boolean error = !f[0] || f[1] || f[4] || f[5] || f[6] || f[8];
            Level expected = error ? Level.ERROR : f[7] ? Level.WARNING : Level.OK;
            assertThat(s.level()).as("bits %s", Integer.toBinaryString(bits)).isEqualTo(expected);
            assertThat(s.summary().equals("Ready")).isEqualTo(expected == Level.OK);
            assertThat(s.summary().contains("near end")).isEqualTo(f[7] && !f[8]);
            assertThat(Character.isUpperCase(s.summary().charAt(0))).isTrue();
        }
    }
}
