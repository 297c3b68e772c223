package org.openenpc.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.Scanner;
import org.openenpc.discovery.ScopeException;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/** The main view model with a direct executor and the real engine against the loopback simulator. */
class MainViewModelTest {

    private static final Scanner SCANNER = new Scanner(List::of);
    private static final java.util.concurrent.ScheduledExecutorService TIMER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "test-timer");
                t.setDaemon(true);
                return t;
            });

    private static MainViewModel vm(java.util.function.Supplier<ScanScope> scopes) {
        return new MainViewModel(new org.openenpc.monitor.PrinterMonitor(SCANNER, new org.openenpc.model.DeviceRegistry(),
                java.time.Clock.systemUTC(), 15), Runnable::run, scopes, Duration.ZERO, TIMER);
    }

    @Test
    void aScanFillsTheTableAndTheCounters() throws Exception {
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().count(8).base("127.0.31.1").port(0).build())) {
            MainViewModel vm = vm(() -> ScanScope.builder()
                    .addBroadcast("127.255.255.255").port(sim.port()).quietTimeout(Duration.ofMillis(300)).build());
            assertThat(vm.startScan()).isTrue();
            assertThat(vm.isScanning()).isTrue();
            assertThat(vm.placeholderProperty().get()).startsWith("Scanning broadcast 127.255.255.255");
            await().atMost(Duration.ofSeconds(10)).until(() -> !vm.isScanning());
            assertThat(vm.table().rows()).hasSize(8);
            assertThat(vm.countTextProperty().get()).startsWith("8 printers · ");
            assertThat(vm.repliesProperty().get()).isPositive();
            assertThat(vm.progressProperty().get()).isEqualTo(1.0);
            vm.table().filterProperty().set("127.0.31.3");
            assertThat(vm.table().filtered()).hasSize(1);
        }
    }

    @Test
    void aRoundPostedBeforeCloseDoesNotStartAfterIt() {
        MainViewModel vm = vm(() -> ScanScope.builder().addRange("127.0.31.1").build());
        vm.setRoundBase(ScanScope::builder);
        vm.table().upsert(java.util.List.of(org.openenpc.model.Printer.seen("127.0.31.1", java.time.Instant.now())));
        vm.close();
        // A monitoring tick queued on the FX thread before close runs after it: nothing starts, nothing throws.
        assertThat(vm.refreshNow()).isFalse();
        assertThat(vm.startScan()).isFalse();
        assertThat(vm.isBusy()).isFalse();
    }

    @Test
    void aBadScopeDoesNotStartAndSaysWhy() {
        MainViewModel vm = vm(() -> {
            throw new ScopeException("Bad range \"127.0.0.300/24\": 300 is not an octet (0–255).");
        });
        assertThat(vm.startScan()).isFalse();
        assertThat(vm.isScanning()).isFalse();
        assertThat(vm.placeholderProperty().get()).contains("127.0.0.300/24");
    }

    @Test
    void nothingFoundSaysSo() throws Exception {
        MainViewModel vm = vm(() -> ScanScope.builder()
                .addRange("127.0.32.1-127.0.32.2").port(9).retries(0).quietTimeout(Duration.ofMillis(100)).build());
        vm.startScan();
        await().atMost(Duration.ofSeconds(5)).until(() -> !vm.isScanning());
        assertThat(vm.placeholderProperty().get()).startsWith("No printers found");
    }
}
