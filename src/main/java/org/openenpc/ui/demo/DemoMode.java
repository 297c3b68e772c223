package org.openenpc.ui.demo;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScopeException;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.sim.SimStatus;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * Demo mode ({@code --demo}): seventeen varied simulated printers on loopback (with SNMP and IPP), started
 * in-process, and a scan scope that reaches exactly them: the loopback broadcast on the simulator's port for the
 * Epson devices, and the addresses of the other makers' printers, which answer only IPP, asked over IPP on the
 * simulator's IPP port (the Epson inkjets and the laser answer IPP as well). Never multicast: no DNS-SD.
 * Lets a first-time user, and the UI tests, see a full table without hardware.
 */
public final class DemoMode implements AutoCloseable {

    /** A model name a spreadsheet would run as a formula: the export must neutralise it. */
    public static final String HOSTILE_NAME = "=HYPERLINK(\"http://example.invalid\",\"Click me\")";

    /** The inkjet that starts with a paper jam. */
    public static final String JAMMED_INKJET = "127.0.77.21";
    /** The other maker's laser that answers only IPP. */
    public static final String IPP_LASER = "127.0.77.40";
    /** The other maker's inkjet that answers only IPP. */
    public static final String IPP_INKJET = "127.0.77.41";
    /** The other maker's laser that starts out of paper. */
    public static final String EMPTY_IPP_LASER = "127.0.77.42";
    /** How many printers the demo has. */
    public static final int COUNT = 17;

    /** The running simulator, or (started in the background) the one being started. */
    private final CompletableFuture<Simulator> simulator;
    /** A throw-away folder for the demo's inventory: the demo printers never enter the user's own. */
    private final java.nio.file.Path folder;

    /** Whether the printers were started or asked to start. */
    private final java.util.concurrent.atomic.AtomicBoolean starting;

    private DemoMode(CompletableFuture<Simulator> simulator, java.nio.file.Path folder) {
        this.simulator = simulator;
        this.folder = folder;
        this.starting = new java.util.concurrent.atomic.AtomicBoolean(simulator.isDone());
    }

    public static DemoMode start() throws IOException {
        return start(printers(), 0);
    }

    /**
     * The demo with its printers not started yet (the window shows first, issue 14): {@link #startIn} starts
     * them, and whatever needs them first ({@link #simulator()}) starts them or waits until they answer.
     */
    public static DemoMode prepare() throws IOException {
        return new DemoMode(new CompletableFuture<>(), java.nio.file.Files.createTempDirectory("openenpc-demo"));
    }

    /** Starts the printers on {@code executor} unless they run or are starting already. */
    public void startIn(Executor executor) {
        if (!starting.compareAndSet(false, true)) {
            return;
        }
        executor.execute(() -> {
            try {
                simulator.complete(startPrinters(printers(), 0));
            } catch (IOException | RuntimeException e) {
                simulator.completeExceptionally(e);
            }
        });
    }

    /**
     * A demo of other printers (tests: one moved, one added), printing {@code printRate} pages a minute
     * each (0: none) so supplies drain while it runs.
     */
    public static DemoMode start(List<PrinterSpec> printers, int printRate) throws IOException {
        Simulator sim = startPrinters(printers, printRate);
        return new DemoMode(CompletableFuture.completedFuture(sim), java.nio.file.Files.createTempDirectory("openenpc-demo"));
    }

    private static Simulator startPrinters(List<PrinterSpec> printers, int printRate) throws IOException {
        Simulator sim = Simulator.start(SimulatorConfig.builder().printers(printers).port(0).snmpPort(0).ippPort(0).seed(42)
                .printRate(printRate).build());
        // A paper jam, so the demo shows an SNMP error with its fix hint (the ET-2850 brings its
        // captured waste-ink-full error and unknown ink levels along).
        sim.printer(JAMMED_INKJET).ifPresent(p -> p.raise(SimError.PAPER_JAM));
        // And an IPP-only laser out of paper: its error comes from printer-state-reasons.
        sim.printer(EMPTY_IPP_LASER).ifPresent(p -> p.raise(SimError.PAPER_OUT));
        return sim;
    }

    /**
     * The demo printers: several TM models, inkjets and a laser with SNMP (supplies and errors), a
     * scanner without SNMP, and the troublemakers.
     */
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
                // The troublemaker also claims the first TM's MAC (a clone): both rows say "Duplicate MAC".
                PrinterSpec.of(net + 18, PrinterProfile.TM_T88V).withModel(HOSTILE_NAME)
                        .withMac(new byte[] {0x64, (byte) 0xeb, (byte) 0x8c, 0x00, 0x4d, 0x0a}),
                PrinterSpec.of(net + 20, PrinterProfile.INKJET),
                PrinterSpec.of(net + 21, PrinterProfile.INKJET).withModel("EW-M754T Series"),
                PrinterSpec.of(net + 22, PrinterProfile.ET_2850),
                PrinterSpec.of(net + 23, PrinterProfile.LASER),
                PrinterSpec.of(net + 30, PrinterProfile.SCANNER),
                // Other makers' office printers: IPP only, no ENPC, no SNMP (one out of paper).
                PrinterSpec.of(IPP_LASER, PrinterProfile.IPP_LASER),
                PrinterSpec.of(IPP_INKJET, PrinterProfile.IPP_INKJET),
                PrinterSpec.of(EMPTY_IPP_LASER, PrinterProfile.IPP_LASER));
    }

    /**
     * The scope that finds the demo printers: the loopback broadcast, and each printer that answers no ENPC as a
     * unicast target, with IPP probing on the simulator's IPP port (so those are found, and every device found is
     * read over IPP too).
     */
    public ScanScope scope(ScanScope.Builder settings) {
        Simulator sim = simulator();
        settings.addBroadcast("127.255.255.255").port(sim.port()).ipp(ippSettings(true));
        sim.printers().stream().filter(p -> !p.profile().answersEnpc()).forEach(p -> settings.addRange(p.address()));
        return settings.build();
    }

    /**
     * IPP on the demo's own port, with short timeouts (loopback answers at once, and the TM printers refuse the
     * connection); {@code probe} asks every target, without it only the printers known to answer IPP are read.
     */
    public org.openenpc.ipp.IppSettings ippSettings(boolean probe) {
        return org.openenpc.ipp.IppSettings.defaults().withPort(simulator().ippPort()).withProbe(probe)
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2));
    }

    /**
     * The running simulator; not started yet, starts it here; while it starts in the background, waits for it (a
     * fraction of a second after the window shows).
     *
     * @throws ScopeException with the sentence to show if the printers could not start
     */
    public Simulator simulator() {
        startIn(Runnable::run);
        try {
            return simulator.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            throw new ScopeException("The demo printers could not start: " + failure(e) + ".");
        }
    }

    /** Runs {@code then} (on the starting thread, or at once) when the printers answer, or with the sentence. */
    public void whenStarted(java.util.function.Consumer<String> then) {
        simulator.whenComplete((sim, e) -> then.accept(e == null ? null
                : "The demo printers could not start: " + failure(e) + "."));
    }

    /** The scope's address for the scope menu: with the port once the printers run. */
    public String scopeText() {
        Simulator sim = simulator.getNow(null);
        return "127.255.255.255" + (sim != null ? ":" + sim.port() : "");
    }

    private static String failure(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage());
    }

    /** The demo's own inventory file (deleted with the demo). */
    public java.nio.file.Path inventoryFile() {
        return folder.resolve("inventory.db");
    }

    /** Stops the printers and deletes the demo's inventory (close the inventory first). */
    @Override
    public void close() {
        // Still starting: stopped as soon as it runs (a window closed at once must not leave ports open).
        simulator.thenAccept(Simulator::close);
        try (var files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.deleteIfExists(f);
            }
            java.nio.file.Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
