package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.openenpc.protocol.Vectors;

/**
 * Property-based fuzzing: {@link St2Parser#parse} returns a result for every input and never
 * throws. The tries add up to 60,000 inputs per {@code mvn verify}; {@link St2ParserMutationTest}
 * adds 120,000 seeded ones.
 */
class St2ParserFuzzTest {

    private static final byte[] VECTOR = Vectors.load(St2ParserVectorTest.VECTOR);

    @Property(tries = 20_000)
    void randomBytes(@ForAll @Size(max = 300) byte[] data) {
        assertParses(data);
    }

    @Property(tries = 10_000)
    void randomBytesAfterTheMarker(@ForAll @Size(max = 300) byte[] tail, @ForAll @IntRange(max = 1) int lead) {
        byte[] d = new byte[lead + St2Parser.MARKER.length + tail.length];
        System.arraycopy(St2Parser.MARKER, 0, d, lead, St2Parser.MARKER.length);
        System.arraycopy(tail, 0, d, lead + St2Parser.MARKER.length, tail.length);
        assertThat(assertParses(d)).isInstanceOf(tail.length < 2 ? St2Result.Malformed.class : St2Result.Ok.class);
    }

    @Property(tries = 10_000)
    void truncatedVector(@ForAll @IntRange(max = 139) int keep) {
        St2Result r = assertParses(Arrays.copyOf(VECTOR, keep));
        assertThat(r).isInstanceOf(keep < 12 ? St2Result.Malformed.class : St2Result.Ok.class);
        if (keep >= 12 && keep < VECTOR.length) {
            assertThat(((St2Result.Ok) r).status().problems()).isNotEmpty();
        }
    }

    @Property(tries = 20_000)
    void bitFlippedVector(@ForAll("positions") List<Integer> bits) {
        byte[] d = VECTOR.clone();
        for (int bit : bits) {
            int i = Math.floorMod(bit, d.length * 8);
            d[i / 8] ^= (byte) (1 << (i % 8));
        }
        assertParses(d);
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().list().ofMinSize(1).ofMaxSize(12);
    }

    /** Parses and checks the result is whole: no nulls, every list present. */
    static St2Result assertParses(byte[] d) {
        St2Result r = St2Parser.parse(d);
        assertThat(r).isNotNull();
        if (r instanceof St2Result.Ok ok) {
            St2Status s = ok.status();
            assertThat(s.statusText()).isNotNull();
            assertThat(s.serial()).isNotNull();
            assertThat(s.errorTexts()).hasSameSizeAs(s.errorCodes());
            assertThat(s.warningTexts()).hasSameSizeAs(s.warningCodes());
            assertThat(s.paperPath()).isNotNull();
            assertThat(s.maintenanceBoxes()).allSatisfy(b -> assertThat(b.state()).isNotBlank());
            assertThat(s.records()).allSatisfy(rec -> assertThat(rec.offset()).isBetween(0, d.length - 1));
        } else {
            assertThat(((St2Result.Malformed) r).reason()).isNotBlank();
        }
        return r;
    }
}
