package org.openenpc.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.Scanner;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.sim.SimStatus;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.SnmpSettings;

/** {@link PrinterMonitor} rounds against the simulator on loopback: changes, moves, offline, back online. */
class PrinterMonitorTest {

    private static final Scanner SCANNER = new Scanner(List::of);

    private static List<PrinterSpec> specs() {
        return List.of(PrinterSpec.of("127.0.47.1", PrinterProfile.INKJET),
                PrinterSpec.of("127.0.47.2", PrinterProfile.TM_T88V),
                PrinterSpec.of("127.0.47.3", PrinterProfile.LASER));
    }

    private static Simulator sim(List<PrinterSpec> specs, int port, int snmpPort) throws Exception {
        return Simulator.start(SimulatorConfig.builder().printers(specs).port(port).snmpPort(snmpPort).build());
    }

    private static ScanScope scope(int port, int snmpPort) {
        return ScanScope.builder().addBroadcast("127.255.255.255").port(port)
                .quietTimeout(Duration.ofMillis(300)).retries(1)
                .snmp(SnmpSettings.defaults().withPort(snmpPort).withTimeout(Duration.ofMillis(400)).withRetries(0))
                .build();
    }

    private static PrinterMonitor monitor() {
        return new PrinterMonitor(SCANNER, new DeviceRegistry(), Clock.systemUTC(), 15);
    }

    private static List<MonitorEvent> refresh(PrinterMonitor m, ScanScope s) throws InterruptedException {
        return m.refresh(s, 0).events();
    }

    private static List<ItemChange> items(List<MonitorEvent> events, String ip) {
        return events.stream().filter(e -> e instanceof MonitorEvent.Changed && e.printer().ip().equals(ip))
                .flatMap(e -> ((MonitorEvent.Changed) e).items().stream()).toList();
    }

    @Test
    void reportsFoundThenNothingThenTheRaisedErrorAndStatusWithTheRegistrysFields() throws Exception {
        try (Simulator sim = sim(specs(), 0, 0)) {
            PrinterMonitor m = monitor();
            ScanScope s = scope(sim.port(), sim.snmpPort());
            MonitorRound first = m.refresh(s, 0);
            assertThat(first.purpose()).isEqualTo(MonitorRound.Purpose.SCAN);
            assertThat(first.events()).hasSize(3).allMatch(e -> e instanceof MonitorEvent.Found);
            MonitorRound second = m.refresh(s, 0);
            assertThat(second.purpose()).isEqualTo(MonitorRound.Purpose.REFRESH);
            assertThat(second.scope().broadcasts()).isEmpty();
            assertThat(second.answered()).hasSize(3);
            assertThat(second.events()).as("nothing changed").isEmpty();

            sim.at("127.0.47.1").raise(SimError.PAPER_JAM);
            sim.at("127.0.47.2").setStatus(SimStatus.IDLE.withCoverOpen(true));
            List<MonitorEvent> third = refresh(m, s);
            assertThat(items(third, "127.0.47.1")).anySatisfy(i -> {
                assertThat(i.item()).isEqualTo(ItemChange.Item.ERRORS);
                assertThat(i.what()).isEqualTo("errors");
                assertThat(i.before()).isEqualTo("none");
                assertThat(i.after()).containsIgnoringCase("jam");
            });
            MonitorEvent.Changed jam = (MonitorEvent.Changed) third.stream()
                    .filter(e -> e.printer().ip().equals("127.0.47.1")).findFirst().orElseThrow();
            assertThat(jam.fields()).contains(PrinterField.SNMP);
            assertThat(jam.problems()).extracting(Problem::kind).contains(Problem.Kind.ERROR);
            assertThat(jam.before().snmp().conditions()).isEmpty();
            assertThat(items(third, "127.0.47.2")).anySatisfy(i -> {
                assertThat(i.item()).isEqualTo(ItemChange.Item.STATUS);
                assertThat(i.after()).containsIgnoringCase("cover open");
            });
            assertThat(third).noneMatch(e -> e.printer().ip().equals("127.0.47.3"));
            assertThat(refresh(m, s)).as("a jam that stays is no news").isEmpty();
        }
    }

    @Test
    void aPrinterThatStopsAnsweringIsReportedOfflineSinceItsLastReplyAndBackOnline() throws Exception {
        try (Simulator sim = sim(specs(), 0, 0)) {
            PrinterMonitor m = monitor();
            ScanScope s = scope(sim.port(), sim.snmpPort());
            assertThat(refresh(m, s)).hasSize(3);
            java.time.Instant lastSeen = m.known().stream().filter(k -> k.printer().ip().equals("127.0.47.3"))
                    .findFirst().orElseThrow().printer().lastSeen();
            sim.at("127.0.47.3").setPoweredOff(true);
            List<MonitorEvent> events = refresh(m, s);
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e).isInstanceOf(MonitorEvent.Offline.class);
                assertThat(e.printer().ip()).isEqualTo("127.0.47.3");
                assertThat(((MonitorEvent.Offline) e).since()).isEqualTo(lastSeen);
            });
            assertThat(refresh(m, s)).as("reported once").isEmpty();
            assertThat(m.known()).hasSize(3).anyMatch(k -> k.printer().ip().equals("127.0.47.3") && !k.online());

            sim.at("127.0.47.3").setPoweredOff(false);
            assertThat(refresh(m, s)).singleElement().satisfies(e -> {
                assertThat(e).isInstanceOf(MonitorEvent.Online.class);
                assertThat(e.printer().ip()).isEqualTo("127.0.47.3");
                assertThat(((MonitorEvent.Online) e).offlineSince()).isEqualTo(lastSeen);
            });
        }
    }

    @Test
    void aPrinterThatStopsAnsweringSnmpIsReportedOnceAndKeepsItsLastViewMarkedAsOld() throws Exception {
        try (Simulator sim = sim(specs(), 0, 0)) {
            PrinterMonitor m = monitor();
            ScanScope s = scope(sim.port(), sim.snmpPort());
            refresh(m, s);
            sim.at("127.0.47.3").setSnmpSilent(true); // the laser: ENPC still answers
            List<MonitorEvent> events = refresh(m, s);
            assertThat(items(events, "127.0.47.3")).singleElement().satisfies(i -> {
                assertThat(i.item()).isEqualTo(ItemChange.Item.SNMP_ANSWERING);
                assertThat(i.before()).isEqualTo("answering");
                assertThat(i.after()).startsWith("not answering since ");
            });
            Printer kept = m.known().stream().map(PrinterMonitor.Known::printer)
                    .filter(p -> p.ip().equals("127.0.47.3")).findFirst().orElseThrow();
            assertThat(kept.snmp().stale()).isTrue();
            assertThat(kept.snmp().supplies()).isNotEmpty(); // the last answer, kept
            assertThat(refresh(m, s)).as("reported once").isEmpty();

            sim.at("127.0.47.3").setSnmpSilent(false);
            assertThat(items(refresh(m, s), "127.0.47.3")).singleElement()
                    .satisfies(i -> assertThat(i.after()).isEqualTo("answering"));
        }
    }

    @Test
    void aPrinterThatMovesToAnotherAddressIsOneDeviceThatMoved() throws Exception {
        int port;
        int snmpPort;
        PrinterMonitor m = monitor();
        PrinterSpec inkjet = PrinterSpec.of("127.0.47.1", PrinterProfile.INKJET);
        try (Simulator sim = sim(List.of(inkjet), 0, 0)) {
            port = sim.port();
            snmpPort = sim.snmpPort();
            assertThat(refresh(m, scope(port, snmpPort))).hasSize(1);
        }
        String mac = m.known().get(0).printer().macText();
        PrinterSpec moved = PrinterSpec.of("127.0.47.9", PrinterProfile.INKJET)
                .withMac(org.openenpc.model.MacAddress.parse(mac).toBytes());
        try (Simulator sim = sim(List.of(moved), port, snmpPort)) {
            List<MonitorEvent> events = m.refresh(scope(port, snmpPort), 1).events();
            assertThat(events).anySatisfy(e -> {
                assertThat(e).isInstanceOf(MonitorEvent.Moved.class);
                assertThat(((MonitorEvent.Moved) e).fromIp()).isEqualTo("127.0.47.1");
                assertThat(e.printer().ip()).isEqualTo("127.0.47.9");
            });
            assertThat(events).noneMatch(e -> e instanceof MonitorEvent.Found || e instanceof MonitorEvent.Offline);
            assertThat(m.known()).singleElement().satisfies(k -> {
                assertThat(k.printer().ip()).isEqualTo("127.0.47.9");
                assertThat(k.online()).isTrue();
            });
        }
    }

    @Test
    void anIppOnlyPrinterThatMovesIsOneDeviceThatMovedKnownByItsUuid() throws Exception {
        PrinterMonitor m = monitor();
        byte[] mac = org.openenpc.model.MacAddress.parse("00:26:ab:48:00:01").toBytes(); // its UUID is made from it
        int ippPort;
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(List.of(
                PrinterSpec.of("127.0.48.1", PrinterProfile.IPP_LASER).withMac(mac))).port(0).ippPort(0).build())) {
            ippPort = sim.ippPort();
            List<MonitorEvent> first = m.refresh(ippScope(sim.port(), ippPort), 1).events();
            assertThat(first).singleElement().isInstanceOf(MonitorEvent.Found.class);
        }
        String uuid = m.known().get(0).printer().uuid();
        assertThat(uuid).isNotEmpty();
        assertThat(m.known().get(0).printer().mac()).isNull(); // IPP tells no MAC
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(List.of(
                PrinterSpec.of("127.0.48.9", PrinterProfile.IPP_LASER).withMac(mac))).port(0).ippPort(ippPort).build())) {
            List<MonitorEvent> events = m.refresh(ippScope(sim.port(), ippPort), 1).events();
            assertThat(events).anySatisfy(e -> {
                assertThat(e).isInstanceOf(MonitorEvent.Moved.class);
                assertThat(((MonitorEvent.Moved) e).fromIp()).isEqualTo("127.0.48.1");
                assertThat(e.printer().ip()).isEqualTo("127.0.48.9");
            });
            assertThat(events).noneMatch(e -> e instanceof MonitorEvent.Found || e instanceof MonitorEvent.Offline);
            assertThat(m.known()).singleElement().satisfies(k -> {
                assertThat(k.printer().ip()).isEqualTo("127.0.48.9");
                assertThat(k.printer().uuid()).isEqualTo(uuid);
                assertThat(k.online()).isTrue();
            });
            assertThat(m.registry().snapshot()).extracting(Printer::ip).containsExactly("127.0.48.9");
        }
    }

    private static ScanScope ippScope(int port, int ippPort) {
        return ScanScope.builder().addRange("127.0.48.0/28").port(port).quietTimeout(Duration.ofMillis(300)).retries(1)
                .ipp(org.openenpc.ipp.IppSettings.defaults().withPort(ippPort).withProbe(true)
                        .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2)))
                .build();
    }

    @Test
    void aOnePrinterQueryMarksNobodyElseOffline() throws Exception {
        try (Simulator sim = sim(specs(), 0, 0)) {
            PrinterMonitor m = monitor();
            ScanScope s = scope(sim.port(), sim.snmpPort());
            refresh(m, s);
            ScanScope one = ScanScope.builder().addRange("127.0.47.2").port(sim.port())
                    .quietTimeout(Duration.ofMillis(300)).retries(1).build();
            MonitorRound r = m.start(one, MonitorRound.Purpose.QUERY, new org.openenpc.discovery.ScanListener() { },
                    java.util.Set.of()).completion().get();
            assertThat(r.purpose()).isEqualTo(MonitorRound.Purpose.QUERY);
            assertThat(r.events()).noneMatch(e -> e instanceof MonitorEvent.Offline);
            assertThat(m.known()).allMatch(PrinterMonitor.Known::online);
        }
    }

    @Test
    void oneRoundAtATimeAndObserversHearEachRoundAfterTheFront() throws Exception {
        try (Simulator sim = sim(specs(), 0, 0)) {
            PrinterMonitor m = monitor();
            List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
            m.onRound(r -> order.add("observer " + r.number()));
            PrinterMonitor.Round round = m.start(scope(sim.port(), sim.snmpPort()), MonitorRound.Purpose.SCAN,
                    new org.openenpc.discovery.ScanListener() {
                        @Override
                        public void finished(org.openenpc.discovery.ScanSummary summary) {
                            order.add("front");
                        }
                    }, java.util.Set.of());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.start(scope(sim.port(), sim.snmpPort()),
                    MonitorRound.Purpose.SCAN, new org.openenpc.discovery.ScanListener() { }, java.util.Set.of()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("running");
            round.completion().get();
            assertThat(order).containsExactly("front", "observer 1");
            assertThat(m.current()).isNull();
        }
    }

    @Test
    void knownScopeAsksOnlyTheKnownAddressesWithTheSameSettings() {
        ScanScope base = ScanScope.builder().addBroadcast("127.255.255.255").port(23289)
                .snmp(SnmpSettings.defaults()).build();
        ScanScope k = PrinterMonitor.knownScope(base, List.of("127.0.1.5", "127.0.1.9"));
        assertThat(k.broadcasts()).isEmpty();
        assertThat(k.includeInterfaceBroadcasts()).isFalse();
        assertThat(k.unicastPlan().size()).isEqualTo(2);
        assertThat(k.port()).isEqualTo(23289);
        assertThat(k.snmp()).isEqualTo(SnmpSettings.defaults());
    }

    @Test
    void closeEndsARoundWithoutReportingAnyoneOfflineAndRefusesMore() throws Exception {
        try (Simulator sim = sim(specs(), 0, 0)) {
            PrinterMonitor m = monitor();
            ScanScope s = scope(sim.port(), sim.snmpPort());
            assertThat(refresh(m, s)).hasSize(3);
            sim.at("127.0.47.1").setPoweredOff(true);
            PrinterMonitor.Round r = m.start(PrinterMonitor.knownScope(s, List.of("127.0.47.1", "127.0.47.2",
                    "127.0.47.3")), MonitorRound.Purpose.REFRESH, new org.openenpc.discovery.ScanListener() { },
                    java.util.Set.of());
            m.close();
            MonitorRound cut = r.completion().get();
            assertThat(cut.complete()).isFalse();
            assertThat(cut.events()).noneMatch(e -> e instanceof MonitorEvent.Offline);
            assertThat(m.known()).allMatch(PrinterMonitor.Known::online);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.refresh(s, 0))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
