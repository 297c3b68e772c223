package org.openenpc.protocol;

import static org.assertj.core.api.Assertions.assertThat;

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
}
