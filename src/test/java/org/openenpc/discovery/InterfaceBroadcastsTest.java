package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

// Fake interfaces only: every address below is parsed and compared, never sent to.
class InterfaceBroadcastsTest {

    private static InterfaceAddress4 addr(String cidr, String reportedBroadcastOrNull) {
        TargetSpec.Cidr parsed = (TargetSpec.Cidr) TargetSpec.parse(cidr); // parse only
        int host = Ipv4.parseIPv4(cidr.substring(0, cidr.indexOf('/'))); // parse only
        Integer brd = reportedBroadcastOrNull == null ? null : Ipv4.parseIPv4(reportedBroadcastOrNull);
        return new InterfaceAddress4(host, parsed.prefixLength(), brd);
    }

    private static InterfaceInfo nic(String name, boolean up, boolean loopback,
            InterfaceAddress4... addresses) {
        return new InterfaceInfo(name, name + " adapter", up, loopback, List.of(addresses));
    }

    private static List<String> describe(InterfaceSource source) {
        List<String> out = new ArrayList<>();
        InterfaceBroadcasts.compute(source).forEach(b -> out.add(b.toString()));
        return out;
    }

    @Test
    void computesDirectedBroadcastsAndSkipsUnusableInterfaces() {
        InterfaceSource fake = () -> List.of(
                nic("eth0", true, false, addr("198.51.100.20/24", null)), // parse only, expected .255
                nic("eth1", true, false, addr("172.16.5.9/16", null)),   // parse only, expected /16 brd
                nic("ptp0", true, false, addr("192.0.2.6/31", null)),    // /31: no broadcast
                nic("tun0", true, false, addr("192.0.2.9/32", null)),    // /32: no broadcast
                nic("eth2", false, false, addr("198.51.100.7/24", null)), // down
                nic("lo", true, true, addr("127.0.0.1/8", null)));       // loopback
        assertThat(describe(fake)).containsExactly(
                "eth0 198.51.100.20/24 -> 198.51.100.255",
                "eth1 172.16.5.9/16 -> 172.16.255.255");
    }

    @Test
    void prefersTheBroadcastTheSystemReports() {
        InterfaceSource fake = () -> List.of(
                nic("eth0", true, false, addr("203.0.113.10/24", "203.0.113.127"))); // expected
        List<InterfaceBroadcast> found = InterfaceBroadcasts.compute(fake);
        assertThat(found).singleElement().satisfies(b -> {
            assertThat(Ipv4.toDotted(b.broadcast())).isEqualTo("203.0.113.127");
            assertThat(b.interfaceName()).isEqualTo("eth0");
            assertThat(b.displayName()).isEqualTo("eth0 adapter");
            assertThat(b.prefixLength()).isEqualTo(24);
            assertThat(Ipv4.toDotted(b.address())).isEqualTo("203.0.113.10");
        });
    }

    @Test
    void reportsEveryAddressOfAMultiHomedInterfaceOnce() {
        InterfaceSource fake = () -> List.of(
                nic("eth0", true, false, addr("192.0.2.10/24", null), addr("198.51.100.10/25", null)),
                nic("eth0:1", true, false, addr("198.51.100.10/25", null))); // alias repeats it
        assertThat(describe(fake)).containsExactly(
                "eth0 192.0.2.10/24 -> 192.0.2.255",
                "eth0 198.51.100.10/25 -> 198.51.100.127");
    }

    @Test
    void skipsMalformedEntries() {
        InterfaceSource fake = () -> List.of(nic("odd0", true, false,
                new InterfaceAddress4(0, 24, null),                              // 0.0.0.0
                new InterfaceAddress4(Ipv4.parseIPv4("192.0.2.1"), 128, null),  // bogus prefix
                new InterfaceAddress4(Ipv4.parseIPv4("192.0.2.1"), -1, null)));
        assertThat(InterfaceBroadcasts.compute(fake)).isEmpty();
        assertThat(InterfaceBroadcasts.compute(List::of)).isEmpty();
    }

    /** Reads (never sends) the real interfaces: whatever exists must be well-formed. */
    @Test
    void systemSourceReadsRealInterfacesWithoutFailing() {
        List<InterfaceInfo> real = InterfaceSource.system().interfaces();
        assertThat(real).allSatisfy(info -> assertThat(info.name()).isNotBlank());
        assertThat(InterfaceBroadcasts.compute(InterfaceSource.system()))
                .allSatisfy(b -> assertThat(b.prefixLength()).isBetween(0, 30));
    }
}
