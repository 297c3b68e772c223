package org.openenpc.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openenpc.netns.PeerDaemons;
import org.openenpc.netns.PrivateNetwork;

/**
 * Someone else's clients see our simulator, in an isolated namespace: avahi-browse (through avahi-daemon) resolves
 * the three printers our {@link org.openenpc.sim.MdnsAdvertiser} announces, each at its own address and IPP port
 * with its TXT, ippfind lists their URIs, and ipptool's get-printer-attributes.test passes against one of them.
 *
 * <p>Found failing when first written, fixed in the simulator: every packet the advertiser sent came from 0.0.0.0
 * (avahi dropped them all), instance names with dots went out as several labels, and ipptool missed
 * media-col-default.
 */
class SimSeenByPeersTest {

    /** Expected make and model per address (IppProfile's). */
    static final Map<String, String> TY = Map.of("127.0.3.1", "EPSON ET-2850 Series", "127.0.3.2",
            "Kyocera ECOSYS P3145dn", "127.0.3.3", "Canon GX7000 series");

    @Test
    void avahiBrowseAndIppfindListTheSimulatedPrintersAndIpptoolPassesGetPrinterAttributes() throws Exception {
        PeerDaemons.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJavaIsolated(Duration.ofSeconds(60), SimSeenByPeersChild.class);
        assertThat(r.exit()).as(r.toString()).isZero();
        Matcher m = Pattern.compile("PORT 127\\.0\\.3\\.1 (\\d+)").matcher(r.out());
        assertThat(m.find()).as(r.toString()).isTrue();
        String port = m.group(1); // one IPP port, each printer on its own address
        List<String> browsed = r.out().lines().filter(l -> l.startsWith("BROWSED ")).toList();
        assertThat(browsed).as(r.toString()).hasSize(3);
        TY.forEach((ip, ty) -> {
            String host = "sim-" + ip.replace('.', '-');
            assertThat(browsed).as(r.toString()).filteredOn(l -> l.contains("|" + ip + "|")).singleElement()
                    .asString().matches(Pattern.quote("BROWSED " + ty + " (" + ip.replace('.', '-') + ")|" + host
                            + ".local|" + ip + "|" + port + "|rp=ipp/print|ty=" + ty + "|UUID=")
                            + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(r.out()).as(r.toString()).contains("IPPFIND ipp://" + host + ".local:" + port + "/ipp/print");
        });
        assertThat(r.out()).as(r.toString()).contains("IPPFIND exit 0", "IPPTOOL exit 0")
                .containsPattern("IPPTOOL +Get printer attributes using get-printer-attributes +\\[PASS\\]")
                .doesNotContain("[FAIL]");
    }
}
