package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@link AgentBench}: starts {@code openenpc watch} in a child JVM against the simulator, waits for
 * its first round, measures it from outside over the window (scraping it when it serves metrics), and stops it.
 * The benchmark's main thread calls {@link #run} once.
 */
final class AgentRun {

    /** One run's figures; scrape lists are empty without metrics. */
    record Result(boolean metrics, double firstRoundS, double cpuPct, double rssMb, double hwmMb, double simCpuPct,
                  double othersCpuPct, String loadStart, String loadEnd, List<Scraper.Scrape> text,
                  List<Scraper.Scrape> openMetrics, List<Scraper.Scrape> gzip, int minUp, String durations,
                  String invalid, String prometheus, double cpuPerScrapeMs) {

        String line() {
            String base = f("first round %.1f s; CPU %.2f %% of one core; RSS %.0f MB (HWM %.0f MB); simulator %.2f %%, "
                            + "other processes %.2f %%; load %s -> %s", firstRoundS, cpuPct, rssMb, hwmMb, simCpuPct,
                    othersCpuPct, loadStart, loadEnd);
            if (!metrics) {
                return base + (invalid == null ? "" : "; INVALID: " + invalid);
            }
            return base + f("; CPU per text scrape %.0f ms; text %s; OpenMetrics %s; gzip %s; printers up in every scrape "
                            + ">= %d; %s%s", cpuPerScrapeMs, Scraper.summary(text), Scraper.summary(openMetrics), Scraper.summary(gzip), minUp, durations,
                    invalid == null ? "" : "; INVALID: " + invalid) + (prometheus == null ? "" : "; " + prometheus);
        }
    }

    private final AgentBench.Options o;
    private final SnmpBench.Sim sim;
    private final boolean metrics;
    private final boolean prometheus;

    /** {@code prometheus}: a real Prometheus scrapes every 15 s instead of the benchmark's scrapes. */
    AgentRun(AgentBench.Options o, SnmpBench.Sim sim, boolean metrics, boolean prometheus) {
        this.o = o;
        this.sim = sim;
        this.metrics = metrics;
        this.prometheus = prometheus;
    }

    Result run() throws Exception {
        String loadStart = ProcStats.loadAverage();
        int port = metrics ? freePort() : 0;
        Path err = Files.createTempFile("agent-bench", ".err");
        Process agent = new ProcessBuilder(command(port)).redirectError(err.toFile()).start();
        try {
            AgentBench.LineCounter out = new AgentBench.LineCounter(agent.getInputStream(), o.printers(), "agent-stdout");
            long t0 = System.nanoTime();
            long firstRoundLimit = (long) Math.max(600, 10 * o.interval());
            if (!out.all.await(firstRoundLimit, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the first round listed " + out.found.get() + " of " + o.printers()
                        + " printers in " + firstRoundLimit + " s; agent stderr: " + Files.readString(err));
            }
            double firstRound = (System.nanoTime() - t0) / 1e9;
            Scraper scraper = metrics ? new Scraper("http://127.0.0.1:" + port + "/metrics") : null;
            if (scraper != null) {
                scraper.warmUp(); // the bench's own HTTP client loads its classes here, outside the window
            }
            if (!prometheus) {
                return measure(agent, scraper, null, firstRound, loadStart);
            }
            try (PromScraper prom = PromScraper.start("127.0.0.1:" + port)) {
                return measure(agent, scraper, prom, firstRound, loadStart);
            }
        } finally {
            stop(agent);
            Files.deleteIfExists(err);
        }
    }

    private Result measure(Process agent, Scraper scraper, PromScraper prom, double firstRound, String loadStart)
            throws Exception {
        long pid = agent.pid();
        long cpu0 = ProcStats.cpuTicks(pid);
        long sim0 = ProcStats.cpuTicks(sim.process().pid());
        long busy0 = ProcStats.machineBusyTicks();
        long self0 = ProcStats.cpuTicks(ProcessHandle.current().pid());
        long prom0 = prom == null ? 0 : prom.cpuTicks();
        long w0 = System.nanoTime();
        long window = (long) (o.window() * 1e9);
        List<Scraper.Scrape> text = new ArrayList<>();
        List<Scraper.Scrape> om = new ArrayList<>();
        int scrapes = scraper == null || prom != null ? 0 : o.scrapes();
        for (int i = 0; i < scrapes; i++) {
            sleepUntil(w0 + (long) ((i + 0.5) * window / scrapes));
            (i % 2 == 0 ? text : om).add(scraper.scrape(i % 2 == 0 ? Scraper.Format.TEXT : Scraper.Format.OPENMETRICS));
        }
        sleepUntil(w0 + window);
        double wall = (System.nanoTime() - w0) / 1e9;
        double cpu = pct(ProcStats.cpuTicks(pid) - cpu0, wall);
        double simCpu = pct(ProcStats.cpuTicks(sim.process().pid()) - sim0, wall);
        double self = pct(ProcStats.cpuTicks(ProcessHandle.current().pid()) - self0, wall);
        double promCpu = prom == null ? 0 : pct(prom.cpuTicks() - prom0, wall);
        double others = pct(ProcStats.machineBusyTicks() - busy0, wall) - cpu - simCpu - self - promCpu;
        double rss = ProcStats.statusKb(pid, "VmRSS") / 1024.0;
        double hwm = ProcStats.statusKb(pid, "VmHWM") / 1024.0;
        String loadEnd = ProcStats.loadAverage();
        if (!agent.isAlive()) {
            return new Result(metrics, firstRound, cpu, rss, hwm, simCpu, others, loadStart, loadEnd, text, om,
                    List.of(), 0, "", "the agent exited during the window with " + agent.exitValue(), null, Double.NaN);
        }
        double perScrape = scraper == null ? Double.NaN : cpuPerScrape(pid, scraper, cpu);
        List<Scraper.Scrape> gzip = new ArrayList<>();
        for (int i = 0; scraper != null && i < 3; i++) {
            gzip.add(scraper.scrape(Scraper.Format.OPENMETRICS_GZIP));
        }
        List<Scraper.Scrape> all = new ArrayList<>(text);
        all.addAll(om);
        all.addAll(gzip);
        int minUp = all.stream().mapToInt(Scraper.Scrape::up).min().orElse(0);
        String invalid = scraper != null && minUp < o.printers()
                ? "a scrape listed only " + minUp + " of " + o.printers() + " printers up" : null;
        String durations = scraper == null ? "" : scraper.roundDurations();
        String promSays = prom == null ? null
                : prom.summary((long) o.window()) + f("; Prometheus's own CPU %.2f %% of one core", promCpu);
        return new Result(metrics, firstRound, cpu, rss, hwm, simCpu, others, loadStart, loadEnd, text, om, gzip, minUp,
                durations, invalid, promSays, perScrape);
    }

    /**
     * CPU ms the agent spends on one text scrape: 10 back-to-back scrapes after the window, the agent's CPU over
     * them less what it used in the same wall time at the window's rate (its rounds go on meanwhile).
     */
    private static double cpuPerScrape(long pid, Scraper scraper, double windowPct) throws Exception {
        int n = 10;
        long c0 = ProcStats.cpuTicks(pid);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            scraper.scrape(Scraper.Format.TEXT);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (ProcStats.cpuTicks(pid) - c0) / ProcStats.TICKS_PER_SECOND;
        return 1000 * (cpuSeconds - windowPct / 100 * wall) / n;
    }

    private List<String> command(int port) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String opt : o.jvm().trim().split("\\s+")) {
            if (!opt.isEmpty()) {
                cmd.add(opt);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.openenpc.Main", "watch",
                "--range", o.range(), "--port", "" + sim.port(), "--snmp-port", "" + sim.snmpPort(),
                "--interval", "" + o.interval(), "--rediscover-every", "" + o.rediscoverEvery(), "--rate", "" + o.rate(),
                "--no-record"));
        if (metrics) {
            cmd.add("--metrics-listen=127.0.0.1:" + port);
        }
        return cmd;
    }

    private static double pct(long ticks, double wallSeconds) {
        return 100.0 * ticks / ProcStats.TICKS_PER_SECOND / wallSeconds;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** SIGTERM (the watch's Ctrl+C path), then a kill after 15 s. */
    private static void stop(Process agent) throws InterruptedException {
        agent.destroy();
        if (!agent.waitFor(15, TimeUnit.SECONDS)) {
            agent.destroyForcibly();
            agent.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
