package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

// Scopes are only built, validated and described here; nothing is ever sent.
class ScanScopeTest {

    private static final InterfaceSource FAKE = () -> List.of(
            new InterfaceInfo("eth0", "Ethernet", true, false, List.of(
                    new InterfaceAddress4(Ipv4.parseIPv4("192.0.2.10"), 24, null))), // parse only
            new InterfaceInfo("lo", "Loopback", true, true, List.of(
                    new InterfaceAddress4(Ipv4.parseIPv4("127.0.0.1"), 8, null))));

    private static List<String> dotted(List<InetAddress> addresses) {
        return addresses.stream().map(InetAddress::getHostAddress).toList();
    }

    @Test
    void defaultsAreInterfaceBroadcastsOnly() {
        ScanScope scope = ScanScope.defaults();
        assertThat(scope.includeInterfaceBroadcasts()).isTrue();
        assertThat(scope.broadcasts()).isEmpty();
        assertThat(scope.ranges()).isEmpty();
        assertThat(scope.port()).isEqualTo(3289);
        assertThat(scope.quietTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(scope.retries()).isEqualTo(3);
        assertThat(scope.rate()).isEqualTo(2000);
        assertThat(scope.allowLarge()).isFalse();
        assertThat(scope.unicastPlan().isEmpty()).isTrue();
        assertThat(scope.describe()).isEqualTo("interface broadcasts, port 3289");
        assertThat(dotted(scope.resolvedBroadcasts(FAKE))).containsExactly("192.0.2.255");
    }

    @Test
    void explicitTargetsTurnInterfaceBroadcastsOff() {
        ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255")
                .addRange("127.0.1.0/24").port(23_289).build();
        assertThat(scope.includeInterfaceBroadcasts()).isFalse();
        assertThat(scope.describe())
                .isEqualTo("broadcast 127.255.255.255 + 127.0.1.0/24 (254 addresses), port 23289");
        assertThat(dotted(scope.resolvedBroadcasts(FAKE))).containsExactly("127.255.255.255");
        assertThat(scope.unicastPlan().size()).isEqualTo(254);
        assertThat(scope.unicastPlan().port()).isEqualTo(23_289);
        assertThat(ScanScope.builder().addRange("127.0.0.1").build().includeInterfaceBroadcasts())
                .isFalse();
    }

    @Test
    void explicitSettingWinsOverTheDefault() {
        ScanScope scope = ScanScope.builder().addBroadcast("192.0.2.255, 127.255.255.255")
                .includeInterfaceBroadcasts(true).build();
        assertThat(dotted(scope.resolvedBroadcasts(FAKE)))
                .containsExactly("192.0.2.255", "127.255.255.255"); // duplicate listed once
        assertThat(scope.describe()).isEqualTo(
                "broadcast 192.0.2.255, 127.255.255.255 + interface broadcasts, port 3289");
    }

    @Test
    void describesSeveralRangesAndSingleAddresses() {
        assertThat(ScanScope.builder().addRange("198.51.100.0/24, 203.0.113.5").build().describe())
                .isEqualTo("198.51.100.0/24, 203.0.113.5 (255 addresses), port 3289");
        assertThat(ScanScope.builder().addRange("203.0.113.5").build().describe())
                .isEqualTo("203.0.113.5 (1 address), port 3289");
        assertThat(ScanScope.builder().addRange("127.1.0.0/16").build().describe())
                .isEqualTo("127.1.0.0/16 (65,534 addresses), port 3289");
    }

    @Test
    void refusesLargeScopesUnlessAllowed() {
        assertThatThrownBy(() -> ScanScope.builder().addRange("127.0.0.0-127.255.255.255").build())
                .isInstanceOf(ScopeException.class)
                .hasMessage("Scope of 16,777,216 addresses is over the limit of 65,536;"
                        + " narrow it or allow large scopes explicitly.");
        ScanScope large = ScanScope.builder().addRange("127.0.0.0/8").allowLarge(true).build();
        assertThat(large.unicastPlan().size()).isEqualTo(16_777_214);
        // The limit itself is fine, and overlapping specs count once.
        assertThat(ScanScope.builder().addRange("127.2.0.0-127.2.255.255, 127.2.0.0/16").build()
                .unicastPlan().size()).isEqualTo(65_536);
        assertThatThrownBy(() -> ScanScope.builder().addRange("127.2.0.0-127.3.0.0").build())
                .hasMessageStartingWith("Scope of 65,537 addresses");
    }

    @Test
    void validatesEachSettingNamingTheValue() {
        assertBad(ScanScope.builder().port(0), "Port 0 is out of range; use 1–65535.");
        assertBad(ScanScope.builder().port(65_536), "Port 65536 is out of range; use 1–65535.");
        assertBad(ScanScope.builder().retries(-1), "Retries -1 is out of range; use 0–20.");
        assertBad(ScanScope.builder().retries(21), "Retries 21 is out of range; use 0–20.");
        assertBad(ScanScope.builder().rate(0),
                "Rate 0 packets per second is out of range; use 1–1,000,000.");
        assertBad(ScanScope.builder().rate(1_000_001),
                "Rate 1000001 packets per second is out of range; use 1–1,000,000.");
        assertBad(ScanScope.builder().quietTimeout(Duration.ofMillis(49)),
                "Quiet timeout of 49 ms is out of range; use 50 ms–60 s.");
        assertBad(ScanScope.builder().quietTimeout(Duration.ofSeconds(61)),
                "Quiet timeout of 61000 ms is out of range; use 50 ms–60 s.");
        assertBad(ScanScope.builder().includeInterfaceBroadcasts(false),
                "Nothing to scan: add a broadcast address or a range, or include interface broadcasts.");
    }

    @Test
    void acceptsTheBoundaries() {
        ScanScope scope = ScanScope.builder().port(65_535).retries(20).rate(1_000_000)
                .quietTimeout(Duration.ofSeconds(60)).build();
        assertThat(scope.port()).isEqualTo(65_535);
        assertThat(ScanScope.builder().port(1).retries(0).rate(1)
                .quietTimeout(Duration.ofMillis(50)).build().retries()).isZero();
    }

    @Test
    void badTokensFailImmediatelyNamingTheToken() {
        assertThatThrownBy(() -> ScanScope.builder().addBroadcast("192.0.2.256"))
                .isInstanceOf(ScopeException.class).hasMessageContaining("\"192.0.2.256\"");
        assertThatThrownBy(() -> ScanScope.builder().addBroadcast("printer.example"))
                .hasMessageContaining("\"printer.example\"").hasMessageContaining("only numeric IPv4");
        assertThatThrownBy(() -> ScanScope.builder().addRange("192.0.2.0/33"))
                .hasMessage("Bad range \"192.0.2.0/33\": prefix length must be 0–32.");
        assertThatThrownBy(() -> ScanScope.builder().addBroadcast(InetAddress.getByName("::1")))
                .isInstanceOf(ScopeException.class).hasMessageContaining("only IPv4");
    }

    @Test
    void toBuilderCopiesEverything() {
        ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").addRange("192.0.2.1-9")
                .port(23_289).retries(1).rate(500).quietTimeout(Duration.ofMillis(800))
                .allowLarge(true).build();
        assertThat(scope.toBuilder().build()).isEqualTo(scope);
        assertThat(scope.toBuilder().port(3289).build().port()).isEqualTo(3289);
    }

    private static void assertBad(ScanScope.Builder builder, String sentence) {
        assertThatThrownBy(builder::build).isInstanceOf(ScopeException.class).hasMessage(sentence);
    }
}
