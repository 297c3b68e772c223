package org.openenpc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

    @Test
    void formatsLowerCaseColonSeparatedWithLeadingZeros() {
        assertThat(new MacAddress(0x00_1B_0A_FF_0E_01L)).hasToString("00:1b:0a:ff:0e:01");
        assertThat(new MacAddress(0)).hasToString("00:00:00:00:00:00");
        assertThat(new MacAddress(0xFFFF_FFFF_FFFFL)).hasToString("ff:ff:ff:ff:ff:ff");
    }

    @Test
    void parsesColonsDashesAnyCaseAndSurroundingSpace() {
        MacAddress expected = new MacAddress(0x001B0AFF0E01L);
        assertThat(MacAddress.parse("00:1b:0a:ff:0e:01")).isEqualTo(expected);
        assertThat(MacAddress.parse("00-1B-0A-FF-0E-01")).isEqualTo(expected);
        assertThat(MacAddress.parse(" 00:1B:0a:Ff:0E:01\n")).isEqualTo(expected);
    }

    @Test
    void parseAndToStringRoundTrip() {
        for (long v : new long[] {0, 1, 0x123456789ABCL, 0xFFFF_FFFF_FFFFL, 0x8000_0000_0000L}) {
            MacAddress m = new MacAddress(v);
            assertThat(MacAddress.parse(m.toString())).isEqualTo(m);
        }
    }

    @Test
    void readsAndWritesSixBytes() {
        byte[] buf = {9, 0x00, 0x1B, 0x0A, (byte) 0xFF, 0x0E, 0x01, 9};
        MacAddress m = MacAddress.of(buf, 1);
        assertThat(m).hasToString("00:1b:0a:ff:0e:01");
        assertThat(m.toBytes()).containsExactly(0x00, 0x1B, 0x0A, 0xFF, 0x0E, 0x01);
    }

    @Test
    void rejectsMoreThan48Bits() {
        assertThatThrownBy(() -> new MacAddress(1L << 48)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MacAddress(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00:1b:0a:ff:0e", "00:1b:0a:ff:0e:01:02", "001b0aff0e01", "0:1b:0a:ff:0e:01",
            "000:1b:0a:ff:0e:01", "00:1b:0a:ff:0e:0g", "00:1b:0a:ff:0e:+1", "00:1b:0a:ff:0e:-1",
            "00:1b:0a:ff:0e:01:", "00:1b-0a:ff:0e:01", ":00:1b:0a:ff:0e:01", "00::1b:0a:ff:0e", "00 1b 0a ff 0e 01"})
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> MacAddress.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a MAC address");
    }

    @Test
    void ordersNumerically() {
        assertThat(MacAddress.parse("00:00:00:00:00:02")).isLessThan(MacAddress.parse("00:00:00:00:01:00"));
        assertThat(MacAddress.parse("7f:ff:ff:ff:ff:ff")).isLessThan(MacAddress.parse("80:00:00:00:00:00"));
    }
}
