package org.openenpc.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.Scanner;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.monitor.PrinterMonitor;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.SnmpSettings;

/**
 * Monitoring rounds in the view model (direct executors, no toolkit): the engine's monitor really asks
 * the simulated printers over loopback ENPC and SNMP; a printer switched off in the simulator does not
 * answer, as an unplugged one would not.
 */
class MonitoringTest {

    private static final String INKJET = "127.0.93.1";
    private static final String LASER = "127.0.93.2";
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-timer");
        t.setDaemon(true);
        return t;
    });
    private Simulator sim;
    private MainViewModel vm;
    private final List<String> alerts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sim = Simulator.start(SimulatorConfig.builder().printers(List.of(PrinterSpec.of(INKJET, PrinterProfile.INKJET),
                PrinterSpec.of(LASER, PrinterProfile.LASER))).port(0).snmpPort(0).build());
        PrinterMonitor monitor = new PrinterMonitor(new Scanner(List::of), new DeviceRegistry(), Clock.systemUTC(), 15);
        vm = new MainViewModel(monitor, Runnable::run, () -> base().addRange(INKJET + "," + LASER).build(),
                Duration.ZERO, TIMER);
        vm.setAlertSink(alerts::add);
        vm.setRoundBase(this::base);
        assertThat(vm.startScan()).isTrue();
        settle();
        assertThat(vm.table().rows()).hasSize(2);
    }

    private ScanScope.Builder base() {
        return ScanScope.builder().port(sim.port()).quietTimeout(Duration.ofMillis(300)).retries(1)
                .snmp(SnmpSettings.defaults().withPort(sim.snmpPort()).withTimeout(Duration.ofMillis(300)).withRetries(1));
    }

    private void settle() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !vm.isBusy());
    }

    private void round() {
        assertThat(vm.refreshNow()).isTrue();
        settle();
    }

    @AfterEach
    void stop() throws Exception {
        vm.close();
        sim.close();
    }

    @AfterAll
    static void shutdown() {
        TIMER.shutdownNow();
    }

    private PrinterRow row(String ip) {
        return vm.table().row(ip);
    }

    @Test
    void anErrorRaisedBetweenTwoRefreshesIsAnnouncedOnceAndItsCellsHighlighted() {
        round();
        assertThat(alerts).isEmpty();
        assertThat(row(INKJET).flashProperty().get()).isEmpty();
        assertThat(row(INKJET).needsAttention()).isFalse();

        sim.at(INKJET).raise(SimError.PAPER_JAM);
        round();
        assertThat(alerts).containsExactly("ET-2850 Series (127.0.93.1): Paper jam");
        assertThat(row(INKJET).flashProperty().get()).contains("status", "attention", "summary")
                .doesNotContain("lastSeen");
        assertThat(row(INKJET).attentionProperty().get()).isEqualTo("Paper jam");
        assertThat(row(INKJET).rowStatusProperty().get().level()).isEqualTo(org.openenpc.model.PrinterStatus.Level.ERROR);
        assertThat(row(LASER).flashProperty().get()).isEmpty();

        round(); // still jammed: no second toast
        assertThat(alerts).hasSize(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> row(INKJET).flashProperty().get().isEmpty());
    }

    @Test
    void aSupplyFallingBelowTheThresholdIsAnnouncedWithItsError() {
        round();
        sim.at(LASER).raise(SimError.INK_OUT);
        round();
        assertThat(alerts).containsExactlyInAnyOrder("AL-M320DN (127.0.93.2): Black Toner Cartridge is at 0 %",
                "AL-M320DN (127.0.93.2): " + row(LASER).printer().snmp().conditions().get(0).text());
        assertThat(row(LASER).attentionProperty().get()).contains("Black Toner Cartridge 0 %");
    }

    @Test
    void aPrinterThatStopsAnsweringIsShownOfflineSinceItsLastReplyAndNeverRemoved() {
        Instant lastReply = row(LASER).printer().lastSeen();
        sim.at(LASER).setPoweredOff(true);
        round();
        assertThat(vm.table().rows()).hasSize(2);
        String since = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()).format(lastReply);
        assertThat(row(LASER).statusTextProperty().get()).isEqualTo("Offline since " + since);
        assertThat(row(LASER).attentionProperty().get()).isEqualTo("Not answering");
        assertThat(row(LASER).flashProperty().get()).contains("status", "attention");
        assertThat(row(INKJET).rowStatusProperty().get().offline()).isFalse();

        round(); // still away: the time of its last reply stays
        assertThat(row(LASER).statusTextProperty().get()).isEqualTo("Offline since " + since);

        sim.at(LASER).setPoweredOff(false);
        round();
        assertThat(row(LASER).rowStatusProperty().get().offline()).isFalse();
        assertThat(row(LASER).needsAttention()).isFalse();
    }

    @Test
    void theAttentionFilterKeepsOnlyPrintersThatNeedIt() {
        sim.at(INKJET).raise(SimError.PAPER_JAM);
        round();
        vm.table().attentionOnlyProperty().set(true);
        assertThat(vm.table().filtered()).extracting(r -> r.ipProperty().get()).containsExactly(INKJET);
        vm.table().attentionOnlyProperty().set(false);
        vm.table().filterProperty().set("attention");
        assertThat(vm.table().filtered()).extracting(r -> r.ipProperty().get()).containsExactly(INKJET);
        vm.table().filterProperty().set("");
        assertThat(vm.table().filtered()).hasSize(2);
        vm.table().setLowSupplyPercent(80); // the laser's toner (62 %) is now low
        vm.table().attentionOnlyProperty().set(true);
        assertThat(vm.table().filtered()).hasSize(2);
    }

    @Test
    void noRoundRunsWithoutARoundBaseOrWhileOneRuns() {
        assertThat(vm.refreshNow()).isTrue();
        assertThat(vm.refreshNow()).as("one round at a time").isFalse();
        settle();
        vm.setRoundBase(null);
        assertThat(vm.refreshNow()).isFalse();
    }

    @Test
    void scanPressedDuringAMonitoringRoundStopsItAndThenScans() {
        assertThat(vm.refreshNow()).isTrue();
        assertThat(vm.startScan()).isTrue();
        settle();
        await().atMost(Duration.ofSeconds(10)).until(() -> !vm.isScanning() && !vm.isBusy());
        assertThat(vm.table().rows()).hasSize(2);
        assertThat(vm.repliesProperty().get()).isPositive();
    }
}
