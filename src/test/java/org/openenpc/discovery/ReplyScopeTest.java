package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReplyScopeTest {

    private static final InterfaceSource LAN = () -> List.of(new InterfaceInfo("eth0", "eth0", true, false,
            List.of(new InterfaceAddress4(Ipv4.parseIPv4("192.0.2.20"), 25, null))));

    private static int ip(String s) {
        return Ipv4.parseIPv4(s);
    }

    private static ReplyScope scope(List<String> ranges, List<String> broadcasts, InterfaceSource source) {
        ScanScope.Builder b = ScanScope.builder().includeInterfaceBroadcasts(false);
        ranges.forEach(b::addRange);
        broadcasts.forEach(b::addBroadcast);
        if (ranges.isEmpty() && broadcasts.isEmpty()) {
            b.includeInterfaceBroadcasts(true);
        }
        ScanScope s = b.build();
        return ReplyScope.of(s.unicastPlan(), s.resolvedBroadcasts(source), source);
    }

    @Test
    void aUnicastScopeTrustsItsTargetsOnly() {
        ReplyScope s = scope(List.of("127.0.53.1-30"), List.of(), List::of);
        assertThat(s.contains(ip("127.0.53.1"))).isTrue();
        assertThat(s.contains(ip("127.0.53.30"))).isTrue();
        assertThat(s.contains(ip("127.0.53.31"))).isFalse();
        assertThat(s.contains(ip("127.0.53.77"))).isFalse();
        assertThat(s.contains(ip("192.0.2.7"))).isFalse();
    }

    @Test
    void theLoopbackBroadcastTrustsLoopbackOnly() {
        ReplyScope s = scope(List.of(), List.of("127.255.255.255"), List::of);
        assertThat(s.contains(ip("127.0.1.5"))).isTrue();
        assertThat(s.contains(ip("127.200.0.1"))).isTrue();
        assertThat(s.contains(ip("128.0.0.1"))).isFalse();
        assertThat(s.contains(ip("10.0.0.1"))).isFalse();
        assertThat(s.onBroadcastSubnet(ip("127.0.1.5"))).isTrue();
    }

    @Test
    void aDirectedBroadcastOfAnInterfaceTrustsThatInterfacesSubnet() {
        ReplyScope s = scope(List.of(), List.of("192.0.2.127"), LAN);
        assertThat(s.contains(ip("192.0.2.1"))).isTrue();
        assertThat(s.contains(ip("192.0.2.126"))).isTrue();
        assertThat(s.contains(ip("192.0.2.0"))).isFalse();
        assertThat(s.contains(ip("192.0.2.128"))).isFalse();
        assertThat(s.contains(ip("192.0.3.1"))).isFalse();
    }

    @Test
    void aBroadcastOfNoLocalSubnetTrustsTheWidestSubnetItIsTheBroadcastOfButNoWiderThanASlash8() {
        ReplyScope s = scope(List.of(), List.of("198.51.100.255"), LAN);
        assertThat(s.contains(ip("198.51.100.9"))).isTrue();
        assertThat(s.contains(ip("198.51.101.9"))).isFalse();
        ReplyScope wide = scope(List.of(), List.of("10.255.255.255"), LAN);
        assertThat(wide.contains(ip("10.1.2.3"))).isTrue();
        assertThat(wide.contains(ip("11.0.0.1"))).isFalse();
    }

    @Test
    void theLimitedBroadcastTrustsTheInterfacesSubnets() {
        ReplyScope s = scope(List.of(), List.of("255.255.255.255"), LAN);
        assertThat(s.contains(ip("192.0.2.100"))).isTrue();
        assertThat(s.contains(ip("192.0.2.200"))).isFalse();
        assertThat(s.contains(ip("127.0.0.1"))).isFalse();
        assertThat(s.contains(ip("8.8.8.8"))).isFalse();
    }

    @Test
    void interfaceBroadcastsTrustTheirSubnets() {
        ReplyScope s = scope(List.of(), List.of(), LAN);
        assertThat(s.contains(ip("192.0.2.5"))).isTrue();
        assertThat(s.contains(ip("192.0.2.130"))).isFalse();
    }

    @Test
    void aUnicastGivenAsBroadcastTrustsThatHost() {
        ReplyScope s = scope(List.of(), List.of("127.0.0.3"), List::of);
        assertThat(s.contains(ip("127.0.0.3"))).isTrue();
    }
}
