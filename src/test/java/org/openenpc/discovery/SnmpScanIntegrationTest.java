package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.Supply;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.sim.SimulatedPrinter;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.SnmpReadResult;
import org.openenpc.snmp.SnmpSettings;

/** SNMP enrichment of scans against the simulator's SNMP agents; loopback only, explicit scopes. */
class SnmpScanIntegrationTest {

    private static final Scanner SCANNER = new Scanner(List::of); // no interface broadcasts, ever

    private static Simulator mixed(String net) throws Exception {
        List<PrinterSpec> specs = List.of(
                PrinterSpec.of(net + ".1", PrinterProfile.INKJET),
                PrinterSpec.of(net + ".2", PrinterProfile.ET_2850),
                PrinterSpec.of(net + ".3", PrinterProfile.LASER),
                PrinterSpec.of(net + ".4", PrinterProfile.TM_T88V),
                PrinterSpec.of(net + ".5", PrinterProfile.SCANNER),
                PrinterSpec.of(net + ".6", PrinterProfile.INKJET).withSnmp(false));
        return Simulator.start(SimulatorConfig.builder().printers(specs).port(0).snmpPort(0).seed(2).build());
    }

    private static SnmpSettings snmp(Simulator sim, long timeoutMs) {
        return SnmpSettings.defaults().withPort(sim.snmpPort()).withTimeout(Duration.ofMillis(timeoutMs)).withRetries(0);
    }

    private static ScanScope.Builder scope(Simulator sim) {
        return ScanScope.builder().addBroadcast("127.255.255.255").port(sim.port()).quietTimeout(Duration.ofMillis(300));
    }

    private static Map<String, Printer> byIp(List<Printer> printers) {
        return printers.stream().collect(Collectors.toMap(Printer::ip, Function.identity()));
    }

    @Test
    void everySnmpPrinterGetsItsSuppliesAndErrorsAndSourcesSayWhoAnswered() throws Exception {
        try (Simulator sim = mixed("127.0.41")) {
            List<String> snmpResults = new CopyOnWriteArrayList<>();
            List<String> threads = new CopyOnWriteArrayList<>();
            ScanSummary s = SCANNER.start(scope(sim).snmp(snmp(sim, 500)).build(), new ScanListener() {
                @Override
                public void deviceChanged(Printer p, java.util.Set<PrinterField> changed) {
                    if (changed.contains(PrinterField.SNMP)) {
                        threads.add(Thread.currentThread().getName());
                    }
                }

                @Override
                public void snmpRead(String ip, Printer p, SnmpReadResult r) {
                    snmpResults.add(ip + "=" + r.getClass().getSimpleName());
                    threads.add(Thread.currentThread().getName());
                }
            }).await();

            assertThat(s.failed()).isFalse();
            Map<String, Printer> found = byIp(s.printers());
            assertThat(found).hasSize(6);
            for (SimulatedPrinter sp : sim.printers()) {
                Printer p = found.get(sp.address());
                if (sp.answersSnmp()) {
                    assertThat(p.sources()).as(sp.address()).containsExactly("ENPC broadcast", "SNMP");
                    assertThat(p.snmp()).as(sp.address()).isNotNull();
                    assertThat(p.model()).as("ENPC's model is kept").isEqualTo(sp.model());
                } else {
                    assertThat(p.sources()).as(sp.address()).containsExactly("ENPC broadcast");
                    assertThat(p.snmp()).as(sp.address()).isNull();
                }
            }
            assertThat(found.get("127.0.41.1").snmp().supplies()).extracting(Supply::colour)
                    .contains("black", "cyan", "magenta", "yellow");
            assertThat(found.get("127.0.41.1").snmp().supplies()).allMatch(x -> x.percent() != null);
            assertThat(found.get("127.0.41.1").snmp().conditions()).isEmpty();
            assertThat(found.get("127.0.41.2").snmp().conditions()).extracting(SnmpCondition::key).contains("waste-ink-full");
            assertThat(found.get("127.0.41.2").snmp().serial()).isEqualTo("X8RV267409");
            assertThat(found.get("127.0.41.3").snmp().supplies()).isNotEmpty();
            assertThat(snmpResults).contains("127.0.41.1=Answered", "127.0.41.6=NoAnswer", "127.0.41.5=NoAnswer");
            assertThat(s.progress().snmpAnswered()).isEqualTo(4);
            assertThat(s.progress().snmpNoAnswer()).isEqualTo(2);
            // Registry and listener stay on the scan thread, never SNMP4J's.
            assertThat(threads).isNotEmpty().allMatch(n -> n.startsWith("enpc-scan-"));
        }
    }

    @Test
    void anErrorRaisedBetweenRefreshesShowsInTheNextOne() throws Exception {
        try (Simulator sim = mixed("127.0.42")) {
            DeviceRegistry registry = new DeviceRegistry();
            ScanScope sc = scope(sim).snmp(snmp(sim, 500)).build();
            SCANNER.start(sc, new ScanListener() { }, registry, java.util.Set.of()).await();
            assertThat(registry.deviceAt("127.0.42.1").snmp().conditions()).isEmpty();

            sim.at("127.0.42.1").raise(SimError.PAPER_JAM);
            List<Printer> changed = new CopyOnWriteArrayList<>();
            SCANNER.start(sc, new ScanListener() {
                @Override
                public void deviceChanged(Printer p, java.util.Set<PrinterField> fields) {
                    if (fields.contains(PrinterField.SNMP)) {
                        changed.add(p);
                    }
                }
            }, registry, java.util.Set.of()).await();
            assertThat(registry.deviceAt("127.0.42.1").snmp().conditions()).extracting(SnmpCondition::key)
                    .contains("paper-jam");
            assertThat(changed).extracting(Printer::ip).contains("127.0.42.1");
        }
    }

    @Test
    void aPrinterThatStopsAnsweringSnmpKeepsItsLastViewMarkedAsOldUntilItAnswersAgain() throws Exception {
        try (Simulator sim = mixed("127.0.61")) {
            DeviceRegistry registry = new DeviceRegistry();
            ScanScope sc = scope(sim).snmp(snmp(sim, 300)).build();
            SCANNER.start(sc, new ScanListener() { }, registry, java.util.Set.of()).await();
            Printer before = registry.deviceAt("127.0.61.1");
            assertThat(before.snmp().stale()).isFalse();
            assertThat(before.snmp().supplies()).isNotEmpty();

            sim.at("127.0.61.1").setSnmpSilent(true); // ENPC still answers
            java.time.Instant asked = java.time.Instant.now();
            SCANNER.start(sc, new ScanListener() { }, registry, java.util.Set.of()).await();
            Printer silent = registry.deviceAt("127.0.61.1");
            assertThat(silent.snmp().stale()).isTrue();
            assertThat(silent.snmp().silentSince()).isAfterOrEqualTo(asked);
            assertThat(silent.snmp().readAt()).isEqualTo(before.snmp().readAt());
            assertThat(silent.snmp().supplies()).isEqualTo(before.snmp().supplies());
            assertThat(silent.lastSeen()).isAfter(before.lastSeen()); // its ENPC replies still count
            assertThat(registry.deviceAt("127.0.61.2").snmp().stale()).isFalse(); // the others answered

            SCANNER.start(sc, new ScanListener() { }, registry, java.util.Set.of()).await();
            assertThat(registry.deviceAt("127.0.61.1").snmp().silentSince())
                    .isEqualTo(silent.snmp().silentSince()); // the first miss is kept

            sim.at("127.0.61.1").setSnmpSilent(false);
            SCANNER.start(sc, new ScanListener() { }, registry, java.util.Set.of()).await();
            Printer back = registry.deviceAt("127.0.61.1");
            assertThat(back.snmp().stale()).isFalse();
            assertThat(back.snmp().readAt()).isAfter(silent.snmp().silentSince());
        }
    }

    @Test
    void aSilentSnmpPrinterDoesNotDelayTheOthersEnpcResults() throws Exception {
        try (Simulator sim = mixed("127.0.43")) {
            // 127.0.43.6 and the scanner have no SNMP agent: their reads time out after 2.5 s.
            Map<String, Long> modelAt = new ConcurrentHashMap<>();
            long t0 = System.nanoTime();
            Scan scan = SCANNER.start(scope(sim).snmp(snmp(sim, 2500)).build(), new ScanListener() {
                @Override
                public void deviceAdded(Printer p) {
                    seen(p);
                }

                @Override
                public void deviceChanged(Printer p, java.util.Set<PrinterField> changed) {
                    seen(p);
                }

                private void seen(Printer p) {
                    if (!p.model().isEmpty() && p.mac() != null && p.status().reported()) {
                        modelAt.putIfAbsent(p.ip(), System.nanoTime() - t0);
                    }
                }
            });
            ScanSummary s = scan.await();
            long total = System.nanoTime() - t0;
            // Every printer with an ASB status (the TM) and the rest with model+MAC came long before the
            // silent reads timed out; the scan itself waited for those reads.
            assertThat(modelAt).containsKey("127.0.43.4");
            assertThat(modelAt.values()).allMatch(ns -> ns < TimeUnit.MILLISECONDS.toNanos(1500));
            assertThat(total).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(2500));
            assertThat(s.progress().snmpNoAnswer()).isEqualTo(2);
            assertThat(byIp(s.printers()).get("127.0.43.1").snmp()).isNotNull();
        }
    }

    @Test
    void cancelClosesTheSnmpSession() throws Exception {
        try (Simulator sim = mixed("127.0.44")) {
            CountDownLatch added = new CountDownLatch(1);
            Scan scan = SCANNER.start(scope(sim).snmp(snmp(sim, 10_000)).build(), new ScanListener() {
                @Override
                public void deviceAdded(Printer p) {
                    added.countDown();
                }
            });
            assertThat(added.await(5, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(scan::snmpSessionOpen);
            long t0 = System.nanoTime();
            scan.cancel();
            ScanSummary s = scan.await(Duration.ofSeconds(5));
            assertThat(s).isNotNull();
            assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(2));
            assertThat(s.cancelled()).isTrue();
            assertThat(scan.hadSnmpSession()).isTrue();
            assertThat(scan.snmpSessionOpen()).isFalse();
        }
    }

    @Test
    void endedScanClosesTheSnmpSessionAndScopesWithoutSnmpOpenNone() throws Exception {
        try (Simulator sim = mixed("127.0.45")) {
            Scan with = SCANNER.start(scope(sim).snmp(snmp(sim, 300)).build(), new ScanListener() { });
            with.await();
            assertThat(with.hadSnmpSession()).isTrue();
            assertThat(with.snmpSessionOpen()).isFalse();
            Scan without = SCANNER.start(scope(sim).build(), new ScanListener() { });
            ScanSummary s = without.await();
            assertThat(without.hadSnmpSession()).isFalse();
            assertThat(s.printers()).allMatch(p -> p.snmp() == null && !p.sources().contains("SNMP"));
        }
    }

    @Test
    void snmpDiscoveryFindsDevicesThatAnswerOnlySnmpAndFillsTheirModel() throws Exception {
        List<PrinterSpec> specs = List.of(
                PrinterSpec.of("127.0.46.1", PrinterProfile.LASER).withSilent(true), // no ENPC at all
                PrinterSpec.of("127.0.46.2", PrinterProfile.INKJET));
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(specs).port(0).snmpPort(0).build())) {
            ScanScope sc = ScanScope.builder().addRange("127.0.46.1-3").port(sim.port())
                    .quietTimeout(Duration.ofMillis(300)).retries(0).snmp(snmp(sim, 400)).snmpDiscovery(true).build();
            ScanSummary s = SCANNER.start(sc, new ScanListener() { }, new DeviceRegistry(), java.util.Set.of(EnpcQuery.HOLDER))
                    .await();
            Map<String, Printer> found = byIp(s.printers());
            assertThat(found).containsOnlyKeys("127.0.46.1", "127.0.46.2");
            Printer laser = found.get("127.0.46.1");
            assertThat(laser.sources()).containsExactly("SNMP");
            assertThat(laser.snmp()).isNotNull();
            assertThat(laser.model()).as("filled from SNMP: no ENPC model").isNotEmpty();
            assertThat(laser.mac()).isNull();
            assertThat(found.get("127.0.46.2").sources()).containsExactly("ENPC unicast", "SNMP");
            assertThat(found.get("127.0.46.2").model()).isEqualTo(sim.at("127.0.46.2").model());
        }
    }

    @Test
    void snmpDiscoveryNeedsSnmp() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScanScope.builder().addRange("127.0.0.1")
                .snmpDiscovery(true).build()).isInstanceOf(ScopeException.class).hasMessageContaining("SNMP");
    }
}
