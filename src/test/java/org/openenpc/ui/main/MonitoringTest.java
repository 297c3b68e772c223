package org.openenpc.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openenpc.discovery.Scanner;
import org.openenpc.model.Printer;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.ui.support.SimSnmp;

/**
 * Monitoring rounds in the view model (direct executors, no toolkit). The refresher really reads the
 * simulated printers over loopback SNMP with PrinterStatusReader; "unplugged" printers are left out
 * of its answer, as a printer that does not reply would be.
 */
class MonitoringTest {

    private static final String INKJET = "127.0.93.1";
    private static final String LASER = "127.0.93.2";
    private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");
    private SimSnmp sim;
    private MainViewModel vm;
    private final List<String> alerts = new CopyOnWriteArrayList<>();
    private final Set<String> unplugged = ConcurrentHashMap.newKeySet();
    private int rounds;

    @BeforeEach
    void start() throws Exception {
        sim = new SimSnmp(List.of(PrinterSpec.of(INKJET, PrinterProfile.INKJET), PrinterSpec.of(LASER, PrinterProfile.LASER)));
        vm = new MainViewModel(new Scanner(List::of), Runnable::run, () -> null, Duration.ZERO);
        vm.setBackground(Runnable::run);
        vm.setAlertSink(alerts::add);
        vm.setClock(Clock.fixed(T0.plusSeconds(3600), ZoneId.systemDefault()));
        vm.setRefresher(this::refresh);
        vm.table().upsert(List.of(sim.printer(INKJET, "ET-2850 Series", T0), sim.printer(LASER, "AL-M320DN", T0)));
    }

    @AfterEach
    void stop() throws Exception {
        vm.close();
        sim.close();
    }

    private List<Printer> refresh(List<Printer> known) throws Exception {
        rounds++;
        List<Printer> out = new ArrayList<>();
        for (Printer p : known) {
            if (!unplugged.contains(p.ip())) {
                out.add(sim.printer(p.ip(), p.model(), T0.plusSeconds(60L * rounds)));
            }
        }
        return out;
    }

    private PrinterRow row(String ip) {
        return vm.table().row(ip);
    }

    @Test
    void anErrorRaisedBetweenTwoRefreshesIsAnnouncedOnceAndItsCellsHighlighted() {
        assertThat(vm.refreshNow()).isTrue();
        assertThat(alerts).isEmpty();
        assertThat(row(INKJET).flashProperty().get()).isEmpty();
        assertThat(row(INKJET).needsAttention()).isFalse();

        sim.simulator().at(INKJET).raise(SimError.PAPER_JAM);
        vm.refreshNow();
        assertThat(alerts).containsExactly("ET-2850 Series (127.0.93.1): Paper jam");
        assertThat(row(INKJET).flashProperty().get()).contains("status", "attention", "summary")
                .doesNotContain("lastSeen");
        assertThat(row(INKJET).attentionProperty().get()).isEqualTo("Paper jam");
        assertThat(row(INKJET).rowStatusProperty().get().level()).isEqualTo(org.openenpc.model.PrinterStatus.Level.ERROR);
        assertThat(row(LASER).flashProperty().get()).isEmpty();

        vm.refreshNow(); // still jammed: no second toast
        assertThat(alerts).hasSize(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> row(INKJET).flashProperty().get().isEmpty());
    }

    @Test
    void aSupplyFallingBelowTheThresholdIsAnnouncedWithItsError() {
        vm.refreshNow();
        sim.simulator().at(LASER).raise(SimError.INK_OUT);
        vm.refreshNow();
        assertThat(alerts).containsExactlyInAnyOrder("AL-M320DN (127.0.93.2): Black Toner Cartridge is at 0 %",
                "AL-M320DN (127.0.93.2): " + row(LASER).printer().snmp().conditions().get(0).text());
        assertThat(row(LASER).attentionProperty().get()).contains("Black Toner Cartridge 0 %");
    }

    @Test
    void aPrinterThatStopsAnsweringIsShownOfflineAndNeverRemoved() {
        unplugged.add(LASER);
        vm.refreshNow();
        assertThat(vm.table().rows()).hasSize(2);
        String since = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault())
                .format(T0.plusSeconds(3600));
        assertThat(row(LASER).statusTextProperty().get()).isEqualTo("Offline since " + since);
        assertThat(row(LASER).attentionProperty().get()).isEqualTo("Not answering");
        assertThat(row(LASER).flashProperty().get()).contains("status", "attention");
        assertThat(row(INKJET).rowStatusProperty().get().offline()).isFalse();

        vm.refreshNow(); // still away: the time of the first miss stays
        assertThat(row(LASER).statusTextProperty().get()).isEqualTo("Offline since " + since);

        unplugged.clear();
        vm.setClock(Clock.fixed(T0.minusSeconds(1), ZoneId.systemDefault()));
        vm.refreshNow();
        assertThat(row(LASER).rowStatusProperty().get().offline()).isFalse();
        assertThat(row(LASER).needsAttention()).isFalse();
    }

    @Test
    void theAttentionFilterKeepsOnlyPrintersThatNeedIt() {
        sim.simulator().at(INKJET).raise(SimError.PAPER_JAM);
        vm.refreshNow();
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
    void noRoundRunsWithoutARefresherOrWhileOneRuns() {
        vm.setRefresher(null);
        assertThat(vm.refreshNow()).isFalse();
    }
}
