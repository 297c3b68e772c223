package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openenpc.discovery.VectorPrinters;
import org.openenpc.model.Printer;

/** The raw replies text: labels, decoded fields, unknown runs with offsets, marked hex dump. */
class DetailRawTextTest {

    private static String raw(Printer p) {
        DetailViewModel vm = new DetailViewModel(ZoneOffset.UTC);
        vm.show(p);
        return vm.rawTextProperty().get();
    }

    private final String raw = raw(VectorPrinters.full("127.0.1.5", Instant.parse("2024-05-01T12:00:00Z")));

    @Test
    void startsWithALegendExplainingTheMarks() {
        assertThat(raw.lines().findFirst().orElseThrow()).startsWith("Legend:").contains("^^").contains("@n");
    }

    @Test
    void namesEveryRequestWithResultLengthAndTime() {
        assertThat(raw).contains("Q 03-0000  result 0000  147 bytes  (BasicInfo)  received 2024-05-01 12:00:00",
                "Q 03-0010  result 0000  27 bytes  (TmStatus)",
                "Q 03-0017  result 0000  18 bytes  (Holder)",
                "Q 00-0010  result 0000  37 bytes  (NetworkConfig)",
                "Q 03-0131  result FFFF  14 bytes  (ErrorResult)");
    }

    @Test
    void showsTheDecodedFields() {
        assertThat(raw).contains("  model: TM-T88V\n", "  ids: 20 02 64\n",
                "  asb: 14 00 00 0f (online, cover closed, paper present, drawer pin 3 high)\n",
                "  ip: 0.0.0.0\n", "  mask: 255.255.255.0\n", "  gateway: 192.168.1.1\n", "  flags: 00 04\n");
    }

    @Test
    void listsEveryUnknownRunWithItsOffset() {
        assertThat(raw).contains(
                "unknown @14 (1 bytes): 0e  [unknown (0e in captures)]",
                "unknown @18 (1 bytes): 0f  [ASB byte 4: meaning not confirmed]",
                "unknown @19 (8 bytes): ff ff ff ff ff ff ff ff  [unknown, model-dependent]",
                "unknown @14 (2 bytes): 00 05",
                "unknown @21 (2 bytes): 00 04  [flags (GUESS: address mode, DHCP/APIPA)]",
                "unknown @35 (2 bytes): 80 7c");
    }

    @Test
    void hexDumpHasOffsetsAndMarksUnknownBytesUnderneath() {
        assertThat(raw).contains("  0000  45 50 53 4f 4e");
        // The status reply's second dump line: 0f (ASB byte 4) and the eight ff bytes are unknown.
        assertThat(raw).contains("  0010  00 00 0f ff ff ff ff ff ff ff ff\n"
                + "  " + " ".repeat(6 + 2 * 3) + "^^ ^^ ^^ ^^ ^^ ^^ ^^ ^^ ^^\n");
    }

    @Test
    void aDeviceWithoutRepliesSaysSo() {
        Printer bare = Printer.seen("127.0.1.9", Instant.EPOCH);
        assertThat(raw(bare)).contains("No replies recorded.");
    }
}
