package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openenpc.ipp.IppSettings;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.Supply;
import org.openenpc.monitor.ItemChange;
import org.openenpc.monitor.MonitorEvent;
import org.openenpc.monitor.MonitorRound;
import org.openenpc.monitor.PrinterMonitor;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.SnmpSettings;

/**
 * IPP in scans, against the simulator's IPP over real HTTP on loopback: probing finds IPP-only printers, a printer
 * that answers ENPC, SNMP and IPP is one row, and a monitor's refresh reads a known IPP printer again.
 */
class IppScanIntegrationTest {

    private static final Scanner SCANNER = new Scanner(List::of); // no interface broadcasts, ever

    private static Simulator fleet(String net) throws Exception {
        return Simulator.start(SimulatorConfig.builder().printers(List.of(
                PrinterSpec.of(net + ".1", PrinterProfile.INKJET),
                PrinterSpec.of(net + ".2", PrinterProfile.IPP_LASER),
                PrinterSpec.of(net + ".3", PrinterProfile.IPP_INKJET),
                PrinterSpec.of(net + ".4", PrinterProfile.TM_T88V))).port(0).snmpPort(0).ippPort(0).build());
    }

    private static ScanScope.Builder scope(Simulator sim, String range, boolean probe) {
        return ScanScope.builder().addRange(range).port(sim.port()).quietTimeout(Duration.ofMillis(300))
                .snmp(SnmpSettings.defaults().withPort(sim.snmpPort()).withTimeout(Duration.ofMillis(400)))
                .ipp(IppSettings.defaults().withPort(sim.ippPort()).withProbe(probe));
    }

    private static Map<String, Printer> byIp(List<Printer> printers) {
        return printers.stream().collect(Collectors.toMap(Printer::ip, Function.identity()));
    }

    @Test
    void probingFindsIppOnlyPrintersAndTheEpsonInkjetIsOneRowWithEveryProtocol() throws Exception {
        try (Simulator sim = fleet("127.0.94")) {
            ScanSummary s = SCANNER.start(scope(sim, "127.0.94.1-6", true).build(), new ScanListener() {
            }).await();
            assertThat(s.failed()).isFalse();
            assertThat(s.deadlineReached()).isFalse();
            Map<String, Printer> found = byIp(s.printers());
            assertThat(found.keySet()).containsExactlyInAnyOrder("127.0.94.1", "127.0.94.2", "127.0.94.3", "127.0.94.4");

            Printer epson = found.get("127.0.94.1");
            assertThat(epson.protocols()).containsExactly("ENPC", "SNMP", "IPP");
            assertThat(epson.model()).isEqualTo("ET-2850 Series"); // ENPC's model is kept
            assertThat(epson.supplies()).hasSize(5); // ink bottles and the pad once each, not once per protocol
            assertThat(epson.uuid()).isNotEmpty();

            Printer laser = found.get("127.0.94.2");
            assertThat(laser.protocols()).containsExactly("IPP");
            assertThat(laser.sources()).containsExactly("IPP");
            assertThat(laser.mac()).isNull();
            assertThat(laser.model()).isEqualTo(laser.ipp().makeAndModel()).isNotEmpty();
            assertThat(laser.supplies()).extracting(Supply::kind, Supply::source).containsExactly(
                    tuple(Supply.Kind.COLORANT, "IPP"), tuple(Supply.Kind.WASTE, "IPP"));
            assertThat(laser.supplies().get(0).percent()).isNotNull();
            assertThat(laser.key()).isEqualTo("ip:127.0.94.2");

            assertThat(found.get("127.0.94.3").supplies()).hasSize(5);
            assertThat(found.get("127.0.94.4").ipp()).isNull(); // a TM has no IPP
        }
    }

    @Test
    void withoutProbingNoIppIsAsked() throws Exception {
        try (Simulator sim = fleet("127.0.95")) {
            ScanSummary s = SCANNER.start(scope(sim, "127.0.95.1-4", false).build(), new ScanListener() {
            }).await();
            assertThat(s.printers()).extracting(Printer::ip).doesNotContain("127.0.95.2", "127.0.95.3");
            assertThat(s.printers()).allSatisfy(p -> assertThat(p.ipp()).isNull());
            assertThat(sim.counters().ippAnswered()).isZero();
        }
    }

    @Test
    void aJamOnAnIppOnlyPrinterShowsInTheNextRefresh() throws Exception {
        PrinterMonitor monitor = new PrinterMonitor(SCANNER, new DeviceRegistry(), Clock.systemUTC(), 15);
        try (Simulator sim = fleet("127.0.96")) {
            ScanScope discovery = scope(sim, "127.0.96.1-4", true).build();
            MonitorRound first = monitor.refresh(discovery, 0);
            assertThat(first.purpose()).isNotEqualTo(MonitorRound.Purpose.REFRESH);
            assertThat(monitor.known()).extracting(k -> k.printer().ip()).contains("127.0.96.2");

            sim.at("127.0.96.2").raise(SimError.PAPER_JAM);
            // the refresh asks the known addresses only, without probing: the laser is read as a known IPP printer
            MonitorRound refresh = monitor.refresh(scope(sim, "127.0.96.1-4", false).build(), 0);
            assertThat(refresh.purpose()).isEqualTo(MonitorRound.Purpose.REFRESH);
            List<MonitorEvent> laser = refresh.events().stream()
                    .filter(e -> e.printer().ip().equals("127.0.96.2")).toList();
            assertThat(laser).noneMatch(e -> e instanceof MonitorEvent.Offline);
            assertThat(laser).filteredOn(e -> e instanceof MonitorEvent.Changed).singleElement().satisfies(e -> {
                assertThat(((MonitorEvent.Changed) e).items()).extracting(ItemChange::item)
                        .contains(ItemChange.Item.ERRORS);
            });
            Printer now = monitor.known().stream().map(PrinterMonitor.Known::printer)
                    .filter(p -> p.ip().equals("127.0.96.2")).findFirst().orElseThrow();
            assertThat(now.conditions()).extracting(SnmpCondition::key).containsExactly("paper-jam");
        } finally {
            monitor.close();
        }
    }
}
