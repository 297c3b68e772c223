package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// All literals here are only parsed; nothing is ever sent.
class TargetSpecTest {

    @Test
    void parsesSingleAddress() {
        TargetSpec spec = TargetSpec.parse(" 192.0.2.7 ");
        assertThat(spec).isEqualTo(new TargetSpec.Single(0xC0000207));
        assertThat(spec.size()).isEqualTo(1);
        assertThat(spec).hasToString("192.0.2.7");
    }

    @Test
    void parsesCidrSkippingNetworkAndBroadcast() {
        TargetSpec spec = TargetSpec.parse("198.51.100.0/24");
        assertThat(spec.size()).isEqualTo(254);
        assertThat(Ipv4.toDotted(spec.first())).isEqualTo("198.51.100.1");
        assertThat(Ipv4.toDotted(spec.last())).isEqualTo("198.51.100.254");
        assertThat(spec).hasToString("198.51.100.0/24");
    }

    @Test
    void cidrMasksHostBits() {
        TargetSpec spec = TargetSpec.parse("203.0.113.77/28");
        assertThat(spec).isEqualTo(TargetSpec.parse("203.0.113.64/28")).hasToString("203.0.113.64/28");
        assertThat(((TargetSpec.Cidr) spec).broadcast()).isEqualTo(Ipv4.parseIPv4("203.0.113.79"));
        assertThat(spec.size()).isEqualTo(14);
    }

    @Test
    void slash31And32IncludeEveryAddress() {
        TargetSpec p2p = TargetSpec.parse("192.0.2.6/31");
        assertThat(p2p.size()).isEqualTo(2);
        assertThat(Ipv4.toDotted(p2p.first())).isEqualTo("192.0.2.6");
        assertThat(Ipv4.toDotted(p2p.last())).isEqualTo("192.0.2.7");
        TargetSpec host = TargetSpec.parse("192.0.2.9/32");
        assertThat(host.size()).isEqualTo(1);
        assertThat(host.first()).isEqualTo(host.last()).isEqualTo(Ipv4.parseIPv4("192.0.2.9"));
        assertThat(TargetSpec.parse("192.0.2.4/30").size()).isEqualTo(2);
    }

    @Test
    void slashZeroCoversEverythingButTwoAddresses() {
        TargetSpec all = TargetSpec.parse("0.0.0.0/0"); // parse only
        assertThat(all.size()).isEqualTo((1L << 32) - 2);
        assertThat(all.first()).isEqualTo(1);
        assertThat(all.last()).isEqualTo(0xFFFF_FFFE);
    }

    @Test
    void parsesFullAndShortRanges() {
        TargetSpec full = TargetSpec.parse("192.0.2.10-192.0.2.20");
        assertThat(full.size()).isEqualTo(11);
        assertThat(full).hasToString("192.0.2.10-192.0.2.20");
        TargetSpec shortForm = TargetSpec.parse("192.0.2.10-20");
        assertThat(shortForm).isEqualTo(full);
        assertThat(TargetSpec.parse("192.0.2.0 - 192.0.2.255").size()).isEqualTo(256);
        assertThat(TargetSpec.parse("192.0.2.5-5").size()).isEqualTo(1);
        assertThat(TargetSpec.parse("198.51.100.250-198.51.101.3").size()).isEqualTo(10);
    }

    @Test
    void rangeAcrossTheSignBitIsOrderedUnsigned() {
        TargetSpec spec = TargetSpec.parse("127.255.255.254-128.0.0.1"); // parse only
        assertThat(spec.size()).isEqualTo(4);
        assertThat(spec.contains(Ipv4.parseIPv4("128.0.0.0"))).isTrue();
        assertThat(spec.contains(Ipv4.parseIPv4("128.0.0.2"))).isFalse();
    }

    @Test
    void parsesCommaLists() {
        assertThat(TargetSpec.parseList("192.0.2.1, 198.51.100.0/30 ,203.0.113.1-3"))
                .extracting(TargetSpec::toString)
                .containsExactly("192.0.2.1", "198.51.100.0/30", "203.0.113.1-203.0.113.3");
        assertThat(TargetSpec.parseList("127.0.0.1")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "203.0.113.300/24        | Bad range \"203.0.113.300/24\": 300 is not an octet (0–255).",
        "203.0.113.0/33          | Bad range \"203.0.113.0/33\": prefix length must be 0–32.",
        "203.0.113.9-203.0.113.1    | Range \"203.0.113.9-203.0.113.1\" runs backwards.",
        "192.0.2.9-3          | Range \"192.0.2.9-3\" runs backwards.",
        "192.0.2.1-300        | Bad range \"192.0.2.1-300\": 300 is not an octet (0–255).",
        "printer.example      | Bad target \"printer.example\": host names are not accepted, only numeric IPv4",
        "my-printer           | host names are not accepted",
        "2001:db8::/32        | Bad target \"2001:db8::/32\": IPv6 is not supported",
        "::ffff:192.0.2.1     | IPv6 is not supported",
        "192.0.2.*            | Bad target \"192.0.2.*\": unexpected character '*'.",
        "192.0.2.1;           | unexpected character ';'",
        "192.0.2.0/2x         | unexpected character 'x'",
        "192.0.2.1 192.0.2.2  | unexpected space; separate entries with commas",
        "192.0.2.0/24-30      | not both",
        "192.0.2.0/24/8       | more than one '/'",
        "192.0.2.1-5-9        | more than one '-'",
        "192.0.2.0/           | prefix length is missing",
        "/24                  | the address before '/' is missing",
        "192.0.2.1-           | a range needs a start and an end",
        "192.0.2/24           | 192.0.2 is not a full IPv4 address",
        "192.0.2.1-198.51     | 198.51 is not a full IPv4 address",
        "192.0.2.0/100        | prefix length must be 0–32",
        "192.0.2.08           | 08 has a leading zero",
    })
    void rejectsBadTokensNamingThem(String token, String expectedMessage) {
        assertThatThrownBy(() -> TargetSpec.parse(token))
                .isInstanceOf(ScopeException.class)
                .hasMessageContaining(expectedMessage)
                .hasMessageContaining("\"" + token + "\"");
    }

    @Test
    void rejectsEmptyTokensAndEntries() {
        assertThatThrownBy(() -> TargetSpec.parse("   ")).isInstanceOf(ScopeException.class)
                .hasMessageStartingWith("Empty target: expected an IPv4 address");
        assertThatThrownBy(() -> TargetSpec.parseList("")).isInstanceOf(ScopeException.class)
                .hasMessageStartingWith("Empty target");
        assertThatThrownBy(() -> TargetSpec.parseList("192.0.2.1,,192.0.2.2"))
                .isInstanceOf(ScopeException.class)
                .hasMessage("Bad target list \"192.0.2.1,,192.0.2.2\": entry 2 is empty.");
        assertThatThrownBy(() -> TargetSpec.parseList("192.0.2.1, 192.0.2.300"))
                .hasMessageContaining("\"192.0.2.300\"");
    }

    @Test
    void recordConstructorsValidateToo() {
        assertThatThrownBy(() -> new TargetSpec.Cidr(0, 33)).isInstanceOf(ScopeException.class)
                .hasMessageContaining("prefix length must be 0–32");
        assertThatThrownBy(() -> new TargetSpec.Range(5, 1)).isInstanceOf(ScopeException.class)
                .hasMessageContaining("runs backwards");
    }

    @Property
    void canonicalFormRoundTrips(@ForAll int address, @ForAll @IntRange(max = 32) int prefix,
            @ForAll int other) {
        TargetSpec cidr = new TargetSpec.Cidr(address, prefix);
        assertThat(TargetSpec.parse(cidr.toString())).isEqualTo(cidr);
        TargetSpec single = new TargetSpec.Single(address);
        assertThat(TargetSpec.parse(single.toString())).isEqualTo(single);
        boolean ordered = Integer.compareUnsigned(address, other) <= 0;
        TargetSpec range = ordered ? new TargetSpec.Range(address, other)
                : new TargetSpec.Range(other, address);
        assertThat(TargetSpec.parse(range.toString())).isEqualTo(range);
    }

    @Property
    void cidrSizeMatchesPrefix(@ForAll int address, @ForAll @IntRange(max = 32) int prefix) {
        long blockSize = 1L << (32 - prefix);
        long expected = prefix <= 30 ? blockSize - 2 : blockSize;
        TargetSpec.Cidr cidr = new TargetSpec.Cidr(address, prefix);
        assertThat(cidr.size()).isEqualTo(expected);
        assertThat(cidr.contains(address)).isEqualTo(
                prefix > 30 || (address != cidr.network() && address != cidr.broadcast()));
    }
}
