package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (l), issue 13: the agent, a whole {@code openenpc watch --metrics-listen} process in a child JVM,
 * watching N simulated printers (default 5,000, with SNMP) every --interval seconds (default 60), against the
 * same watch without {@code --metrics-listen} as the baseline, alternating in the same run (the metrics run
 * first in every other pair). The simulator is a third process ({@link SimProcess}, started once), so the
 * measured process is only the agent. Everything is measured from outside, per run: after the first round
 * (all N "new printer" lines on the agent's standard output), over a --window of seconds (default: two
 * intervals): the agent's CPU time from {@code /proc/PID/stat} (utime + stime) as % of one core, then VmRSS
 * and VmHWM from {@code /proc/PID/status}; for the metrics runs --scrapes {@code GET /metrics} spread evenly
 * over the window, alternating the text format and OpenMetrics (Accept header), each timed until its whole
 * body is read, with its size, its series (lines not starting with #) and its printers up (every scrape must
 * list all N {@code openenpc_printer_up 1}, else the run is invalid). After the window, three gzip scrapes
 * (Prometheus asks for gzip) outside the CPU figure. Each run also records the load average at its start
 * and end, the simulator's CPU and every other process's CPU over the window ({@code /proc/stat}).
 * Loopback only: the printers on a /16 of 127/8, the endpoint on 127.0.0.1.
 *
 * <p>Usage: AgentBench [--printers 5000] [--net 127.13.0.0] [--interval 60] [--rediscover-every 1] [--runs 3]
 * [--window S (default 2 × interval)] [--scrapes 20] [--rate 2000] [--jvm "-XX:..." (the agent's JVM options)]
 * [--prometheus: then one metrics run scraped only by a real Prometheus every 15 s, {@link PromScraper}; with --runs 0
 * only that] [--quick: 200 printers, --interval 10, --rediscover-every 0, 1 pair, a 20 s window, 10 scrapes]
 */
public final class AgentBench {

    /** The benchmark's settings. */
    record Options(int printers, String net, double interval, int rediscoverEvery, int runs, double window, int scrapes,
                   int rate, String jvm, boolean prometheus) {
        static Options of(String[] args) {
            boolean quick = List.of(args).contains("--quick");
            double interval = Double.parseDouble(BenchStats.stringArg(args, "interval", quick ? "10" : "60"));
            return new Options(BenchStats.intArg(args, "printers", quick ? 200 : 5000),
                    BenchStats.stringArg(args, "net", "127.13.0.0"), interval,
                    BenchStats.intArg(args, "rediscover-every", quick ? 0 : 1), BenchStats.intArg(args, "runs", quick ? 1 : 3),
                    Double.parseDouble(BenchStats.stringArg(args, "window", "" + (quick ? 20 : 2 * interval))),
                    BenchStats.intArg(args, "scrapes", quick ? 10 : 20), BenchStats.intArg(args, "rate", 2000),
                    BenchStats.stringArg(args, "jvm", ""), List.of(args).contains("--prometheus"));
        }

        String range() {
            return net.substring(0, net.lastIndexOf('.', net.lastIndexOf('.') - 1)) + ".0.0/16";
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.of(args);
        System.out.println(MachineInfo.describe());
        System.out.println(f("(l) the agent: watch of %d simulated printers on %s (SNMP on), --interval %.0f, "
                        + "--rediscover-every %d, --rate %d; %d pairs with/without --metrics-listen; window %.0f s after "
                        + "the first round; %d scrapes per metrics run", o.printers(), o.range(), o.interval(),
                o.rediscoverEvery(), o.rate(), o.runs(), o.window(), o.scrapes()));
        List<AgentRun.Result> with = new ArrayList<>();
        List<AgentRun.Result> without = new ArrayList<>();
        try (SnmpBench.Sim sim = SnmpBench.startSim(o.printers(), o.net(), "tm-t88v,inkjet,tm-m30,laser")) {
            for (int i = 0; i < o.runs(); i++) {
                boolean metricsFirst = i % 2 == 0;
                for (int k = 0; k < 2; k++) {
                    boolean metrics = (k == 0) == metricsFirst;
                    AgentRun.Result r = new AgentRun(o, sim, metrics, false).run();
                    (metrics ? with : without).add(r);
                    System.out.println(f("run %d %s: %s", i + 1, metrics ? "metrics   " : "no metrics", r.line()));
                }
            }
            if (o.prometheus()) {
                System.out.println("run with Prometheus scraping every 15 s: " + new AgentRun(o, sim, true, true).run().line());
            }
        }
        if (o.runs() > 0) {
            System.out.println();
            System.out.println(Report.table(o, with, without));
        }
    }

    /** Reads every line of {@code in} on a named daemon thread, counting "new printer" lines. */
    static final class LineCounter {
        final AtomicInteger found = new AtomicInteger();
        final CountDownLatch all;
        private final List<String> tail = new ArrayList<>();

        LineCounter(java.io.InputStream in, int expected, String name) {
            all = new CountDownLatch(expected);
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.contains(": new printer")) {
                            found.incrementAndGet();
                            all.countDown();
                        }
                        synchronized (tail) {
                            tail.add(line);
                            if (tail.size() > 20) {
                                tail.remove(0);
                            }
                        }
                    }
                } catch (IOException ignored) {
                    // the agent ended
                }
            }, name);
            t.setDaemon(true);
            t.start();
        }

        String tail() {
            synchronized (tail) {
                return String.join("\n", tail);
            }
        }
    }

    /** This machine, for the report: CPUs, model, kernel, hypervisor. */
    static final class MachineInfo {
        private MachineInfo() {
        }

        static String describe() throws IOException {
            String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            String cmdline = Files.readString(Path.of("/proc/cmdline"));
            String kind = cmdline.contains("firecracker") ? "Firecracker microVM" : dmesgSaysGvisor() ? "gVisor" : "VM/host";
            return f("machine: %d CPUs, %s, %s, %s; gVisor: %s; Java %s; load average at start: %s",
                    Runtime.getRuntime().availableProcessors(), model, Files.readString(Path.of("/proc/version")).trim()
                            .split(" \\(")[0], kind, dmesgSaysGvisor() ? "yes" : "no", System.getProperty("java.version"),
                    ProcStats.loadAverage());
        }

        private static boolean dmesgSaysGvisor() {
            try {
                Process p = new ProcessBuilder("dmesg").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(5, TimeUnit.SECONDS);
                return out.contains("gVisor");
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }
    }
}
