package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.sim.Faults;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.SnmpSettings;
import org.openenpc.ui.demo.DemoMode;

/**
 * Benchmark (n), issue 14's end of a scan: how long after its start a scan declares itself done, and whether the slow
 * printers are still found, in three cases run alternately, each a fresh scan against an in-process simulator:
 * <ul>
 * <li>{@code fast}: a broadcast scan of 250 TM printers on loopback (as (a)), default settings;</li>
 * <li>{@code demo}: the demo's own scope and settings (SNMP with the demo's short tries, IPP probes), its 17 printers,
 * one of them (127.0.77.17) answering every request 700 ms late;</li>
 * <li>{@code slow}: a broadcast scan of 20 printers that all answer 800 ms + 0–400 ms late (a slow Wi-Fi
 * network, {@code simulate --delay 800 --jitter 400}).</li>
 * </ul>
 * Options: --runs 7 --printers 250 --slow-printers 20 --rate 2000 --timeout 1500 (the fast case's --rate and
 * --timeout; the other two keep the defaults).
 */
public final class ScanEndBench {

    public static void main(String[] args) throws Exception {
        int runs = BenchStats.intArg(args, "runs", 7);
        int count = BenchStats.intArg(args, "printers", 250);
        int slowCount = BenchStats.intArg(args, "slow-printers", 20);
        int rate = BenchStats.intArg(args, "rate", ScanScope.DEFAULT_RATE);
        int timeout = BenchStats.intArg(args, "timeout", 1500);
        SimulatorConfig fastCfg = SimulatorConfig.builder().count(count).base("127.0.21.1").port(0)
                .profiles(List.of(PrinterProfile.TM_T88V, PrinterProfile.TM_M30, PrinterProfile.TM_M30II)).build();
        SimulatorConfig slowCfg = SimulatorConfig.builder().count(slowCount).base("127.0.22.1").port(0).seed(7)
                .faults(Faults.builder().delay(Duration.ofMillis(800)).jitter(Duration.ofMillis(400)).build()).build();
        List<Double> fastDone = new ArrayList<>();
        List<Double> fastListed = new ArrayList<>();
        List<Double> demoDone = new ArrayList<>();
        List<Double> demoSlowAt = new ArrayList<>();
        List<Double> slowDone = new ArrayList<>();
        List<Double> slowFound = new ArrayList<>();
        List<Double> demoFound = new ArrayList<>();
        List<Double> fastFound = new ArrayList<>();
        try (Simulator fast = Simulator.start(fastCfg); Simulator slow = Simulator.start(slowCfg);
             DemoMode demo = DemoMode.start()) {
            for (int run = 0; run <= runs; run++) {
                Result a = scan(ScanScope.builder().addBroadcast("127.255.255.255").port(fast.port()).rate(rate)
                        .quietTimeout(Duration.ofMillis(timeout)).build());
                Result d = scan(demoScope(demo));
                Result s = scan(ScanScope.builder().addBroadcast("127.255.255.255").port(slow.port()).build());
                String label = run == 0 ? "warm-up" : "run " + run;
                System.out.println(f("  %s: fast %.0f ms (%d/%d, all listed %.0f ms); demo %.0f ms (%d/%d, slow printer at %s);"
                        + " slow %.0f ms (%d/%d)", label, a.doneMs, a.found(), count, a.listedMs, d.doneMs, d.found(), DemoMode.COUNT,
                        d.foundAt("127.0.77.17"), s.doneMs, s.found(), slowCount));
                if (run == 0) {
                    continue;
                }
                fastDone.add(a.doneMs);
                fastListed.add(a.listedMs);
                fastFound.add(a.found() / (double) count);
                demoDone.add(d.doneMs);
                demoFound.add(d.found() / (double) DemoMode.COUNT);
                demoSlowAt.add(d.at.containsKey("127.0.77.17") ? d.at.get("127.0.77.17") : Double.NaN);
                slowDone.add(s.doneMs);
                slowFound.add(s.found() / (double) slowCount);
            }
        }
        System.out.println(f("(n) end of a scan, %d runs after 1 warm-up, --rate %d --timeout %d for the fast case", runs, rate,
                timeout));
        System.out.println(f("    fast: %d TM printers, broadcast, finished, ms: %s -> median %.0f (all listed: median %.1f ms);"
                + " share found: %s", count, BenchStats.list(fastDone, "%.0f"), BenchStats.median(fastDone),
                BenchStats.median(fastListed), BenchStats.list(fastFound, "%.3f")));
        System.out.println(f("    demo: finished, ms: %s -> median %.0f; share found: %s; the 700 ms printer found at, ms: %s",
                BenchStats.list(demoDone, "%.0f"), BenchStats.median(demoDone), BenchStats.list(demoFound, "%.3f"),
                BenchStats.list(demoSlowAt, "%.0f")));
        System.out.println(f("    slow (--delay 800 --jitter 400, %d printers): finished, ms: %s -> median %.0f; share found: %s",
                slowCount, BenchStats.list(slowDone, "%.0f"), BenchStats.median(slowDone), BenchStats.list(slowFound, "%.3f")));
    }

    /** The scope the app builds in demo mode (AppContext), with the app's default timeout, retries and rate. */
    private static ScanScope demoScope(DemoMode demo) {
        SnmpSettings snmp = SnmpSettings.defaults().withPort(demo.simulator().snmpPort())
                .withTimeout(Duration.ofMillis(400)).withRetries(1);
        return demo.scope(ScanScope.builder().snmp(snmp));
    }

    private record Result(double doneMs, double listedMs, Map<String, Double> at) {
        int found() {
            return at.size();
        }

        String foundAt(String ip) {
            Double ms = at.get(ip);
            return ms == null ? "NOT FOUND" : f("%.0f ms", ms);
        }
    }

    private static Result scan(ScanScope scope) throws Exception {
        long t0 = System.nanoTime();
        ListedWatcher w = new ListedWatcher(0); // no count to wait for: the scan's end is what is timed
        ScanSummary s = new Scanner(List::of).start(scope, w).await();
        double done = (System.nanoTime() - t0) / 1e6;
        if (!s.error().isEmpty()) {
            throw new IllegalStateException(s.error());
        }
        Map<String, Double> at = new HashMap<>();
        w.firstSeen().forEach((ip, nanos) -> at.put(ip, (nanos - t0) / 1e6));
        return new Result(done, w.lastListedAt() == 0 ? 0 : (w.lastListedAt() - t0) / 1e6, at);
    }
}
