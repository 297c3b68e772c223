package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.netns.PrivateNetwork;

/**
 * A scan with DNS-SD and IPP against simulated printers that announce themselves, in a private network namespace
 * (the only place a test multicasts): each physical printer is one row however many protocols it answers, IPP-only
 * printers come with their supplies and state, and JmDNS is closed within its bound with no thread left.
 */
class MdnsScanTest {

    @Test
    void announcedPrintersAreListedOncePerPrinterWithSuppliesAndJmdnsEndsInTime() throws Exception {
        PrivateNetwork.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJava(Duration.ofSeconds(60), MdnsScanChild.class);
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> rows = r.out().lines().filter(l -> l.startsWith("ROW ")).toList();
        assertThat(rows).as(r.toString()).hasSize(4);
        assertThat(rows).filteredOn(l -> l.startsWith("ROW 127.0.2.1 ")).singleElement().asString()
                .contains("| ENPC SNMP IPP mDNS | ET-2850 Series |", "| services 2 |")
                .containsPattern("supplies \\[black \\d+ \\S+, cyan \\d+ \\S+, magenta \\d+ \\S+, yellow \\d+ \\S+,"
                        + " waste \\d+ \\S+\\]");
        assertThat(rows).filteredOn(l -> l.startsWith("ROW 127.0.2.2 ")).singleElement().asString()
                .contains("| IPP mDNS | Kyocera ECOSYS P3145dn |", "conditions [paper-jam]")
                .containsPattern("supplies \\[black \\d+ IPP, waste \\d+ IPP\\]")
                .containsPattern("uuid [0-9a-f-]{36}");
        assertThat(rows).filteredOn(l -> l.startsWith("ROW 127.0.2.3 ")).singleElement().asString()
                .contains("| IPP mDNS |");
        assertThat(rows).filteredOn(l -> l.startsWith("ROW 127.0.2.4 ")).singleElement().asString()
                .contains("| ENPC SNMP mDNS |", "| services 2 |"); // a TM announces its raw port; it has no IPP
        assertThat(r.out()).contains("MDNS CLOSED true").contains("THREADS LEFT []");
    }
}
