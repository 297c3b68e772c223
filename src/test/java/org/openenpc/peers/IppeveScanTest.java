package org.openenpc.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.netns.PeerDaemons;
import org.openenpc.netns.PrivateNetwork;

/**
 * Our scan finds CUPS's ippeveprinter over mDNS (announced by avahi-daemon, in an isolated namespace) and reads its
 * state and supplies over IPP at the URI its announcement names.
 *
 * <p>ippeveprinter's default printer-supply is a waste toner tank ({@code class=receptacleThatIsFilled;
 * type=wasteToner;unit=percent;maxcapacity=100}) and black toner. For a receptacle RFC 3805's prtMarkerSuppliesLevel
 * (which PWG 5100.13 printer-supply carries) is the space remaining, and our mapping keeps it so: level 23 is a
 * WASTE supply at 23 (% space left), state "ok". (ippeveprinter's own /supplies form reads its waste level the other
 * way round: 100 raises marker-waste-full, above 90 marker-waste-almost-full; the assertion follows the spec.)
 */
class IppeveScanTest {

    @Test
    void ourScanFindsIppeveprinterAndReadsItsStateAndSupplies() throws Exception {
        PeerDaemons.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJavaIsolated(Duration.ofSeconds(60), IppeveScanChild.class);
        assertThat(r.exit()).as(r.toString()).isZero();
        int port = IppeveScanChild.PORT;
        // avahi resolves the announcement to lo's 127.0.0.1: inside 127.0.0.0/8, the scope of 127.255.255.255
        assertThat(r.out()).as(r.toString())
                .contains("BROWSED Peer Printer|openenpc-peers.local|127.0.0.1|" + port + "|rp=ipp/print")
                .containsPattern("IPPTOOL printer-supply .*type=wasteToner;.*level=" + IppeveScanChild.WASTE
                        + ";.*type=toner;.*level=" + IppeveScanChild.BLACK + ";")
                .containsPattern("SCAN ms \\d+ warnings \\[\\]");
        List<String> rows = r.out().lines().filter(l -> l.startsWith("ROW ")).toList();
        assertThat(rows).as(r.toString()).singleElement().asString()
                .startsWith("ROW 127.0.0.1 | IPP mDNS | model Example Model |")
                .contains("| state idle [] ipp://127.0.0.1:" + port + "/ipp/print |")
                .contains("| supplies [Toner Waste Tank/waste//" + IppeveScanChild.WASTE + "/ok/IPP,"
                        + " Black Toner/colorant/black/" + IppeveScanChild.BLACK + "/ok/IPP] |")
                .containsPattern("uuid [0-9a-f-]{36}$");
        assertThat(r.out()).as(r.toString())
                .contains("SERVICE 127.0.0.1 _ipp._tcp Peer Printer openenpc-peers.local. 127.0.0.1:" + port
                        + " rp=ipp/print");
    }
}
