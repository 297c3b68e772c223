package org.openenpc.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.openenpc.bench.BenchStats.f;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.openenpc.discovery.ScanScope;
import org.openenpc.ui.AppContext;
import org.openenpc.ui.settings.SettingsStore;
import org.openenpc.ui.main.PrinterRow;

/**
 * Benchmark (d): the real main window (headless Monocle, 1200×760) during one broadcast scan that
 * discovers 10,000 simulated printers hosted by a second process ({@link SimProcess}, scattered
 * over 127.2.0.0/16, answering broadcasts on 127.255.255.255:PORT). Measures FX-thread stalls as
 * the gaps between consecutive pulses (an AnimationTimer), the heap (peak sampled every 100 ms,
 * and used after System.gc() with the full table), the time until every row is in the table and
 * the number of FxBatcher batches. Baseline in the same run: a fresh identical window idling, no
 * scan, for as long as the scan took. A fresh window (new AppContext and Stage) for every run.
 * The simulator process runs under {@code nice -n SIMNICE} (default 10): it stands for 10,000 other
 * machines, and at normal priority it took CPU from the window under test on a two-core machine.
 * Options: --runs 5 --printers 10000 --port 23320 --processes 1 --timeout 180 --sim-nice 10 (0 = as
 * the app) --record on|off|full|both|all (default both) --cpu-load on|off|both (default both); -Dgsb.debug=true prints every pulse gap over 50 ms as
 * it happens, with the CPU time the FX thread spent in it (a long gap with little FX CPU is waiting for a core
 * or a GC pause).
 *
 * <p>The inventory: every window gets its own file in a temp folder (and the app's data folder,
 * {@code openenpc.dataDir}, is pointed at a temp folder too, so nothing reaches the user's real inventory).
 * {@code --record}: <b>on</b> = a fresh, empty inventory per window: the scan's round is recorded (the first
 * scan of 10,000 printers into an empty inventory, the heaviest write) and the phase goes on until the
 * recording's result reached the window (the diff of the scan, posted after the reload of the devices), then
 * 1 s more; <b>off</b> = the same fresh file, but the window's {@code InventoryService} is closed once it has
 * opened, before the scan (the service's own close: {@code record} then returns at once; the product has no
 * switch for "no history"), the phase also ends 1 s after the scan; <b>full</b> = a copy of the inventory an
 * "on" scan left (10,000 printers): the window opens with 10,000 remembered rows and the scan records into it;
 * <b>both</b> = on and off alternating, <b>all</b> = on, off, full. Each mode's idle baseline uses the same
 * kind of inventory.
 *
 * <p>{@code --cpu-load}: <b>on</b> = a busy process pinned to the last core ({@link CpuLoad}: {@code taskset -c 1
 * sh -c 'while :; do :; done'} on two cores), started by the benchmark before a series' scan and idle windows and
 * killed after them (a shutdown hook kills it on failure); <b>off</b> = without; <b>both</b> = on and off
 * alternating in every run, "on" first. Every scan counts, the first after launch too (it is marked; the JIT
 * compiles the table's code during it).
 */
public final class GuiStressBench {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final double MB = 1024.0 * 1024.0;

    /** The figures of one measured phase (a scan, or the idle baseline). */
    record Phase(double seconds, double maxGapMs, double p99GapMs, double gapsOver50, double pulses,
                 double heapAfterMb, double heapPeakMb, double allRowsS, double rows, double batches,
                 double finishedS, double recordedS) {
        @Override
        public String toString() {
            return f("%.2f s, longest gap %.1f ms, p99 %.1f ms, %.0f gaps > 50 ms, %.0f pulses, heap after GC %.1f MB,"
                    + " peak %.1f MB, all rows after %.2f s, %.0f rows, %.0f batches, scan finished %.2f s,"
                    + " recorded %.2f s after", seconds, maxGapMs, p99GapMs, gapsOver50, pulses, heapAfterMb, heapPeakMb,
                    allRowsS, rows, batches, finishedS, recordedS);
        }
    }

    /** How the window keeps its inventory (see the class comment). */
    enum Record { ON, OFF, FULL }

    /** A temp folder for the inventories; the template "full" inventory once an "on" scan left one. */
    static Path inventories;
    static Path fullTemplate;
    static int windows;

    static List<Record> modes(String arg) {
        return switch (arg) {
            case "on" -> List.of(Record.ON);
            case "off" -> List.of(Record.OFF);
            case "full" -> List.of(Record.FULL);
            case "both" -> List.of(Record.ON, Record.OFF);
            case "all" -> List.of(Record.ON, Record.OFF, Record.FULL);
            default -> throw new IllegalArgumentException("--record on|off|full|both|all, not " + arg);
        };
    }

    /** One series: with or without the busy process beside the window, and the window's inventory. */
    record Series(boolean load, Record mode) {
        String label() {
            return "cpu load " + (load ? "on" : "off") + ", record " + mode.name().toLowerCase();
        }
    }

    static List<Boolean> loads(String arg) {
        return switch (arg) {
            case "on" -> List.of(true);
            case "off" -> List.of(false);
            case "both" -> List.of(true, false);
            default -> throw new IllegalArgumentException("--cpu-load on|off|both, not " + arg);
        };
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchStats.intArg(args, "runs", 5);
        int count = BenchStats.intArg(args, "printers", 10_000);
        int port = BenchStats.intArg(args, "port", 23320);
        int processes = BenchStats.intArg(args, "processes", 1);
        int simNice = BenchStats.intArg(args, "sim-nice", 10);
        int timeout = BenchStats.intArg(args, "timeout", 180);
        List<Record> modes = modes(BenchStats.stringArg(args, "record", "both"));
        List<Boolean> loads = new ArrayList<>(loads(BenchStats.stringArg(args, "cpu-load", "both")));
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        CpuLoad cpu = null;
        if (loads.contains(true)) {
            cpu = CpuLoad.onCore(Runtime.getRuntime().availableProcessors() - 1);
            if (cpu == null) {
                loads.remove(Boolean.TRUE);
                if (loads.isEmpty()) {
                    return;
                }
            }
        }
        inventories = Files.createTempDirectory("openenpc-bench-inventory");
        BenchStats.deleteOnExit(inventories);
        System.setProperty(org.openenpc.inventory.DataFolder.PROPERTY, inventories.resolve("data").toString());
        headless();
        List<Process> sims = new ArrayList<>();
        java.util.Map<Series, List<Phase>> scans = new java.util.LinkedHashMap<>();
        java.util.Map<Series, List<Phase>> idles = new java.util.LinkedHashMap<>();
        try {
            long s0 = System.nanoTime();
            for (int i = 0; i < processes; i++) {
                int n = count / processes + (i < count % processes ? 1 : 0);
                sims.add(SweepBench.startSimulator(n, port, 0, "127." + (2 + i) + ".0.0", simNice));
            }
            System.out.println(f("simulators ready: %d printers in %d process(es) at nice %d, %.1f s", count, processes, simNice,
                    (System.nanoTime() - s0) / 1e9));
            CountDownLatch up = new CountDownLatch(1);
            Platform.startup(up::countDown);
            up.await();
            Platform.setImplicitExit(false);
            System.out.println("record: " + modes + "; cpu load: " + loads.stream().map(l -> l ? "on" : "off").toList()
                    + (cpu != null ? " (taskset -c " + cpu.core() + " sh -c 'while :; do :; done', beside scans and idle"
                    + " windows alike)" : "") + "; load " + load());
            if (modes.contains(Record.FULL) && !modes.contains(Record.ON)) {
                System.out.println("  (an unmeasured scan with recording on makes the full inventory; the first measured"
                        + " scan is then not the first after launch)");
                scan(port, count, timeout, Record.ON);
            }
            boolean first = true;
            for (int run = 1; run <= runs; run++) {
                for (boolean busy : loads) {
                    if (busy) {
                        cpu.start();
                    }
                    try {
                        for (Record mode : modes) {
                            Series series = new Series(busy, mode);
                            Phase s = scan(port, count, timeout, mode);
                            Phase i = idle(s.seconds(), mode);
                            System.out.println(f("  run %d%s, %s: %s%n      idle: %s; load %s", run,
                                    first ? " (first scan after launch)" : "", series.label(), s, i, load()));
                            first = false;
                            scans.computeIfAbsent(series, m -> new ArrayList<>()).add(s);
                            idles.computeIfAbsent(series, m -> new ArrayList<>()).add(i);
                        }
                    } finally {
                        if (busy) {
                            cpu.stop();
                        }
                    }
                }
            }
            System.out.println("load at the end: " + load());
        } finally {
            if (cpu != null) {
                cpu.stop();
            }
            for (Process p : sims) {
                p.getOutputStream().close();
            }
            for (Process p : sims) {
                p.waitFor();
            }
        }
        for (Series series : scans.keySet()) {
            System.out.println();
            System.out.println(series.label() + ":");
            report(count, runs, scans.get(series), idles.get(series));
        }
        System.out.println();
        System.out.println("same run, by series (medians): longest stall, p99, gaps > 50 ms, heap after GC, peak heap;"
                + " worst run; longest stall per run (run 1 = first scan after launch in the first series)");
        for (Series series : scans.keySet()) {
            List<Phase> p = scans.get(series);
            System.out.println(f("    %-26s %.1f ms, %.1f ms, %.0f, %.1f MB, %.1f MB; worst run %.1f ms; runs %s ms;"
                    + " recorded %.2f s after the scan", series.label(), BenchStats.median(col(p, Phase::maxGapMs)),
                    BenchStats.median(col(p, Phase::p99GapMs)), BenchStats.median(col(p, Phase::gapsOver50)),
                    BenchStats.median(col(p, Phase::heapAfterMb)), BenchStats.median(col(p, Phase::heapPeakMb)),
                    col(p, Phase::maxGapMs).stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                    BenchStats.list(col(p, Phase::maxGapMs), "%.1f"), BenchStats.median(col(p, Phase::recordedS))));
        }
        boolean every = scans.values().stream().flatMap(List::stream).allMatch(p -> p.maxGapMs() <= 50);
        boolean heap = scans.values().stream().flatMap(List::stream).allMatch(p -> p.heapPeakMb() <= 150
                && p.heapAfterMb() <= 150);
        System.out.println(f("    every run's longest stall <= 50 ms (first scan included): %s; every run's heap <= 150 MB"
                + " (after GC and peak): %s", every ? "met" : "MISSED", heap ? "met" : "MISSED"));
        Platform.exit();
        System.exit(0);
    }

    /** The properties surefire's argLine sets, before the toolkit starts. */
    static void headless() {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        System.setProperty("prism.order", "sw");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("java.awt.headless", "true");
    }

    /** The main window as the app builds it, scoped to the loopback broadcast on {@code port}. */
    static final class Window {
        final Stage stage = new Stage();
        final AppContext context;
        final PulseRecorder pulses = new PulseRecorder();

        Window(int port, Path db) throws Exception {
            context = new AppContext(stage, null, null,
                    new SettingsStore(Files.createTempDirectory("openenpc-bench").resolve("settings.json")), List::of,
                    () -> ScanScope.builder().addBroadcast("127.255.255.255").includeInterfaceBroadcasts(false)
                            .port(port).build(), db.toString());
            stage.setScene(context.createScene());
            stage.setWidth(1200);
            stage.setHeight(760);
            stage.show();
            pulses.start();
        }

        TableView<PrinterRow> table() {
            return context.controller().table();
        }

        void close() {
            pulses.stop();
            context.close();
            stage.close();
        }
    }

    /** A fresh inventory file for one window: empty (ON, OFF) or a copy of the full template (FULL). */
    static Path inventoryFor(Record mode) throws java.io.IOException {
        Path dir = Files.createDirectories(inventories.resolve("w" + (++windows)));
        Path db = dir.resolve("inventory.db");
        if (mode == Record.FULL) {
            if (fullTemplate == null) {
                throw new IllegalStateException("no full inventory yet");
            }
            Files.copy(fullTemplate, db);
        }
        return db;
    }

    /** Builds the window for {@code mode} and waits until its inventory is open and shown (OFF: closed). */
    static Window window(int port, Record mode, Path db) throws Exception {
        Window w = fx(() -> new Window(port, db));
        long until = System.nanoTime() + 30_000_000_000L;
        while (!fx(() -> w.context.inventory().reloadsProperty().get() >= 1
                || !w.context.inventory().problemProperty().get().isEmpty())) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the inventory " + db + " did not open within 30 s");
            }
            Thread.sleep(20);
        }
        String problem = fx(() -> w.context.inventory().problemProperty().get());
        if (!problem.isEmpty()) {
            throw new IllegalStateException("the inventory " + db + " did not open: " + problem);
        }
        if (mode == Record.OFF) {
            w.context.inventory().close(); // record() returns at once from now on
        }
        return w;
    }

    static Phase scan(int port, int count, int timeoutSeconds, Record mode) throws Exception {
        Path db = inventoryFor(mode);
        Window w = window(port, mode, db);
        Thread.sleep(1000); // first layout and CSS
        AtomicLong allRowsAt = new AtomicLong();
        AtomicLong finishedAt = new AtomicLong();
        AtomicLong recordedAt = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch recorded = new CountDownLatch(1);
        HeapSampler heap = new HeapSampler();
        ThreadCpu cpu = new ThreadCpu();
        long t0 = fx(() -> {
            w.table().getItems().addListener((ListChangeListener<PrinterRow>) c -> {
                if (allRowsAt.get() == 0 && w.table().getItems().size() >= count) {
                    allRowsAt.set(System.nanoTime());
                }
            });
            w.context.viewModel().scanningProperty().addListener((o, was, now) -> {
                if (!now) {
                    finishedAt.compareAndSet(0, System.nanoTime());
                    done.countDown();
                }
            });
            w.context.inventory().changesProperty().addListener((o, was, now) -> {
                if (now != null) {
                    recordedAt.compareAndSet(0, System.nanoTime());
                    recorded.countDown();
                }
            });
            w.pulses.begin();
            long t = System.nanoTime();
            if (!w.context.viewModel().startScan()) {
                throw new IllegalStateException("scan did not start: " + w.context.viewModel().placeholderProperty().get());
            }
            return t;
        });
        boolean finished = done.await(timeoutSeconds, TimeUnit.SECONDS);
        if (finished && mode != Record.OFF && !recorded.await(60, TimeUnit.SECONDS)) {
            System.out.println("  the scan's recording did not reach the window within 60 s");
        }
        Thread.sleep(1000); // what follows the scan (and its recording) on the FX thread
        long[] gaps = fx(w.pulses::end);
        long t1 = System.nanoTime();
        double peak = heap.stop();
        cpu.print("scan");
        if (!finished) {
            System.out.println("  scan did not finish within " + timeoutSeconds + " s; stopping it");
            fx(() -> {
                w.context.viewModel().stopScan();
                return null;
            });
        }
        int rows = fx(() -> w.table().getItems().size());
        long batches = fx(() -> w.context.viewModel().batches());
        double after = heapAfterGc();
        fx(() -> {
            w.close();
            return null;
        });
        if (mode == Record.ON && fullTemplate == null) {
            fullTemplate = inventories.resolve("full-template.db");
            Files.copy(db, fullTemplate); // closed above: the WAL is checkpointed into the file
        }
        double allRows = allRowsAt.get() == 0 ? Double.NaN : (allRowsAt.get() - t0) / 1e9;
        double finishedS = finishedAt.get() == 0 ? Double.NaN : (finishedAt.get() - t0) / 1e9;
        double recordedS = recordedAt.get() == 0 ? Double.NaN : (recordedAt.get() - finishedAt.get()) / 1e9;
        return phase((t1 - t0) / 1e9, gaps, after, peak, allRows, rows, batches, finishedS, recordedS);
    }

    static Phase idle(double seconds, Record mode) throws Exception {
        Window w = window(0, mode, inventoryFor(mode));
        Thread.sleep(1000);
        HeapSampler heap = new HeapSampler();
        long t0 = fx(() -> {
            w.pulses.begin();
            return System.nanoTime();
        });
        Thread.sleep((long) (seconds * 1000));
        long[] gaps = fx(w.pulses::end);
        long t1 = System.nanoTime();
        double peak = heap.stop();
        double after = heapAfterGc();
        fx(() -> {
            w.close();
            return null;
        });
        return phase((t1 - t0) / 1e9, gaps, after, peak, Double.NaN, 0, 0, Double.NaN, Double.NaN);
    }

    static Phase phase(double seconds, long[] gaps, double heapAfter, double heapPeak, double allRows, int rows,
                       long batches, double finishedS, double recordedS) {
        long[] s = gaps.clone();
        Arrays.sort(s);
        double max = s.length == 0 ? Double.NaN : s[s.length - 1] / 1e6;
        double p99 = s.length == 0 ? Double.NaN : s[Math.max(0, (int) Math.ceil(0.99 * s.length) - 1)] / 1e6;
        long over = Arrays.stream(s).filter(g -> g > 50_000_000L).count();
        return new Phase(seconds, max, p99, over, s.length, heapAfter, heapPeak, allRows, rows, batches, finishedS,
                recordedS);
    }

    /** Records the time between consecutive pulses while {@link #begin()}..{@link #end()}. FX thread only. */
    static final class PulseRecorder extends AnimationTimer {
        private long[] gaps = new long[1 << 16];
        private int n;
        private long last;
        private long lastCpu;
        private boolean recording;

        @Override
        public void handle(long now) {
            long t = System.nanoTime();
            if (recording) {
                if (last != 0) {
                    if (n == gaps.length) {
                        gaps = Arrays.copyOf(gaps, n * 2);
                    }
                    gaps[n++] = t - last;
                    if (t - last > 50_000_000L && Boolean.getBoolean("gsb.debug")) {
                        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                        System.err.printf("DBG gap %.1f ms at %d: FX thread CPU %.1f ms%n", (t - last) / 1e6,
                                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), (cpu - lastCpu) / 1e6);
                    }
                }
                last = t;
                if (Boolean.getBoolean("gsb.debug")) {
                    lastCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                }
            }
        }

        void begin() {
            n = 0;
            last = 0;
            recording = true;
        }

        long[] end() {
            recording = false;
            return Arrays.copyOf(gaps, n);
        }
    }

    /**
     * With -Dgsb.debug=true: the CPU time each busy thread of this JVM spent in a phase (the FX thread, the
     * renderer, the scan threads), a figure the machine's other load stretches less than wall time.
     */
    static final class ThreadCpu {
        private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final java.util.Map<Long, Long> start = new java.util.HashMap<>();

        ThreadCpu() {
            for (long id : threads.getAllThreadIds()) {
                start.put(id, threads.getThreadCpuTime(id));
            }
        }

        void print(String phase) {
            if (!Boolean.getBoolean("gsb.debug")) {
                return;
            }
            List<String> out = new ArrayList<>();
            java.util.Map<String, Long> byName = new java.util.TreeMap<>();
            for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (t == null) {
                    continue;
                }
                long now = threads.getThreadCpuTime(t.getThreadId());
                long used = now - start.getOrDefault(t.getThreadId(), 0L);
                byName.merge(t.getThreadName().replaceAll("-\\d+$", ""), used, Long::sum);
            }
            byName.entrySet().stream().filter(e -> e.getValue() > 50_000_000L)
                    .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                    .forEach(e -> out.add(f("%s %.0f", e.getKey(), e.getValue() / 1e6)));
            System.err.println("DBG " + phase + " CPU ms by thread: " + String.join(", ", out));
        }
    }

    /** Samples heap used every 100 ms on its own thread and keeps the maximum. */
    static final class HeapSampler {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        private final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            timer.scheduleAtFixedRate(() -> peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max),
                    0, 100, TimeUnit.MILLISECONDS);
        }

        /** Peak in MB. */
        double stop() throws InterruptedException {
            timer.shutdown();
            timer.awaitTermination(5, TimeUnit.SECONDS);
            peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
            return peak.get() / MB;
        }
    }

    static double heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return MEMORY.getHeapMemoryUsage().getUsed() / MB;
    }

    static <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    static List<Double> col(List<Phase> phases, java.util.function.ToDoubleFunction<Phase> get) {
        return phases.stream().map(p -> get.applyAsDouble(p)).toList();
    }

    static void report(int count, int runs, List<Phase> scans, List<Phase> idles) {
        System.out.println(f("(d) GUI stress: main window (headless Monocle, 1200x760) during a broadcast scan of %d"
                + " printers (second process), %d runs, the first scan after launch counted", count, runs));
        System.out.println("    JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", options " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-D")).toList() + ", max heap "
                + f("%.0f MB", Runtime.getRuntime().maxMemory() / MB) + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs");
        line("scan: longest pulse gap, ms", col(scans, Phase::maxGapMs), "%.1f");
        line("idle: longest pulse gap, ms", col(idles, Phase::maxGapMs), "%.1f");
        line("scan: p99 pulse gap, ms", col(scans, Phase::p99GapMs), "%.1f");
        line("idle: p99 pulse gap, ms", col(idles, Phase::p99GapMs), "%.1f");
        line("scan: pulse gaps > 50 ms", col(scans, Phase::gapsOver50), "%.0f");
        line("idle: pulse gaps > 50 ms", col(idles, Phase::gapsOver50), "%.0f");
        line("scan: pulses", col(scans, Phase::pulses), "%.0f");
        line("idle: pulses", col(idles, Phase::pulses), "%.0f");
        line("scan: heap used after GC (full table), MB", col(scans, Phase::heapAfterMb), "%.1f");
        line("idle: heap used after GC (empty table), MB", col(idles, Phase::heapAfterMb), "%.1f");
        line("scan: peak heap used (100 ms samples), MB", col(scans, Phase::heapPeakMb), "%.1f");
        line("idle: peak heap used (100 ms samples), MB", col(idles, Phase::heapPeakMb), "%.1f");
        line("time until all rows in the table, s", col(scans, Phase::allRowsS), "%.2f");
        line("scan finished, s", col(scans, Phase::finishedS), "%.2f");
        line("recording reached the window after the scan, s", col(scans, Phase::recordedS), "%.2f");
        line("measured phase (scan + recording + 1 s), s", col(scans, Phase::seconds), "%.2f");
        line("rows in the table", col(scans, Phase::rows), "%.0f");
        line("FxBatcher batches", col(scans, Phase::batches), "%.0f");
        double stall = BenchStats.median(col(scans, Phase::maxGapMs));
        double idleStall = BenchStats.median(col(idles, Phase::maxGapMs));
        double heap = BenchStats.median(col(scans, Phase::heapAfterMb));
        double peak = BenchStats.median(col(scans, Phase::heapPeakMb));
        System.out.println(f("    longest stall scan/idle: %.2f; target <= 50 ms: %s", stall / idleStall,
                stall <= 50 ? "met" : "MISSED"));
        System.out.println(f("    heap after GC %.1f MB, peak %.1f MB; target <= 150 MB: %s", heap, peak,
                heap <= 150 && peak <= 150 ? "met" : heap <= 150 ? "met after GC, peak above" : "MISSED"));
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    static void line(String label, List<Double> values, String fmt) {
        System.out.println(f("    %s: %s -> median " + fmt, label, BenchStats.list(values, fmt), BenchStats.median(values)));
    }
}
