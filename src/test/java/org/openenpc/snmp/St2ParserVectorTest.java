package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.Vectors;

/** The ET-2850 capture (PROTOCOL.md §4, vectors/st2-status-et-2850.hex) decodes to exact values. */
class St2ParserVectorTest {

    static final String VECTOR = "st2-status-et-2850.hex";

    static St2Status ok(byte[] value) {
        St2Result r = St2Parser.parse(value);
        assertThat(r).isInstanceOf(St2Result.Ok.class);
        return ((St2Result.Ok) r).status();
    }

    @Test
    void statusAndError() {
        St2Status s = ok(Vectors.load(VECTOR));
        assertThat(s.statusCode()).isEqualTo(0x00);
        assertThat(s.statusText()).isEqualTo("error");
        assertThat(s.statusReported()).isTrue();
        assertThat(s.errorCodes()).containsExactly(0x10);
        assertThat(s.errorTexts()).containsExactly("waste-ink pad full (service required)");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void inks() {
        // 0f 0d 03 | 01 00 69 | 05 03 69 | 04 02 69 | 03 01 69
        assertThat(ok(Vectors.load(VECTOR)).inks()).containsExactly(
                new St2Status.InkLevel(1, 0x00, "black", null, "level not reported", 0x69),
                new St2Status.InkLevel(5, 0x03, "yellow", null, "level not reported", 0x69),
                new St2Status.InkLevel(4, 0x02, "magenta", null, "level not reported", 0x69),
                new St2Status.InkLevel(3, 0x01, "cyan", null, "level not reported", 0x69));
    }

    @Test
    void recordsDecodedAfterEpsonPrintConf() {
        // 06 02 | 01 00 (a pattern epson_print_conf does not name) and 37 05 | 02 02 00 00 00; no warnings.
        St2Status s = ok(Vectors.load(VECTOR));
        assertThat(s.warningCodes()).isEmpty();
        assertThat(s.warningTexts()).isEmpty();
        assertThat(s.paperPath()).isEqualTo("raw 01 00");
        assertThat(s.maintenanceBoxes()).containsExactly(
                new St2Status.MaintenanceBox(1, 2, "full", 0),
                new St2Status.MaintenanceBox(2, 0, "not full", 0));
    }

    @Test
    void serial() {
        assertThat(ok(Vectors.load(VECTOR)).serial()).isEqualTo("X8RV267409");
    }

    @Test
    void everyRecordRawInOrder() {
        assertThat(ok(Vectors.load(VECTOR)).records()).extracting("type", "offset", "hex").containsExactly(
                tuple(0x01, 12, "00"),
                tuple(0x02, 15, "10"),
                tuple(0x06, 18, "01 00"),
                tuple(0x0a, 22, "11 00 04"),
                tuple(0x0f, 27, "03 01 00 69 05 03 69 04 02 69 03 01 69"),
                tuple(0x10, 42, "01 0a 4e"),
                tuple(0x13, 47, "01"),
                tuple(0x19, 50, "00 00 00 00 00 75 6e 6b 6e 6f 77 6e"),
                tuple(0x28, 64, "ff 01 00 00"),
                tuple(0x36, 70, "ff ff ff ff ff ff ff ff 6c 22 00 00 b1 1f 00 00"
                        + " 43 01 00 00 ff ff ff ff 28 00 00 00 00 00 00 00"),
                tuple(0x37, 104, "02 02 00 00 00"),
                tuple(0x38, 111, "10"),
                tuple(0x40, 114, "58 38 52 56 32 36 37 34 30 39"),
                tuple(0x4b, 126, "37"),
                tuple(0x54, 129, "01 00 00 00 00 00 00 00"));
    }

    @Test
    void oneExtraLeadingByteDecodesTheSameWithOffsetsShifted() {
        byte[] v = Vectors.load(VECTOR);
        byte[] lead = new byte[v.length + 1];
        lead[0] = 0x00;
        System.arraycopy(v, 0, lead, 1, v.length);
        St2Status plain = ok(v);
        St2Status shifted = ok(lead);
        assertThat(shifted.problems()).isEmpty();
        assertThat(shifted.statusCode()).isEqualTo(plain.statusCode());
        assertThat(shifted.errorCodes()).isEqualTo(plain.errorCodes());
        assertThat(shifted.inks()).isEqualTo(plain.inks());
        assertThat(shifted.serial()).isEqualTo(plain.serial());
        assertThat(shifted.records()).hasSameSizeAs(plain.records());
        for (int i = 0; i < plain.records().size(); i++) {
            St2Status.Record p = plain.records().get(i);
            assertThat(shifted.records().get(i)).isEqualTo(new St2Status.Record(p.type(), p.offset() + 1, p.hex()));
        }
    }
}
