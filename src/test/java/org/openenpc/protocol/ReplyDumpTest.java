package org.openenpc.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyDumpTest {

    private static ReplyDump dump(String vector) {
        return ReplyDump.of("Q 03-0010", Hex.of(Vectors.load(vector)));
    }

    @Test
    void headlineNamesRequestResultLengthAndKind() {
        assertThat(dump("reply-q03-0010-status-tm-t88v.hex").headline())
                .isEqualTo("Q 03-0010  result 0000  27 bytes  (TmStatus)");
    }

    @Test
    void markedDumpPutsAMarkerLineUnderEveryUnknownByte() {
        // Status reply: unknown at 14 (0e), 18 (ASB byte 4) and 19–26 (ff × 8); byte i sits at column 6 + 3i.
        assertThat(dump("reply-q03-0010-status-tm-t88v.hex").markedHexLines()).containsExactly(
                "0000  45 50 53 4f 4e 71 03 00 00 10 00 00 00 0d 0e 14",
                " ".repeat(6 + 14 * 3) + "^^",
                "0010  00 00 0f ff ff ff ff ff ff ff ff",
                " ".repeat(6 + 2 * 3) + "^^ ^^ ^^ ^^ ^^ ^^ ^^ ^^ ^^");
    }

    @Test
    void linesWithoutUnknownBytesGetNoMarkerLine() {
        ReplyDump d = dump("reply-q03-0017-holder-tm-t88v.hex");
        assertThat(d.unknown()).isEmpty();
        assertThat(d.markedHexLines()).isEqualTo(d.hexLines()).hasSize(2);
    }

    @Test
    void malformedInputStillDumps() {
        ReplyDump d = ReplyDump.of("?", "45 50 53");
        assertThat(d.headline()).isEqualTo("?  3 bytes  (Malformed)");
        assertThat(d.hexLines()).containsExactly("0000  45 50 53");
    }
}
