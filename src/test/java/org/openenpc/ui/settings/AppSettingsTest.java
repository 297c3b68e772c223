package org.openenpc.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScopeException;
import org.openenpc.discovery.TargetSpec;

// Addresses are documentation (RFC 5737) and loopback literals: parsed only, never sent to.
class AppSettingsTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private static AppSettings custom() {
        return AppSettings.defaults()
                .withInterfaces(false, List.of("eth0"))
                .withBroadcasts(List.of("203.0.113.255"))
                .withRanges(List.of("127.0.1.0/24", "198.51.100.10-20"))
                .withPort(23289).withTimeoutMs(800).withRetries(1).withRate(500)
                .withTheme("dark").withWindow(new WindowState(10, 20, 900, 600, true))
                .withDivider(0.5).withColumns(List.of(new ColumnState("ip", 120, true),
                        new ColumnState("mac", 80, false)))
                .withFilter("TM-");
    }

    @Test
    void defaultsMatchTheEngine() {
        AppSettings d = AppSettings.defaults();
        assertThat(d.allInterfaces()).isTrue();
        assertThat(d.interfaces()).isEmpty();
        assertThat(d.port()).isEqualTo(3289);
        assertThat(d.timeoutMs()).isEqualTo(1500);
        assertThat(d.retries()).isEqualTo(3);
        assertThat(d.rate()).isEqualTo(2000);
        assertThat(d.theme()).isEqualTo("system");
        assertThat(d.window()).isEqualTo(new WindowState(-1, -1, 1200, 760, false));
        assertThat(d.divider()).isEqualTo(0.62);
        assertThat(d.columns()).isEmpty();
        assertThat(d.filter()).isEmpty();
    }

    @Test
    void jsonRoundTripKeepsEveryValue() throws Exception {
        AppSettings original = custom();
        String json = mapper.writeValueAsString(original);
        assertThat(mapper.readValue(json, AppSettings.class)).isEqualTo(original);
        assertThat(json).contains("\"ranges\":[\"127.0.1.0/24\",\"198.51.100.10-20\"]");
    }

    @Test
    void unknownPropertiesAreIgnored() throws Exception {
        String json = mapper.writeValueAsString(custom())
                .replaceFirst("\\{", "{\"futureOption\":{\"a\":[1,2]},\"x\":1,")
                .replace("\"maximized\"", "\"monitor\":\"HDMI-1\",\"maximized\"")
                .replace("\"visible\"", "\"sort\":\"asc\",\"visible\"");
        assertThat(mapper.readValue(json, AppSettings.class)).isEqualTo(custom());
    }

    @Test
    void nullsReadAsDefaults() throws Exception {
        AppSettings read = mapper.readValue("{\"port\":3289,\"timeoutMs\":1500,\"retries\":3,"
                + "\"rate\":2000,\"divider\":0.62,\"allInterfaces\":true,\"ranges\":null}",
                AppSettings.class);
        assertThat(read).isEqualTo(AppSettings.defaults());
    }

    @Test
    void outOfRangeNumbersUseTheEngineSentence() {
        assertThatThrownBy(() -> AppSettings.defaults().withPort(0))
                .isInstanceOf(ScopeException.class).hasMessage("Port 0 is out of range; use 1–65535.");
        assertThatThrownBy(() -> AppSettings.defaults().withRate(-5))
                .hasMessageContaining("Rate -5 packets per second is out of range");
        assertThatThrownBy(() -> AppSettings.defaults().withTheme("pink"))
                .hasMessageContaining("\"pink\"");
        assertThatThrownBy(() -> AppSettings.defaults().withDivider(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowState(0, 0, 0, 760, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allInterfacesLetsTheScopeResolveEveryBroadcast() {
        AppSettings settings = AppSettings.defaults().withRanges(List.of("127.0.1.0/24"));
        ScanScope scope = settings.toScope(FakeInterfaces.twoNics());
        assertThat(scope.includeInterfaceBroadcasts()).isTrue();
        assertThat(scope.ranges()).containsExactly(TargetSpec.parse("127.0.1.0/24"));
        assertThat(scope.resolvedBroadcasts(FakeInterfaces.twoNics()))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("192.0.2.255", "198.51.100.255");
        assertThat(scope.port()).isEqualTo(3289);
        assertThat(scope.quietTimeout().toMillis()).isEqualTo(1500);
    }

    @Test
    void selectedInterfacesOnlyUseTheirOwnBroadcast() {
        AppSettings settings = AppSettings.defaults()
                .withInterfaces(false, List.of("wlan0", "unplugged0"))
                .withBroadcasts(List.of("203.0.113.255")).withPort(23289).withRetries(0)
                .withRate(100).withTimeoutMs(200);
        ScanScope scope = settings.toScope(FakeInterfaces.twoNics());
        assertThat(scope.includeInterfaceBroadcasts()).isFalse();
        assertThat(scope.resolvedBroadcasts(FakeInterfaces.twoNics()))
                .extracting(InetAddress::getHostAddress)
                .containsExactlyInAnyOrder("198.51.100.255", "203.0.113.255");
        assertThat(scope.port()).isEqualTo(23289);
        assertThat(scope.retries()).isZero();
        assertThat(scope.rate()).isEqualTo(100);
        assertThat(scope.quietTimeout().toMillis()).isEqualTo(200);
    }

    @Test
    void badEntriesThrowTheEngineSentenceUnchanged() {
        String engine = catchMessage(() -> TargetSpec.parse("127.0.0.300/24"));
        AppSettings settings = AppSettings.defaults().withRanges(List.of("127.0.0.300/24"));
        assertThatThrownBy(() -> settings.toScope(FakeInterfaces.twoNics()))
                .isInstanceOf(ScopeException.class).hasMessage(engine);
        AppSettings nothing = AppSettings.defaults().withInterfaces(false, List.of("gone0"));
        assertThatThrownBy(() -> nothing.toScope(FakeInterfaces.twoNics()))
                .isInstanceOf(ScopeException.class).hasMessageStartingWith("Nothing to scan");
    }

    @Test
    void describesTheScopeInShortWords() {
        AppSettings eth0 = AppSettings.defaults().withInterfaces(false, List.of("eth0"))
                .withRanges(List.of("127.0.1.0/24"));
        assertThat(eth0.describeScope(FakeInterfaces.twoNics()))
                .isEqualTo("eth0 (192.0.2.255) with mDNS + 127.0.1.0/24 (254 addresses), port 3289");
        assertThat(AppSettings.defaults().describeScope(FakeInterfaces.twoNics()))
                .isEqualTo("eth0 (192.0.2.255), wlan0 (198.51.100.255) with mDNS, port 3289");
        assertThat(AppSettings.defaults().withBroadcasts(List.of("203.0.113.255"))
                .describeScope(java.util.List::of))
                .isEqualTo("no interfaces + broadcast 203.0.113.255, port 3289");
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (ScopeException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a ScopeException");
    }
}
