package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openenpc.snmp.St2ParserVectorTest.VECTOR;
import static org.openenpc.snmp.St2ParserVectorTest.ok;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.Vectors;

/** Broken values: not ST2 at all gives Malformed, damage inside a real one gives named problems. */
class St2ParserMalformedTest {

    static String malformed(byte[] value) {
        St2Result r = St2Parser.parse(value);
        assertThat(r).isInstanceOf(St2Result.Malformed.class);
        return ((St2Result.Malformed) r).reason();
    }

    @Test
    void noMarker() {
        assertThat(malformed("hello printer".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("no \"@BDC ST2\" marker");
        assertThat(malformed(new byte[0])).isEqualTo("no \"@BDC ST2\" marker");
        assertThat(malformed(null)).isEqualTo("no value");
    }

    @Test
    void markerTooFarInIsNotSearchedFor() {
        byte[] v = Vectors.load(VECTOR);
        byte[] far = new byte[v.length + 8];
        System.arraycopy(v, 0, far, 8, v.length);
        assertThat(malformed(far)).isEqualTo("no \"@BDC ST2\" marker");
        byte[] near = Arrays.copyOfRange(far, 1, far.length); // marker at index 7: still found
        assertThat(ok(near).problems()).containsExactly("7 bytes before the marker skipped (at most 1 is expected)");
    }

    @Test
    void cutBeforeTheCount() {
        byte[] v = Arrays.copyOf(Vectors.load(VECTOR), 11);
        assertThat(malformed(v)).isEqualTo("value ends at byte 11, before the 2-byte count after the marker");
    }

    @Test
    void countLargerThanTheData() {
        byte[] v = Vectors.load(VECTOR);
        v[10] = (byte) 0xff; // count 0x00ff = 255, only 127 follow
        St2Status s = ok(v);
        assertThat(s.problems()).containsExactly("count says 255 bytes follow the marker but only 127 remain");
        assertThat(s.records()).hasSize(15);
        assertThat(s.serial()).isEqualTo("X8RV267409");
    }

    @Test
    void truncatedVectorKeepsWhatIsThere() {
        byte[] v = Arrays.copyOf(Vectors.load(VECTOR), 77); // 0x36 at 70 declares 32, 5 of them present
        St2Status s = ok(v);
        assertThat(s.problems()).containsExactly("count says 127 bytes follow the marker but only 65 remain",
                "record 0x36 at offset 70 declares 32 bytes but only 5 remain");
        assertThat(s.records()).last().isEqualTo(new St2Status.Record(0x36, 70, "ff ff ff ff ff"));
        assertThat(s.statusText()).isEqualTo("error");
        assertThat(s.inks()).hasSize(4);
        assertThat(s.serial()).isEmpty();
    }

    @Test
    void recordLengthRunningPastTheEnd() {
        byte[] v = new St2Bytes().record(0x01, 0x04).record(0x40, 'A', 'B', 'C').build();
        v[16] = 10; // the serial now claims 10 bytes; the count still matches the data
        St2Status s = ok(v);
        assertThat(s.problems()).containsExactly("record 0x40 at offset 15 declares 10 bytes but only 3 remain");
        assertThat(s.serial()).as("a cut record is kept raw, not interpreted").isEmpty();
        assertThat(s.records()).last().isEqualTo(new St2Status.Record(0x40, 15, "41 42 43"));
    }

    @Test
    void recordWithoutLengthByte() {
        byte[] v = new St2Bytes().record(0x01, 0x04).build(4);
        byte[] withType = Arrays.copyOf(v, v.length + 1);
        withType[withType.length - 1] = 0x0f;
        St2Status s = ok(withType);
        assertThat(s.problems()).containsExactly("record 0x0F at offset 15 has no length byte");
        assertThat(s.records()).last().isEqualTo(new St2Status.Record(0x0f, 15, ""));
        assertThat(s.inks()).isEmpty();
    }

    @Test
    void countSmallerThanTheDataIgnoresTheRest() {
        byte[] v = new St2Bytes().record(0x01, 0x04).record(0x40, 'A').build(3);
        St2Status s = ok(v);
        assertThat(s.problems()).containsExactly("3 bytes after the 3 counted ignored");
        assertThat(s.records()).containsExactly(new St2Status.Record(0x01, 12, "04"));
    }

    @Test
    void noStatusRecord() {
        St2Status s = ok(new St2Bytes().record(0x40, 'A').build());
        assertThat(s.statusCode()).isEqualTo(-1);
        assertThat(s.statusReported()).isFalse();
        assertThat(s.statusText()).isEqualTo("not reported");
        assertThat(s.problems()).containsExactly("no status record (type 0x01)");
    }

    @Test
    void badInkRecords() {
        assertThat(ok(new St2Bytes().record(0x01, 4).record(0x0f).build()).problems())
                .containsExactly("ink record at offset 15 is empty");
        assertThat(ok(new St2Bytes().record(0x01, 4).record(0x0f, 0x00, 1, 2).build()).problems())
                .containsExactly("ink record at offset 15 says 0 bytes per cartridge; at least 3 are needed");
        St2Status spare = ok(new St2Bytes().record(0x01, 4).record(0x0f, 3, 1, 0, 0x10, 2, 1).build());
        assertThat(spare.inks()).hasSize(1);
        assertThat(spare.problems()).containsExactly("ink record at offset 15 has 2 bytes after its last whole entry");
    }

    @Test
    void duplicateAndEmptyRecords() {
        St2Status dup = ok(new St2Bytes().record(0x01, 4).record(0x01, 0).build());
        assertThat(dup.statusText()).isEqualTo("idle");
        assertThat(dup.problems()).containsExactly("record 0x01 at offset 15 repeats an earlier one and is ignored");
        St2Status empty = ok(new St2Bytes().record(0x01).build());
        assertThat(empty.problems()).containsExactly("status record at offset 12 is empty");
    }
}
