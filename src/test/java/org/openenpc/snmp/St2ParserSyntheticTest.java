package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openenpc.snmp.St2ParserVectorTest.ok;

import org.junit.jupiter.api.Test;

/**
 * Synthetic values built to the PROTOCOL.md §4 layout. No public capture of a healthy printer
 * exists, so these are made up; they check the decoding rules, not a real device.
 */
class St2ParserSyntheticTest {

    static byte[] healthy() {
        return new St2Bytes()
                .record(0x01, 0x04)
                .record(0x0f, 0x03, 0x01, 0x00, 0x50, 0x02, 0x01, 0x05, 0x03, 0x02, 0x6e, 0x04, 0x03, 0x77)
                .record(0x40, 'A', 'B', 'C', '1', '2', '3', '4', '5', '6', '7')
                .build();
    }

    @Test
    void healthyIdlePrinter() {
        St2Status s = ok(healthy());
        assertThat(s.statusCode()).isEqualTo(0x04);
        assertThat(s.statusText()).isEqualTo("idle");
        assertThat(s.errorCodes()).isEmpty();
        assertThat(s.errorTexts()).isEmpty();
        assertThat(s.inks()).containsExactly(
                new St2Status.InkLevel(1, 0x00, "black", 80, "ok", 0x50),
                new St2Status.InkLevel(2, 0x01, "cyan", 5, "ok", 0x05),
                new St2Status.InkLevel(3, 0x02, "magenta", null, "no cartridge", 0x6e),
                new St2Status.InkLevel(4, 0x03, "yellow", null, "chip error", 0x77));
        assertThat(s.serial()).isEqualTo("ABC1234567");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void levelBoundariesAndStates() {
        St2Status s = ok(new St2Bytes().record(0x01, 0x04)
                .record(0x0f, 0x03, 0, 0x0f, 0x00, 1, 0x0e, 0x64, 2, 0x0d, 0x65, 3, 0x10, 0x72).build());
        assertThat(s.inks()).containsExactly(
                new St2Status.InkLevel(0, 0x0f, "white", 0, "ok", 0x00),
                new St2Status.InkLevel(1, 0x0e, "green", 100, "ok", 0x64),
                new St2Status.InkLevel(2, 0x0d, "orange", null, "unknown 0x65", 0x65),
                new St2Status.InkLevel(3, 0x10, "colour 0x10", null, "chip error", 0x72));
    }

    @Test
    void longerInkEntriesUseTheirFirstThreeBytes() {
        St2Status s = ok(new St2Bytes().record(0x01, 0x04)
                .record(0x0f, 0x04, 1, 0x09, 0x20, 0xee, 2, 0x0a, 0x21, 0xee).build());
        assertThat(s.inks()).extracting("cartridgeId", "colour", "percent")
                .containsExactly(tuple(1, "red", 32),
                        tuple(2, "violet", 33));
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void statusNamesIncludingUnknown() {
        assertThat(ok(new St2Bytes().record(0x01, 0x0d).build()).statusText()).isEqualTo("busy");
        assertThat(ok(new St2Bytes().record(0x01, 0x0a).build()).statusText()).isEqualTo("shutting down");
        assertThat(ok(new St2Bytes().record(0x01, 0x07).build()).statusText()).isEqualTo("cleaning");
        assertThat(ok(new St2Bytes().record(0x01, 0x06).build()).statusText()).isEqualTo("unknown (0x06)");
    }

    @Test
    void severalErrorsKnownAndUnknown() {
        St2Status s = ok(new St2Bytes().record(0x01, 0x00).record(0x02, 0x02, 0x04, 0x05, 0x06, 0x99).build());
        assertThat(s.errorCodes()).containsExactly(0x02, 0x04, 0x05, 0x06, 0x99);
        assertThat(s.errorTexts()).containsExactly("cover open", "paper jam", "ink out", "paper out", "error 0x99");
    }

    @Test
    void absentSerialIsEmptyAndSerialPaddingTrimmed() {
        assertThat(ok(new St2Bytes().record(0x01, 0x04).build()).serial()).isEmpty();
        assertThat(ok(new St2Bytes().record(0x01, 0x04).record(0x40, 'X', '1', 0, 0).build()).serial())
                .isEqualTo("X1");
    }

    @Test
    void unknownRecordsStayVisible() {
        St2Status s = ok(new St2Bytes().record(0x01, 0x04).record(0x99, 0xde, 0xad).record(0x77).build());
        assertThat(s.records()).containsExactly(new St2Status.Record(0x01, 12, "04"),
                new St2Status.Record(0x99, 15, "de ad"), new St2Status.Record(0x77, 19, ""));
    }
}
