package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.openenpc.monitor.PrinterMonitor;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.snmp.SnmpSettings;

/**
 * Benchmarks (e) and (f), SNMP. The simulator runs in a second process ({@link SimProcess} with
 * {@code --snmp-port 0}); every packet stays on loopback.
 *
 * <p>(e) Enriching N printers (default 250: inkjet, laser, ET-2850 in turn, all with SNMP agents): a
 * broadcast scan with SNMP, timed from its start until every printer has its SNMP view; baseline in the
 * same run, alternating: the same scan without SNMP until every printer is listed with model and MAC.
 * Medians of --runs (default 5) after one warm-up of each.
 *
 * <p>(f) CPU use of monitoring M printers (default 1,000, TM and inkjet mixed, all with SNMP) every
 * --interval seconds (default 30): after the discovering first refresh, this process's CPU time
 * (OperatingSystemMXBean.getProcessCpuTime) over --intervals refresh intervals (default 3), as % of one
 * core; idle baseline: the same process with the simulator running and no monitor, over --idle seconds
 * (default 30).
 *
 * <p>Options: --which e|f|ef (default ef) --runs 5 --printers 250 --monitored 1000 --interval 30
 * --intervals 3 --idle 30 [--enpc-only 1: (f) without SNMP, for a breakdown]
 */
public final class SnmpBench {

    public static void main(String[] args) throws Exception {
        String which = BenchStats.stringArg(args, "which", "ef");
        if (which.contains("e")) {
            enrich(BenchStats.intArg(args, "printers", 250), BenchStats.intArg(args, "runs", 5));
        }
        if (which.contains("f")) {
            monitor(BenchStats.intArg(args, "monitored", 1000), Double.parseDouble(BenchStats.stringArg(args, "interval", "30")),
                    BenchStats.intArg(args, "intervals", 3), BenchStats.intArg(args, "idle", 30),
                    BenchStats.intArg(args, "enpc-only", 0) != 0);
        }
    }

    /** A running SimProcess and its ports. */
    record Sim(Process process, int port, int snmpPort) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static Sim startSim(int count, String net, String profiles) throws Exception {
        List<String> cmd = List.of(System.getProperty("java.home") + "/bin/java", "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), SimProcess.class.getName(), "--count", "" + count, "--port", "0",
                "--net", net, "--snmp-port", "0", "--profiles", profiles);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.startsWith("READY ")) {
            p.destroyForcibly();
            throw new IllegalStateException("simulator did not start: " + line);
        }
        String[] parts = line.split(" ");
        return new Sim(p, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    static SnmpSettings snmp(Sim sim) {
        return SnmpSettings.defaults().withPort(sim.snmpPort());
    }

    // ---------------------------------------------------------------- (e)

    static void enrich(int count, int runs) throws Exception {
        List<Double> enriched = new ArrayList<>();
        List<Double> enrichedDone = new ArrayList<>();
        List<Double> listed = new ArrayList<>();
        List<Double> listedDone = new ArrayList<>();
        try (Sim sim = startSim(count, "127.3.0.0", "inkjet,laser,et-2850")) {
            for (int run = 0; run < runs + 1; run++) {
                double[] base = scan(sim, count, false);
                double[] with = scan(sim, count, true);
                if (run == 0) {
                    continue; // warm-up
                }
                listed.add(base[0]);
                listedDone.add(base[1]);
                enriched.add(with[0]);
                enrichedDone.add(with[1]);
            }
        }
        double e = BenchStats.median(enriched);
        double b = BenchStats.median(listed);
        System.out.println(f("(e) SNMP enrichment of %d simulated printers (inkjet/laser/ET-2850, simulator in a second "
                + "process), %d runs after 1 warm-up", count, runs));
        System.out.println(f("    with SNMP, all %d with SNMP status, ms: %s -> median %.1f ms", count,
                BenchStats.list(enriched, "%.1f"), e));
        System.out.println(f("    with SNMP, scan finished, ms: median %.0f", BenchStats.median(enrichedDone)));
        System.out.println(f("    baseline ENPC only, all listed with model+MAC, ms: %s -> median %.1f ms",
                BenchStats.list(listed, "%.1f"), b));
        System.out.println(f("    baseline ENPC only, scan finished, ms: median %.0f", BenchStats.median(listedDone)));
        System.out.println(f("    ratio enriched/ENPC-listed: %.2f; finished: %.2f", e / b,
                BenchStats.median(enrichedDone) / BenchStats.median(listedDone)));
    }

    /** {ms until every printer is complete (SNMP view, or model+MAC without SNMP), ms until the scan ended}. */
    static double[] scan(Sim sim, int count, boolean withSnmp) throws Exception {
        CountDownLatch all = new CountDownLatch(1);
        long[] at = new long[1];
        Set<String> complete = new HashSet<>();
        ScanListener l = new ScanListener() {
            @Override
            public void deviceAdded(Printer p) {
                check(p);
            }

            @Override
            public void deviceChanged(Printer p, Set<PrinterField> changed) {
                check(p);
            }

            @Override
            public void snmpRead(String ip, Printer p, org.openenpc.snmp.SnmpReadResult r) {
                if (!(r instanceof org.openenpc.snmp.SnmpReadResult.Answered)) {
                    System.err.println("    SNMP read of " + ip + " (" + (p == null ? "?" : p.model()) + "): " + r);
                }
            }

            private void check(Printer p) {
                boolean ok = withSnmp ? p.snmp() != null : p.mac() != null && !p.model().isEmpty();
                if (ok && complete.add(p.ip()) && complete.size() == count) {
                    at[0] = System.nanoTime();
                    all.countDown();
                }
            }
        };
        ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").port(sim.port())
                .snmp(withSnmp ? snmp(sim) : null).build();
        long t0 = System.nanoTime();
        ScanSummary s = new Scanner(List::of).start(scope, l).await();
        long t1 = System.nanoTime();
        if (!all.await(0, TimeUnit.SECONDS)) {
            throw new IllegalStateException((withSnmp ? "SNMP" : "ENPC") + ": only " + complete.size() + " of " + count
                    + " complete; " + s.progress());
        }
        return new double[] {(at[0] - t0) / 1e6, (t1 - t0) / 1e6};
    }

    // ---------------------------------------------------------------- (f)

    static void monitor(int count, double intervalSeconds, int intervals, int idleSeconds, boolean enpcOnly)
            throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Sim sim = startSim(count, "127.4.0.0", "tm-t88v,inkjet,tm-m30,laser")) {
            // Idle baseline: this JVM with the simulator up and nothing to do.
            long c0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            Thread.sleep(idleSeconds * 1000L);
            double idle = 100.0 * (os.getProcessCpuTime() - c0) / (System.nanoTime() - w0);

            ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").port(sim.port())
                    .snmp(enpcOnly ? null : snmp(sim)).build();
            PrinterMonitor m = new PrinterMonitor(new Scanner(List::of), new DeviceRegistry(), Clock.systemUTC(), 15);
            List<?> first = m.refresh(scope, 0).events();
            if (first.size() != count) {
                throw new IllegalStateException("first refresh found " + first.size() + " of " + count);
            }
            long withSnmp = m.known().stream().filter(k -> k.printer().snmp() != null).count();
            long period = (long) (intervalSeconds * 1e9);
            List<Double> refreshMs = new ArrayList<>();
            int events = 0;
            long cpu0 = os.getProcessCpuTime();
            long simCpu0 = simCpu(sim);
            long start = System.nanoTime();
            for (int i = 0; i < intervals; i++) {
                long r0 = System.nanoTime();
                events += m.refresh(scope, 0).events().size();
                refreshMs.add((System.nanoTime() - r0) / 1e6);
                long wait = start + (i + 1) * period - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            long wall = System.nanoTime() - start;
            double cpu = 100.0 * (os.getProcessCpuTime() - cpu0) / wall;
            double simCpu = simCpu0 < 0 ? Double.NaN : 100.0 * (simCpu(sim) - simCpu0) / wall;
            long online = m.known().stream().filter(PrinterMonitor.Known::online).count();
            System.out.println(f("(f) monitoring %d simulated printers (%d with SNMP%s) every %.0f s, %d intervals (%.1f s)",
                    count, withSnmp, enpcOnly ? ", SNMP off" : "", intervalSeconds, intervals, wall / 1e9));
            System.out.println(f("    monitor process CPU: %.2f %% of one core (idle baseline over %d s: %.2f %%; "
                    + "monitoring above idle: %.2f %%)", cpu, idleSeconds, idle, cpu - idle));
            System.out.println(f("    refresh wall time, ms: %s -> median %.0f; changes reported: %d; online at end: %d",
                    BenchStats.list(refreshMs, "%.0f"), BenchStats.median(refreshMs), events, online));
            System.out.println(f("    simulator process CPU over the same window: %.2f %% of one core", simCpu));
            System.out.println(f("    available processors: %d, system load average at end: %.2f",
                    os.getAvailableProcessors(), os.getSystemLoadAverage()));
        }
    }

    private static long simCpu(Sim sim) {
        return sim.process().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }
}
