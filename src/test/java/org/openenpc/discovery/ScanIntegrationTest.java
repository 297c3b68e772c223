package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.sim.Faults;
import org.openenpc.sim.Loopback;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimStatus;
import org.openenpc.sim.SimulatedPrinter;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * The engine against the real-UDP simulator, on loopback only: every scan names its targets
 * (the loopback broadcast 127.255.255.255 or a 127.x range).
 */
class ScanIntegrationTest {

    private static final Scanner SCANNER = new Scanner(List::of); // no interface broadcasts, ever

    private static ScanScope.Builder broadcastScope(Simulator sim) {
        return ScanScope.builder().addBroadcast("127.255.255.255").port(sim.port());
    }

    @Test
    void broadcastScanFindsAllFiftyWithEveryField() throws Exception {
        SimulatorConfig cfg = SimulatorConfig.builder().count(50).base("127.0.11.1").port(0).seed(3).build();
        try (Simulator sim = Simulator.start(cfg)) {
            SimulatedPrinter coverOpen = sim.printers().get(0);
            SimulatedPrinter paperEnd = sim.printers().get(3);
            SimulatedPrinter nearEnd = sim.printers().get(4);
            SimulatedPrinter offline = sim.printers().get(5);
            coverOpen.setStatus(SimStatus.IDLE.withCoverOpen(true));
            paperEnd.setStatus(SimStatus.IDLE.withPaperEnd(true));
            nearEnd.setStatus(SimStatus.IDLE.withPaperNearEnd(true));
            offline.setStatus(SimStatus.IDLE.withOffline(true));
            List<Printer> added = new CopyOnWriteArrayList<>();
            ScanSummary s = SCANNER.start(broadcastScope(sim).build(), new ScanListener() {
                @Override
                public void deviceAdded(Printer p) {
                    added.add(p);
                }
            }).await();

            assertThat(s.failed()).isFalse();
            assertThat(s.cancelled()).isFalse();
            assertThat(added).hasSize(50);
            Map<String, Printer> found = s.printers().stream().collect(Collectors.toMap(Printer::ip, Function.identity()));
            assertThat(found).hasSize(50);
            for (SimulatedPrinter sp : sim.printers()) {
                Printer p = found.get(sp.address());
                assertThat(p).as(sp.address()).isNotNull();
                assertThat(p.macText()).isEqualTo(sp.macText());
                assertThat(p.ipSettings().address()).isEqualTo(sp.address());
                assertThat(p.ipSettings().mask()).isEqualTo(sp.mask().getHostAddress());
                assertThat(p.ipSettings().gateway()).isEqualTo(sp.gateway().getHostAddress());
                assertThat(p.sources()).containsExactly("ENPC broadcast");
                if (sp.profile() == PrinterProfile.SCANNER) {
                    assertThat(p.model()).isEmpty(); // no printer behind a scanner (FFFE)
                } else {
                    assertThat(p.model()).isEqualTo(sp.model());
                }
                boolean tm = sp.profile() != PrinterProfile.SCANNER && sp.profile() != PrinterProfile.INKJET;
                assertThat(p.status().reported()).isEqualTo(tm);
                if (tm) {
                    assertThat(p.cardName()).isEqualTo(sp.cardName());
                    assertThat(p.status().online()).isEqualTo(!sp.status().offline());
                    assertThat(p.status().coverOpen()).isEqualTo(sp.status().coverOpen());
                    assertThat(p.status().paperEnd()).isEqualTo(sp.status().paperEnd());
                    assertThat(p.status().paperNearEnd()).isEqualTo(sp.status().paperNearEnd());
                }
            }
            assertThat(found.get(coverOpen.address()).status().summary()).isEqualTo("Cover open");
            assertThat(found.get(offline.address()).status().summary()).isEqualTo("Offline");
            assertThat(s.progress().malformed()).isZero();
        }
    }

    @Test
    void anErrorOnTheScanThreadEndsTheScanWithASentenceInsteadOfLeavingItRunning() throws Exception {
        // As a runtime without java.net.http did: a class missing in the middle of a scan (here thrown by the
        // listener, which the scan calls on its own thread).
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().count(2).base("127.0.11.101").port(0).build())) {
            ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").port(sim.port())
                    .quietTimeout(Duration.ofMillis(300)).build();
            ScanSummary s = new Scanner(List::of).start(scope, new ScanListener() {
                @Override
                public void deviceAdded(Printer printer) {
                    throw new NoClassDefFoundError("java/net/http/HttpResponse$BodySubscriber");
                }
            }).completion().get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(s.failed()).isTrue();
            assertThat(s.error()).isEqualTo("the scan stopped on an internal error: java.lang.NoClassDefFoundError: "
                    + "java/net/http/HttpResponse$BodySubscriber");
        }
    }

    @Test
    void sweepOfASlash22FindsTheFortyScatteredInsideAndNothingElse() throws Exception {
        Random rnd = new Random(22);
        Set<Integer> inside = new HashSet<>();
        int net = Ipv4.parseIPv4("127.3.4.0");
        while (inside.size() < 40) {
            int host = rnd.nextInt(1024);
            int ip = net + host;
            if ((ip & 0xFF) != 0 && (ip & 0xFF) != 255) {
                inside.add(ip);
            }
        }
        List<PrinterSpec> specs = new ArrayList<>();
        inside.forEach(ip -> specs.add(PrinterSpec.of(Ipv4.toDotted(ip), PrinterProfile.TM_M30)));
        for (String outside : List.of("127.3.3.254", "127.3.8.1", "127.3.3.1", "127.3.9.9", "127.4.4.4")) {
            specs.add(PrinterSpec.of(outside, PrinterProfile.TM_T88V));
        }
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(specs).port(0).build())) {
            ScanScope scope = ScanScope.builder().addRange("127.3.4.0/22").port(sim.port()).rate(20_000).build();
            ScanSummary s = SCANNER.start(scope, new ScanListener() { }).await();
            Set<String> expected = inside.stream().map(Ipv4::toDotted).collect(Collectors.toSet());
            assertThat(s.printers()).extracting(Printer::ip).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(s.printers()).allSatisfy(p -> {
                assertThat(p.model()).isEqualTo("TM-m30");
                assertThat(p.sources()).containsExactly("ENPC unicast");
            });
            assertThat(s.progress().targetsTotal()).isEqualTo(1022);
            assertThat(s.progress().targetsSent()).isEqualTo(1022);
        }
    }

    @Test
    void twentyPercentLossEachWayDefaultSettingsFindAtLeast99Percent() throws Exception {
        Faults loss = Faults.builder().loss(0.2).build();
        SimulatorConfig cfg = SimulatorConfig.builder().count(200).base("127.0.12.1").port(0).seed(7).faults(loss).build();
        try (Simulator sim = Simulator.start(cfg)) {
            ScanSummary s = SCANNER.start(broadcastScope(sim).build(), new ScanListener() { }).await();
            assertThat(s.printers().size()).isGreaterThanOrEqualTo(198);
            Set<String> simIps = sim.printers().stream().map(SimulatedPrinter::address).collect(Collectors.toSet());
            assertThat(s.printers()).allSatisfy(p -> assertThat(simIps).contains(p.ip()));
            long complete = s.printers().stream().filter(p -> p.mac() != null && !p.ipSettings().mask().isEmpty()).count();
            assertThat(complete).isGreaterThanOrEqualTo(s.printers().size() * 99L / 100);
        }
    }

    @Test
    void malformedAndDuplicateRepliesNeverBreakAScanOrMakeGhosts() throws Exception {
        Faults nasty = Faults.builder().malformed(0.3).duplicate(0.5).build();
        SimulatorConfig cfg = SimulatorConfig.builder().count(60).base("127.0.13.1").port(0).seed(11).faults(nasty).build();
        try (Simulator sim = Simulator.start(cfg)) {
            Map<String, AtomicInteger> adds = new ConcurrentHashMap<>();
            ScanSummary s = SCANNER.start(broadcastScope(sim).build(), new ScanListener() {
                @Override
                public void deviceAdded(Printer p) {
                    adds.computeIfAbsent(p.ip(), k -> new AtomicInteger()).incrementAndGet();
                }
            }).await();
            assertThat(s.failed()).isFalse();
            assertThat(s.progress().malformed()).isPositive();
            Set<String> simIps = sim.printers().stream().map(SimulatedPrinter::address).collect(Collectors.toSet());
            assertThat(s.printers()).extracting(Printer::ip).containsExactlyInAnyOrderElementsOf(simIps);
            assertThat(adds.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            Set<String> macs = s.printers().stream().map(Printer::macText).collect(Collectors.toSet());
            assertThat(macs).hasSize(60);
            assertThat(s.printers()).allSatisfy(p -> assertThat(p.macText())
                    .isEqualTo(sim.printer(p.ip()).orElseThrow().macText()));
        }
    }

    @Test
    void cancelIsPromptAndReleasesTheThreadAndSocket() throws Exception {
        // A slow sweep of a /16 that would take minutes: cancel must end it within 100 ms.
        ScanScope scope = ScanScope.builder().addRange("127.9.0.0/16").port(9).rate(500).build();
        List<ScanSummary> finished = new CopyOnWriteArrayList<>();
        Scan scan = SCANNER.start(scope, new ScanListener() {
            @Override
            public void finished(ScanSummary s) {
                finished.add(s);
            }
        });
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> scan.printers().isEmpty() && scan.thread().isAlive());
        Thread.onSpinWait();
        long t0 = System.nanoTime();
        scan.cancel();
        ScanSummary s = scan.await(Duration.ofSeconds(5));
        scan.thread().join(1000);
        long tookMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(s).isNotNull();
        assertThat(s.cancelled()).isTrue();
        assertThat(scan.thread().isAlive()).isFalse();
        assertThat(finished).hasSize(1);
        assertThat(tookMs).as("ms from cancel() to the socket closed and thread ended").isLessThan(100);
    }

    @Test
    void changesAreReportedWhenAPrinterIsScannedAgain() throws Exception {
        SimulatorConfig cfg = SimulatorConfig.builder().count(3).base("127.0.14.1").port(0).profile(PrinterProfile.TM_T88V).build();
        try (Simulator sim = Simulator.start(cfg)) {
            org.openenpc.model.DeviceRegistry registry = new org.openenpc.model.DeviceRegistry();
            ScanScope scope = broadcastScope(sim).quietTimeout(Duration.ofMillis(300)).retries(1).build();
            SCANNER.start(scope, new ScanListener() { }, registry, Set.of()).await();
            sim.printers().get(1).setStatus(SimStatus.IDLE.withPaperEnd(true));
            List<Set<PrinterField>> changes = new CopyOnWriteArrayList<>();
            List<Printer> added = new CopyOnWriteArrayList<>();
            SCANNER.start(scope, new ScanListener() {
                @Override
                public void deviceAdded(Printer p) {
                    added.add(p);
                }

                @Override
                public void deviceChanged(Printer p, Set<PrinterField> changed) {
                    if (changed.contains(PrinterField.STATUS)) {
                        changes.add(changed);
                        assertThat(p.status().paperEnd()).isTrue();
                    }
                }
            }, registry, Set.of()).await();
            assertThat(added).isEmpty();
            assertThat(changes).hasSize(1);
            assertThat(registry.size()).isEqualTo(3);
        }
    }
}
