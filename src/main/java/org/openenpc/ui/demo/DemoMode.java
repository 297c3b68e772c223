package org.openenpc.ui.demo;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.openenpc.discovery.ScanScope;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimStatus;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * Demo mode ({@code --demo}): a dozen varied simulated printers on loopback, started in-process,
 * and a scan scope that reaches exactly them (the loopback broadcast on the simulator's port).
 * Lets a first-time user, and the UI tests, see a full table without hardware.
 */
public final class DemoMode implements AutoCloseable {

    /** A model name a spreadsheet would run as a formula: the export must neutralise it. */
    public static final String HOSTILE_NAME = "=HYPERLINK(\"http://example.invalid\",\"Click me\")";

    private final Simulator simulator;

    private DemoMode(Simulator simulator) {
        this.simulator = simulator;
    }

    public static DemoMode start() throws IOException {
        return new DemoMode(Simulator.start(SimulatorConfig.builder().printers(printers()).port(0).seed(42).build()));
    }

    /** The demo printers: several TM models, an inkjet, a scanner, and the troublemakers. */
    public static List<PrinterSpec> printers() {
        String net = "127.0.77.";
        return List.of(
                PrinterSpec.of(net + 10, PrinterProfile.TM_T88V),
                PrinterSpec.of(net + 11, PrinterProfile.TM_T88V).withStatus(SimStatus.IDLE.withCoverOpen(true)),
                PrinterSpec.of(net + 12, PrinterProfile.TM_M30),
                PrinterSpec.of(net + 13, PrinterProfile.TM_M30).withStatus(SimStatus.IDLE.withPaperEnd(true)),
                PrinterSpec.of(net + 14, PrinterProfile.TM_M30II),
                PrinterSpec.of(net + 15, PrinterProfile.TM_M30II).withStatus(SimStatus.IDLE.withPaperNearEnd(true)),
                PrinterSpec.of(net + 16, PrinterProfile.TM_T88V).withStatus(SimStatus.IDLE.withOffline(true)),
                PrinterSpec.of(net + 17, PrinterProfile.TM_M30).withExtraDelay(Duration.ofMillis(700)),
                PrinterSpec.of(net + 18, PrinterProfile.TM_T88V).withModel(HOSTILE_NAME),
                PrinterSpec.of(net + 20, PrinterProfile.INKJET),
                PrinterSpec.of(net + 21, PrinterProfile.INKJET).withModel("EW-M754T Series"),
                PrinterSpec.of(net + 30, PrinterProfile.SCANNER));
    }

    /** The scope that finds the demo printers. */
    public ScanScope scope(ScanScope.Builder settings) {
        return settings.addBroadcast("127.255.255.255").port(simulator.port()).build();
    }

    public Simulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
