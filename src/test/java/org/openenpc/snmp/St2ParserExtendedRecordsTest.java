package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openenpc.snmp.St2ParserVectorTest.ok;

import org.junit.jupiter.api.Test;

/**
 * Warning (0x04), paper path (0x06) and maintenance box (0x37) records, decoded after the community
 * parser Ircama/epson_print_conf (epson_print_conf.py, status_parser). Synthetic values: they check
 * the decoding rules, not a real device.
 */
class St2ParserExtendedRecordsTest {

    @Test
    void warningsKnownAndUnknown() {
        St2Status s = ok(new St2Bytes().record(0x01, 0x04).record(0x04, 0x10, 0x17, 0x44, 0x51, 0x99).build());
        assertThat(s.warningCodes()).containsExactly(0x10, 0x17, 0x44, 0x51, 0x99);
        assertThat(s.warningTexts()).containsExactly("ink low (black or yellow)", "ink low (gloss optimizer)",
                "black print mode", "cleaning disabled (cyan)", "warning 0x99");
        assertThat(St2Codes.isInkLowWarning(0x0F)).isFalse();
        assertThat(St2Codes.isInkLowWarning(0x10)).isTrue();
        assertThat(St2Codes.isInkLowWarning(0x17)).isTrue();
        assertThat(St2Codes.isInkLowWarning(0x18)).isFalse();
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void paperPathsKnownAndRaw() {
        assertThat(ok(new St2Bytes().record(0x01, 4).record(0x06, 0x01, 0xff).build()).paperPath())
                .isEqualTo("cut sheet (rear)");
        assertThat(ok(new St2Bytes().record(0x01, 4).record(0x06, 0x02, 0x01).build()).paperPath())
                .isEqualTo("CD-R, cardboard");
        assertThat(ok(new St2Bytes().record(0x01, 4).record(0x06, 0x09, 0x08).build()).paperPath())
                .isEqualTo("raw 09 08");
        assertThat(ok(new St2Bytes().record(0x01, 4).build()).paperPath()).isEmpty();
    }

    @Test
    void maintenanceBoxesOneAndTwoBytesPerBox() {
        assertThat(ok(new St2Bytes().record(0x01, 4).record(0x37, 0x01, 0x00, 0x01, 0x02, 0x07).build())
                .maintenanceBoxes()).containsExactly(
                        new St2Status.MaintenanceBox(1, 0, "not full", null),
                        new St2Status.MaintenanceBox(2, 1, "near full", null),
                        new St2Status.MaintenanceBox(3, 2, "full", null),
                        new St2Status.MaintenanceBox(4, 7, "unknown (0x07)", null));
        assertThat(ok(new St2Bytes().record(0x01, 4).record(0x37, 0x02, 0x01, 0x05).build())
                .maintenanceBoxes()).containsExactly(new St2Status.MaintenanceBox(1, 1, "near full", 5));
    }

    @Test
    void oddMaintenanceBoxRecordsStayRawWithAProblem() {
        St2Status three = ok(new St2Bytes().record(0x01, 4).record(0x37, 0x03, 0x00, 0x00, 0x00).build());
        assertThat(three.maintenanceBoxes()).isEmpty();
        assertThat(three.problems()).containsExactly(
                "maintenance box record at offset 15 says 3 bytes per box; 1 or 2 are known");
        assertThat(three.records()).extracting("type").contains(0x37);

        St2Status spare = ok(new St2Bytes().record(0x01, 4).record(0x37, 0x02, 0x02, 0x00, 0x01).build());
        assertThat(spare.maintenanceBoxes()).containsExactly(new St2Status.MaintenanceBox(1, 2, "full", 0));
        assertThat(spare.problems()).singleElement().asString().contains("1 bytes after its last whole entry");

        St2Status empty = ok(new St2Bytes().record(0x01, 4).record(0x37).build());
        assertThat(empty.maintenanceBoxes()).isEmpty();
        assertThat(empty.problems()).singleElement().asString().contains("says 0 bytes per box");
    }

    @Test
    void namesFromEpsonPrintConfForCodesProtocolMdDoesNotList() {
        assertThat(St2Codes.statusText(0x0F)).isEqualTo("nozzle check");
        assertThat(St2Codes.errorText(0x22)).isEqualTo("maintenance box missing");
        assertThat(St2Codes.errorText(0x02)).isEqualTo("cover open"); // PROTOCOL.md's name kept
    }
}
