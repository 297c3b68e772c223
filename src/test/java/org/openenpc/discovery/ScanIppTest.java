package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.ipp.IppSettings;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/** Which URIs of a printer a scan reads over IPP, against the simulator's IPP on loopback. */
class ScanIppTest {

    private static void settle(ScanIpp ipp, DeviceRegistry registry, List<String> results) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!ipp.settled() && System.nanoTime() < end) {
            while (ipp.sendOne()) {
                // each read starts at once here: no rate limiter in this test
            }
            Thread.sleep(20);
            ipp.drain(registry, c -> { }, (ip, r) -> results.add(r.getClass().getSimpleName()));
        }
    }

    @Test
    void aPrinterWhoseIppsAnnouncementCameFirstIsStillReadOverIppAndOnlyOnce() throws Exception {
        try (Simulator sim = Simulator.start(SimulatorConfig.builder()
                .printers(List.of(PrinterSpec.of("127.0.97.50", PrinterProfile.IPP_LASER))).port(0).ippPort(0).build())) {
            ScanScope scope = ScanScope.builder().addRange("127.0.97.50").ipp(IppSettings.defaults()).build();
            DeviceRegistry registry = new DeviceRegistry();
            List<String> results = new ArrayList<>();
            try (ScanIpp ipp = ScanIpp.open(scope, () -> { })) {
                int ip = Ipv4.parseIPv4("127.0.97.50");
                String where = "127.0.97.50:" + sim.ippPort() + "/ipp/print";
                ipp.read(ip, URI.create("ipps://" + where)); // the simulator speaks no TLS: this one fails
                ipp.read(ip, URI.create("ipp://" + where));
                ipp.read(ip, URI.create("ipp://" + where)); // announced twice: asked once
                settle(ipp, registry, results);
                // both were asked (the ipps one fails or times out against plain HTTP); the ipp one's answer is kept
                assertThat(results).hasSize(2).containsOnlyOnce("Answered");
                assertThat(registry.deviceAt("127.0.97.50").ipp()).isNotNull();
                ipp.read(ip, URI.create("ipp://127.0.97.50:" + sim.ippPort() + "/other")); // it has answered: not asked
                settle(ipp, registry, results);
                assertThat(results).hasSize(2);
                assertThat(ipp.sent()).isEqualTo(2);
            }
        }
    }
}
