package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.Vectors;

/**
 * 120,000 seeded inputs (reproducible, unlike jqwik's random seeds): mutated captures and
 * well-formed-looking record streams with lying lengths. {@link St2Parser#parse} must return a whole
 * result for each without throwing, and the per-input checks of {@link St2ParserFuzzTest} must hold.
 */
class St2ParserMutationTest {

    private static final byte[] VECTOR = Vectors.load(St2ParserVectorTest.VECTOR);
    private static final int[] INTERESTING_TYPES = {0x01, 0x02, 0x04, 0x06, 0x0f, 0x37, 0x40, 0x36, 0xff};

    @Test
    void mutatedCaptures() {
        Random random = new Random(0x5732L);
        int ok = 0;
        for (int i = 0; i < 60_000; i++) {
            byte[] d = mutate(VECTOR, random);
            if (St2ParserFuzzTest.assertParses(d) instanceof St2Result.Ok) {
                ok++;
            }
        }
        // Most mutations leave the marker alone, so most inputs reach the record decoder.
        assertThat(ok).isGreaterThan(30_000);
    }

    @Test
    void recordStreamsWithLyingLengths() {
        Random random = new Random(0x0F37L);
        for (int i = 0; i < 60_000; i++) {
            St2Bytes b = new St2Bytes();
            int records = random.nextInt(8);
            for (int r = 0; r < records; r++) {
                int[] data = new int[random.nextInt(12)];
                for (int k = 0; k < data.length; k++) {
                    data[k] = random.nextInt(256);
                }
                b.record(INTERESTING_TYPES[random.nextInt(INTERESTING_TYPES.length)], data);
            }
            byte[] built = random.nextInt(4) == 0 ? b.build(random.nextInt(400)) : b.build();
            if (random.nextInt(6) == 0) {
                built = Arrays.copyOf(built, random.nextInt(built.length + 1));
            }
            St2ParserFuzzTest.assertParses(built);
        }
    }

    private static byte[] mutate(byte[] base, Random random) {
        byte[] d = base.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int k = random.nextInt(8) + 1; k > 0; k--) {
                    d[random.nextInt(d.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> d = Arrays.copyOf(d, random.nextInt(d.length + 40));
            case 2 -> {
                // Corrupt a length byte of a record: after the marker and count (offset 12 on).
                int at = 12 + random.nextInt(d.length - 12);
                d[at] = (byte) (random.nextBoolean() ? 0xFF : random.nextInt(256));
            }
            default -> {
                byte[] lead = new byte[d.length + 1 + random.nextInt(3)];
                System.arraycopy(d, 0, lead, lead.length - d.length, d.length);
                d = lead;
            }
        }
        return d;
    }
}
