package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.netns.PrivateNetwork;

/**
 * mDNS for real, always inside a private network namespace (PrivateNetwork): simulated printers advertise, the
 * browser finds and loses them, hostile announcements stay bounded, and JmDNS lets the JVM go.
 */
class MdnsNamespaceTest {

    @Test
    void fiveSimulatedPrintersAreFoundWithTheirTxtAndAWithdrawnOneIsRemoved() throws Exception {
        PrivateNetwork.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJava(Duration.ofSeconds(40), MdnsRoundTrip.class);
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> ipp = r.out().lines().filter(l -> l.startsWith("FOUND _ipp._tcp")).toList();
        assertThat(ipp).as(r.toString()).hasSize(3); // ET-2850, laser, inkjet; the two TMs answer no IPP
        assertThat(ipp).contains("FOUND _ipp._tcp | EPSON ET-2850 Series (127-0-1-1) | sim-127-0-1-1.local. | "
                + "127.0.1.1:8631 | ty=EPSON ET-2850 Series | rp=ipp/print | uuid="
                + IppPrinterAttributes.uuid(new SimulatedPrinter(PrinterSpec.of("127.0.1.1", PrinterProfile.ET_2850), 0,
                        false)).toString().substring(9)
                + " | adminurl=http://127.0.1.1:8631/ | note=true | via=127.0.0.1");
        for (int i : new int[] {1, 3, 4}) {
            String a = "127.0.1." + i;
            assertThat(ipp).anyMatch(l -> l.contains("| " + a + ":" + (8630 + Integer.parseInt(a.substring(8))) + " |")
                    && l.contains("adminurl=http://" + a + ":") && l.contains("rp=ipp/print"));
        }
        assertThat(r.out()).contains("FOUND _pdl-datastream._tcp | EPSON TM-m30 (127-0-1-2) | sim-127-0-1-2.local. | "
                + "127.0.1.2:9100");
        assertThat(r.out()).contains("EVENT removed _ipp._tcp 127.0.1.3").contains("THREADS LEFT []");
    }

    @Test
    void hostileAnnouncementsAreBounded() throws Exception {
        PrivateNetwork.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJava(Duration.ofSeconds(40), MdnsHostile.class);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("REFUSED 0.0.0.0: refusing the wildcard address");
        assertThat(r.out()).as(r.toString()).contains("HUGE keys=64 hex=63 ty=first maxValue=6 lower=true")
                .contains("CONTROL exact=" + MdnsHostile.NAMED).contains("CAPPED services=16 dropped=");
    }

    @Test
    void aBrowserClosesWithinItsBoundAndTheJvmThenExitsByItself() throws Exception {
        PrivateNetwork.assumeAvailable();
        long t0 = System.nanoTime();
        PrivateNetwork.Result r = PrivateNetwork.runJava(Duration.ofSeconds(20), MdnsOpenClose.class);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exit()).as("killed (-1) means a thread kept the JVM alive: " + r).isZero();
        assertThat(ms).as(r.toString()).isLessThan(10_000);
        assertThat(r.out()).containsPattern("CLOSE ms=(\\d{1,3}|1\\d{3}|2[0-5]\\d{2}) ");
    }
}
