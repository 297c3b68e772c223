package org.openenpc.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class HexTest {

    @Test
    void formatsLowerCasePairsSeparatedBySpaces() {
        assertThat(Hex.of(new byte[] {0x45, 0x50, (byte) 0xff, 0x00})).isEqualTo("45 50 ff 00");
        assertThat(Hex.of(new byte[0])).isEmpty();
        assertThat(Hex.of(new byte[] {1, 2, 3, 4}, 1, 2)).isEqualTo("02 03");
        assertThat(Hex.word(0x10)).isEqualTo("0010");
        assertThat(Hex.word(0x1ABCD)).isEqualTo("ABCD");
        assertThat(Hex.octet(0x3)).isEqualTo("03");
        assertThat(Hex.octet(0x1FE)).isEqualTo("FE");
    }

    @Test
    void matchesIsTrueExactlyForWhatOfMakes() {
        Random r = new Random(42);
        for (int n = 0; n < 2000; n++) {
            byte[] b = new byte[r.nextInt(40)];
            r.nextBytes(b);
            String hex = Hex.of(b, 0, b.length);
            assertThat(Hex.matches(hex, b, 0, b.length)).isTrue();
            if (b.length > 0) {
                byte[] other = b.clone();
                int i = r.nextInt(b.length);
                other[i] ^= (byte) (1 << r.nextInt(8));
                assertThat(Hex.matches(hex, other, 0, other.length)).isFalse();
                assertThat(Hex.matches(hex, b, 0, b.length - 1)).isFalse();
                assertThat(Hex.matches(hex.toUpperCase(), b, 0, b.length))
                        .isEqualTo(hex.equals(hex.toUpperCase()));
            }
        }
        assertThat(Hex.matches("", new byte[0], 0, 0)).isTrue();
        assertThat(Hex.matches("01", new byte[0], 0, 0)).isFalse();
    }
}
