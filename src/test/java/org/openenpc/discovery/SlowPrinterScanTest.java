package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.openenpc.model.Printer;
import org.openenpc.sim.Faults;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * The adaptive end of a scan ({@link ScanEnd}) must not lose slow printers: one on Wi-Fi answering 700 ms late
 * beside wired ones answering at once (the demo's), and a network where every printer answers 800–1,200 ms late
 * ({@code simulate --delay 800 --jitter 400}). Real UDP on loopback.
 */
class SlowPrinterScanTest {

    private static final Scanner SCANNER = new Scanner(List::of);

    @RepeatedTest(3)
    void aPrinterAnsweringSevenHundredMillisecondsLateBesideFastOnesIsFound() throws Exception {
        List<PrinterSpec> specs = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            specs.add(PrinterSpec.of("127.0.43." + i, PrinterProfile.TM_M30));
        }
        specs.add(PrinterSpec.of("127.0.43.99", PrinterProfile.TM_M30).withExtraDelay(Duration.ofMillis(700)));
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(specs).port(0).build())) {
            ScanSummary s = broadcastScan(sim);
            assertThat(s.printers()).extracting(Printer::ip).contains("127.0.43.99").hasSize(31);
            Printer slow = s.printers().stream().filter(p -> p.ip().equals("127.0.43.99")).findFirst().orElseThrow();
            assertThat(slow.mac()).isNotNull();
            assertThat(slow.model()).isEqualTo("TM-m30");
            assertThat(s.deadlineReached()).isFalse();
        }
    }

    @Test
    void aNetworkWhereEveryPrinterIsSlowKeepsTheWholeTimeoutAndFindsThemAllWithTheirDetails() throws Exception {
        SimulatorConfig cfg = SimulatorConfig.builder().count(12).base("127.0.44.1").port(0).seed(11)
                .faults(Faults.builder().delay(Duration.ofMillis(800)).jitter(Duration.ofMillis(400)).build()).build();
        try (Simulator sim = Simulator.start(cfg)) {
            ScanSummary s = broadcastScan(sim);
            assertThat(s.printers()).hasSize(12).allSatisfy(p -> {
                assertThat(p.mac()).isNotNull();
                assertThat(p.model()).isNotEmpty();
                assertThat(p.ipSettings()).isNotNull();
            });
        }
    }

    @Test
    void aSweepOverPrintersThatAreAllSlowFindsThemAll() throws Exception {
        SimulatorConfig cfg = SimulatorConfig.builder().count(6).base("127.0.45.249").port(0).seed(5)
                .faults(Faults.builder().delay(Duration.ofMillis(800)).jitter(Duration.ofMillis(400)).build()).build();
        try (Simulator sim = Simulator.start(cfg)) {
            // The last addresses of the range: nothing answers before the pass is over.
            ScanSummary s = SCANNER.start(ScanScope.builder().addRange("127.0.45.0/24").port(sim.port()).build(),
                    new ScanListener() { }).await();
            assertThat(s.printers()).hasSize(6).allSatisfy(p -> assertThat(p.model()).isNotEmpty());
        }
    }

    /** A broadcast scan of the loopback network, with the default settings, on the simulator's port. */
    private static ScanSummary broadcastScan(Simulator sim) throws Exception {
        return SCANNER.start(ScanScope.builder().addBroadcast("127.255.255.255").port(sim.port()).build(),
                new ScanListener() { }).await();
    }
}
