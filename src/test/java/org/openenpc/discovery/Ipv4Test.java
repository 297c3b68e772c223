package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// All literals here are only parsed and formatted; nothing is ever sent.
class Ipv4Test {

    @Test
    void parsesAndFormatsDottedQuads() {
        assertThat(Ipv4.parseIPv4("192.0.2.255")).isEqualTo(0xC00002FF);
        assertThat(Ipv4.parseIPv4("  127.0.0.1 ")).isEqualTo(0x7F000001);
        assertThat(Ipv4.parseIPv4("0.0.0.0")).isZero();
        assertThat(Ipv4.parseIPv4("255.255.255.255")).isEqualTo(-1);
        assertThat(Ipv4.toDotted(0xCB0071FE)).isEqualTo("203.0.113.254");
    }

    @Test
    void convertsToAndFromInetAddressWithoutLookup() throws Exception {
        InetAddress inet = Ipv4.toInet(0xC6336401); // expected 198.51.100.1, parse only
        assertThat(inet).isInstanceOf(Inet4Address.class);
        assertThat(inet.getHostAddress()).isEqualTo("198.51.100.1");
        assertThat(Ipv4.fromInet(inet)).isEqualTo(0xC6336401);
        assertThatThrownBy(() -> Ipv4.fromInet(InetAddress.getByName("::1")))
                .isInstanceOf(ScopeException.class).hasMessageContaining("only IPv4");
    }

    @Test
    void masksAndUnsignedValues() {
        assertThat(Ipv4.mask(0)).isZero();
        assertThat(Ipv4.mask(24)).isEqualTo(0xFFFFFF00);
        assertThat(Ipv4.mask(32)).isEqualTo(-1);
        assertThat(Ipv4.unsigned(-1)).isEqualTo(0xFFFF_FFFFL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "192.0.2.300      | Bad address \"192.0.2.300\": 300 is not an octet (0–255).",
        "192.0.2          | Bad address \"192.0.2\": 192.0.2 is not a full IPv4 address",
        "192.0.2.1.5      | 192.0.2.1.5 is not a full IPv4 address",
        "192.0..1         | a number is missing between dots",
        "192.0.2.010      | 010 has a leading zero",
        "192.0.2.1000     | 1000 is not an octet",
        "printer.example  | Bad address \"printer.example\": host names are not accepted, only numeric IPv4",
        "2001:db8::1      | Bad address \"2001:db8::1\": IPv6 is not supported",
        "192.0.2.*        | Bad address \"192.0.2.*\": unexpected character '*'.",
        "192.0.2.0/24     | unexpected character '/'",
    })
    void rejectsBadAddressesNamingTheToken(String token, String expectedMessage) {
        assertThatThrownBy(() -> Ipv4.parseIPv4(token))
                .isInstanceOf(ScopeException.class)
                .hasMessageContaining(expectedMessage)
                .hasMessageContaining("\"" + token + "\"");
    }

    @Test
    void rejectsEmptyAndNull() {
        assertThatThrownBy(() -> Ipv4.parseIPv4("  ")).isInstanceOf(ScopeException.class)
                .hasMessageStartingWith("Empty address");
        assertThatThrownBy(() -> Ipv4.parseIPv4(null)).isInstanceOf(ScopeException.class);
    }

    @Property
    void formatThenParseRoundTrips(@ForAll int address) {
        assertThat(Ipv4.parseIPv4(Ipv4.toDotted(address))).isEqualTo(address);
        assertThat(Ipv4.fromInet(Ipv4.toInet(address))).isEqualTo(address);
        assertThat(Ipv4.toInet(address).getHostAddress()).isEqualTo(Ipv4.toDotted(address));
    }
}
