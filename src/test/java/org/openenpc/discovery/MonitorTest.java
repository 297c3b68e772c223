package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.model.Printer;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.sim.SimStatus;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.SnmpSettings;

/** {@link Monitor} refreshes against the simulator on loopback: changes, offline, back online. */
class MonitorTest {

    private static final Scanner SCANNER = new Scanner(List::of);

    private static List<PrinterSpec> specs() {
        return List.of(PrinterSpec.of("127.0.47.1", PrinterProfile.INKJET),
                PrinterSpec.of("127.0.47.2", PrinterProfile.TM_T88V),
                PrinterSpec.of("127.0.47.3", PrinterProfile.LASER));
    }

    private static Simulator sim(List<PrinterSpec> specs, int port, int snmpPort) throws Exception {
        return Simulator.start(SimulatorConfig.builder().printers(specs).port(port).snmpPort(snmpPort).build());
    }

    private static Monitor monitor(int port, int snmpPort) {
        ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").port(port)
                .quietTimeout(Duration.ofMillis(300)).retries(1)
                .snmp(SnmpSettings.defaults().withPort(snmpPort).withTimeout(Duration.ofMillis(400)).withRetries(0))
                .build();
        return new Monitor(SCANNER, scope, 0, Clock.systemUTC());
    }

    @Test
    void reportsNewThenNothingThenTheRaisedErrorAndStatus() throws Exception {
        try (Simulator sim = sim(specs(), 0, 0)) {
            Monitor m = monitor(sim.port(), sim.snmpPort());
            List<MonitorEvent> first = m.refresh();
            assertThat(first).extracting(MonitorEvent::type).containsOnly(MonitorEvent.Type.NEW).hasSize(3);
            assertThat(m.refresh()).as("nothing changed").isEmpty();

            sim.at("127.0.47.1").raise(SimError.PAPER_JAM);
            sim.at("127.0.47.2").setStatus(SimStatus.IDLE.withCoverOpen(true));
            List<MonitorEvent> third = m.refresh();
            assertThat(third).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo(MonitorEvent.Type.STATUS);
                assertThat(e.printer().ip()).isEqualTo("127.0.47.1");
                assertThat(e.what()).isEqualTo("errors");
                assertThat(e.before()).isEqualTo("none");
                assertThat(e.after()).containsIgnoringCase("jam");
            });
            assertThat(third).anySatisfy(e -> {
                assertThat(e.printer().ip()).isEqualTo("127.0.47.2");
                assertThat(e.what()).isEqualTo("status");
                assertThat(e.after()).containsIgnoringCase("cover open");
            });
            assertThat(third).noneMatch(e -> e.printer().ip().equals("127.0.47.3"));
        }
    }

    @Test
    void aPrinterThatStopsAnsweringIsReportedOfflineSinceItsLastReplyAndBackOnline() throws Exception {
        int port;
        int snmpPort;
        Monitor m;
        String lastSeen;
        try (Simulator sim = sim(specs(), 0, 0)) {
            port = sim.port();
            snmpPort = sim.snmpPort();
            m = monitor(port, snmpPort);
            assertThat(m.refresh()).hasSize(3);
            lastSeen = m.known().stream().filter(k -> k.printer().ip().equals("127.0.47.3")).findFirst().orElseThrow()
                    .printer().lastSeen().toString();
        }
        try (Simulator sim = sim(specs().subList(0, 2), port, snmpPort)) {
            List<MonitorEvent> events = m.refresh();
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(MonitorEvent.Type.OFFLINE);
                assertThat(e.printer().ip()).isEqualTo("127.0.47.3");
                assertThat(e.after()).isEqualTo(lastSeen);
                assertThat(e.describe()).contains("offline since " + lastSeen);
            });
            assertThat(m.refresh()).as("reported once").isEmpty();
            assertThat(m.known()).hasSize(3).anyMatch(k -> k.printer().ip().equals("127.0.47.3") && !k.online());
        }
        try (Simulator sim = sim(specs(), port, snmpPort)) {
            assertThat(m.refresh()).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(MonitorEvent.Type.ONLINE);
                assertThat(e.printer().ip()).isEqualTo("127.0.47.3");
            });
        }
    }

    @Test
    void aPrinterThatStopsAnsweringSnmpIsReportedOnceAndKeepsItsLastViewMarkedAsOld() throws Exception {
        try (Simulator sim = sim(specs(), 0, 0)) {
            Monitor m = monitor(sim.port(), sim.snmpPort());
            m.refresh();
            sim.at("127.0.47.3").setSnmpSilent(true); // the laser: ENPC still answers
            List<MonitorEvent> events = m.refresh();
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(MonitorEvent.Type.STATUS);
                assertThat(e.printer().ip()).isEqualTo("127.0.47.3");
                assertThat(e.what()).isEqualTo("SNMP");
                assertThat(e.before()).isEqualTo("answering");
                assertThat(e.after()).startsWith("not answering since ");
            });
            Printer kept = m.known().stream().map(Monitor.Known::printer).filter(p -> p.ip().equals("127.0.47.3"))
                    .findFirst().orElseThrow();
            assertThat(kept.snmp().stale()).isTrue();
            assertThat(kept.snmp().supplies()).isNotEmpty(); // the last answer, kept
            assertThat(m.refresh()).as("reported once").isEmpty();

            sim.at("127.0.47.3").setSnmpSilent(false);
            assertThat(m.refresh()).singleElement().satisfies(e -> {
                assertThat(e.what()).isEqualTo("SNMP");
                assertThat(e.after()).isEqualTo("answering");
            });
        }
    }

    @Test
    void knownScopeAsksOnlyTheKnownAddressesWithTheSameSettings() {
        ScanScope base = ScanScope.builder().addBroadcast("127.255.255.255").port(23289)
                .snmp(SnmpSettings.defaults()).build();
        ScanScope k = Monitor.knownScope(base, List.of("127.0.1.5", "127.0.1.9"));
        assertThat(k.broadcasts()).isEmpty();
        assertThat(k.includeInterfaceBroadcasts()).isFalse();
        assertThat(k.unicastPlan().size()).isEqualTo(2);
        assertThat(k.port()).isEqualTo(23289);
        assertThat(k.snmp()).isEqualTo(SnmpSettings.defaults());
    }

    @Test
    void cancelEndsARefreshWithoutReportingAnyoneOffline() throws Exception {
        try (Simulator sim = sim(specs(), 0, 0)) {
            Monitor m = monitor(sim.port(), sim.snmpPort());
            assertThat(m.refresh()).hasSize(3);
            m.cancel();
            assertThat(m.refresh()).isEmpty();
            assertThat(m.known()).allMatch(Monitor.Known::online);
        }
    }
}
