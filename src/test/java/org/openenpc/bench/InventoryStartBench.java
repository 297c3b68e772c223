package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.openenpc.inventory.DataFolder;
import org.openenpc.inventory.Inventories;
import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.ScanRecord;
import org.openenpc.model.Printer;
import org.openenpc.model.SnmpCondition;
import org.openenpc.ui.AppContext;
import org.openenpc.ui.settings.SettingsStore;

/**
 * Benchmark (j): the app's start with a large inventory. Target (issue): the start with a 10,000-device
 * inventory, to a filled table, takes at most 1.5× the start with an empty inventory, same run.
 *
 * <p>Preparation (not timed): an inventory file of N devices (default 10,000), written through the real
 * {@code Inventory.recordScan} ({@code --scans} scans an hour apart, the last an hour ago; the printers are built in
 * memory as {@link InventoryBench} builds them: SNMP views with supplies, no network), and an empty inventory file
 * (opened once, so its schema exists). Both are closed (WAL checkpointed) and each run starts from a fresh copy
 * of one of them.
 *
 * <p>Each run, on the FX thread under headless Monocle: {@code new AppContext(stage, …, db)} with a fresh settings
 * file, {@code createScene()}, a 1200×760 stage shown, as {@link GuiStressBench} builds the window. The app does
 * not scan at start: nothing goes on the network. Timed from just before {@code new AppContext} to
 * <ul>
 *   <li><b>table</b>: the inventory's first read reaching the FX thread with the table's items holding every
 *       remembered device (N rows, or 0 for the empty inventory);</li>
 *   <li><b>pulse</b>: the end of the layout pass of the first pulse after that (a post-layout pulse listener: the
 *       frame with the rows is laid out and handed to the renderer).</li>
 * </ul>
 * Also reported: the time to a shown window (constructor, FXML, show). Runs alternate empty / full, after one
 * unmeasured warm-up of each. A fresh AppContext and Stage every run, closed and collected between runs.
 *
 * <p>{@code --cold N} (default 7, 0 = skip) then measures N starts of each kind in a fresh JVM each (the app's start
 * as a user sees it: class loading, the toolkit's start, JIT-cold code): a child {@code java} with this program's
 * class path and heap, timed from the JVM's start ({@code RuntimeMXBean.getStartTime}) to the filled table and to
 * the first laid-out pulse; alternating empty / full after one unmeasured pair.
 * Options: --runs 7 --cold 7 --devices 10000 --scans 3 --timeout 60. The app's data folder ({@code openenpc.dataDir}) is
 * set to a temp folder, so nothing lands in the user's real one.
 */
public final class InventoryStartBench {

    record Start(double shownS, double tableS, double pulseS, int rows, long tableWallMs, long pulseWallMs) {
        @Override
        public String toString() {
            return f("window shown %.3f s, table filled %.3f s, first laid-out pulse %.3f s, %d rows", shownS, tableS,
                    pulseS, rows);
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchStats.intArg(args, "runs", 7);
        int devices = BenchStats.intArg(args, "devices", 10_000);
        int scans = BenchStats.intArg(args, "scans", 3);
        int timeout = BenchStats.intArg(args, "timeout", 60);
        int cold = BenchStats.intArg(args, "cold", 7);
        if (args.length == 3 && args[0].equals("--child")) {
            child(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        Path dir = Files.createTempDirectory("openenpc-startbench");
        BenchStats.deleteOnExit(dir);
        System.setProperty(DataFolder.PROPERTY, dir.resolve("data").toString());
        GuiStressBench.headless();
        System.out.println("machine: " + machine());
        System.out.println("load before: " + load());

        Path empty = dir.resolve("empty.db");
        Path full = dir.resolve("full.db");
        long p0 = System.nanoTime();
        try (Inventory inv = Inventories.open(empty.toString())) {
            inv.devices();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Inventory inv = Inventories.open(full.toString())) {
            for (int r = 0; r < scans; r++) {
                inv.recordScan(scan(devices, r, now.minus(scans - r, ChronoUnit.HOURS)));
            }
            int kept = inv.devices().size();
            if (kept != devices) {
                throw new IllegalStateException("the prepared inventory holds " + kept + " devices, not " + devices);
            }
        }
        System.out.println(f("prepared: %d devices, %d scans through Inventory.recordScan in %.1f s; %s %.1f MB, %s %.2f MB",
                devices, scans, (System.nanoTime() - p0) / 1e9, full.getFileName(), Files.size(full) / 1048576.0,
                empty.getFileName(), Files.size(empty) / 1048576.0));

        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);
        List<Start> e = new ArrayList<>();
        List<Start> b = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            Start se = start(copy(empty, dir, "e" + run), 0, timeout);
            Start sb = start(copy(full, dir, "f" + run), devices, timeout);
            String label = run == 0 ? "warm-up" : "run " + run;
            System.out.println(f("  %s: empty: %s%n  %s  %,d:  %s", label, se, " ".repeat(label.length()), devices, sb));
            if (run > 0) {
                e.add(se);
                b.add(sb);
            }
        }
        System.out.println("load after: " + load());
        System.out.println(f("(j) app start to a filled table: empty inventory vs %,d devices, %d runs each, alternating,"
                + " after 1 warm-up each", devices, runs));
        System.out.println("    JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", options " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-D")).toList() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
        double ratio = 0;
        for (String[] what : new String[][] {{"window shown", "shown"}, {"table filled", "table"},
            {"first laid-out pulse after it", "pulse"}}) {
            List<Double> ve = col(e, what[1]);
            List<Double> vb = col(b, what[1]);
            double r = BenchStats.median(vb) / BenchStats.median(ve);
            System.out.println(f("    %s, s: empty %s -> median %.3f (min %.3f, max %.3f)", what[0],
                    BenchStats.list(ve, "%.3f"), BenchStats.median(ve), min(ve), max(ve)));
            System.out.println(f("    %s, s: %,d   %s -> median %.3f (min %.3f, max %.3f); ratio %.2f", what[0], devices,
                    BenchStats.list(vb, "%.3f"), BenchStats.median(vb), min(vb), max(vb), r));
            if (what[1].equals("table")) {
                ratio = r;
            }
        }
        System.out.println(f("    target: table filled with %,d devices <= 1.5x the empty start: %.2fx, %s", devices, ratio,
                ratio <= 1.5 ? "PASS" : "FAIL"));
        if (cold > 0) {
            coldStarts(cold, devices, empty, full, dir);
        }
        Platform.exit();
        System.exit(0);
    }

    /** N starts of each kind, each in a fresh JVM, alternating. */
    static void coldStarts(int n, int devices, Path empty, Path full, Path dir) throws Exception {
        System.out.println(f("cold starts: a fresh JVM per start, %d of each, alternating after 1 unmeasured pair; load %s",
                n, load()));
        List<double[]> e = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        for (int run = 0; run <= n; run++) {
            double[] se = childRun(copy(empty, dir, "ce" + run), 0, dir);
            double[] sb = childRun(copy(full, dir, "cf" + run), devices, dir);
            System.out.println(f("  %s: empty: table %.3f s, pulse %.3f s; %,d: table %.3f s, pulse %.3f s (from the JVM's start)",
                    run == 0 ? "warm-up" : "run " + run, se[0], se[1], devices, sb[0], sb[1]));
            if (run > 0) {
                e.add(se);
                b.add(sb);
            }
        }
        System.out.println("load after: " + load());
        double ratio = 0;
        for (int k = 0; k < 2; k++) {
            int i = k;
            List<Double> ve = e.stream().map(x -> x[i]).toList();
            List<Double> vb = b.stream().map(x -> x[i]).toList();
            double r = BenchStats.median(vb) / BenchStats.median(ve);
            String what = k == 0 ? "JVM start to table filled" : "JVM start to first laid-out pulse after it";
            System.out.println(f("    cold, %s, s: empty %s -> median %.3f (min %.3f, max %.3f)", what,
                    BenchStats.list(ve, "%.3f"), BenchStats.median(ve), min(ve), max(ve)));
            System.out.println(f("    cold, %s, s: %,d   %s -> median %.3f (min %.3f, max %.3f); ratio %.2f", what, devices,
                    BenchStats.list(vb, "%.3f"), BenchStats.median(vb), min(vb), max(vb), r));
            if (k == 0) {
                ratio = r;
            }
        }
        System.out.println(f("    cold: table filled with %,d devices <= 1.5x the empty start: %.2fx, %s", devices, ratio,
                ratio <= 1.5 ? "PASS" : "FAIL"));
    }

    static double[] childRun(Path db, int expected, Path dir) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).toList());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-D" + DataFolder.PROPERTY + "=" + dir.resolve("data"),
                InventoryStartBench.class.getName(), "--child", db.toString(), Integer.toString(expected)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the child failed: " + out);
        }
        String line = out.lines().filter(l -> l.startsWith("CHILD ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result from the child: " + out));
        String[] v = line.split(" ");
        return new double[] {Double.parseDouble(v[1]), Double.parseDouble(v[2])};
    }

    /** One start in this (fresh) JVM; prints "CHILD tableS pulseS", both from the JVM's start. */
    static void child(Path db, int expected) throws Exception {
        GuiStressBench.headless();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);
        Start s = start(db, expected, 60);
        System.out.println(f("CHILD %.3f %.3f", (s.tableWallMs() - jvmStart) / 1e3, (s.pulseWallMs() - jvmStart) / 1e3));
        Platform.exit();
        System.exit(0);
    }

    /** Scan {@code round} of {@code count} printers at {@code at}: InventoryBench's printers, recent dates. */
    static ScanRecord scan(int count, int round, Instant at) {
        List<Printer> answered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean laser = i % 3 == 2;
            int black = 100 - (round + i) % 100;
            int cyan = 100 - (round / 3 + i) % 100;
            int[] pct = laser ? new int[] {black, 60} : new int[] {black, cyan, 70, 80, 50};
            List<SnmpCondition> cond = (i + round) % 50 == 0 ? List.of(InventoryBench.JAM) : List.of();
            answered.add(InventoryBench.printer(InventoryBench.ip(i, 10), InventoryBench.mac(i, 0xa0),
                    laser ? "AL-M320DN" : "WF-C5790", f("X%07d", i), at, 1000L + 40L * round + i, cond,
                    laser ? InventoryBench.LASER : InventoryBench.INKJET, pct));
        }
        return new ScanRecord(at, at.plusSeconds(20), "127.10.0.0/16, port 3289", "SCAN", true, ip -> true, answered);
    }

    static Path copy(Path template, Path dir, String name) throws IOException {
        Path run = Files.createDirectories(dir.resolve(name));
        return Files.copy(template, run.resolve("inventory.db"), StandardCopyOption.REPLACE_EXISTING);
    }

    static Start start(Path db, int expected, int timeoutSeconds) throws Exception {
        SettingsStore settings = new SettingsStore(db.getParent().resolve("settings.json"));
        CountDownLatch done = new CountDownLatch(1);
        long[] t = new long[4];
        long[] wall = new long[2];
        int[] rows = {-1};
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicReference<AppContext> context = new AtomicReference<>();
        Stage stage = GuiStressBench.fx(() -> {
            Stage s = new Stage();
            t[0] = System.nanoTime();
            AppContext c = new AppContext(s, null, null, settings, List::of, db.toString());
            context.set(c);
            Scene scene = c.createScene();
            s.setScene(scene);
            s.setWidth(1200);
            s.setHeight(760);
            s.show();
            t[1] = System.nanoTime();
            c.inventory().problemProperty().addListener((o, was, now) -> {
                if (!now.isEmpty()) {
                    problem.set(now);
                    done.countDown();
                }
            });
            c.inventory().reloadsProperty().addListener((o, was, now) -> {
                int n = c.controller().table().getItems().size();
                if (t[2] == 0 && now.longValue() >= 1 && n >= expected) {
                    t[2] = System.nanoTime();
                    wall[0] = System.currentTimeMillis();
                    rows[0] = n;
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        t[3] = System.nanoTime();
                        wall[1] = System.currentTimeMillis();
                        scene.removePostLayoutPulseListener(once[0]);
                        done.countDown();
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                    Platform.requestNextPulse();
                }
            });
            return s;
        });
        boolean finished = done.await(timeoutSeconds, TimeUnit.SECONDS);
        GuiStressBench.fx(() -> {
            context.get().close();
            stage.close();
            return null;
        });
        if (problem.get() != null) {
            throw new IllegalStateException("the inventory " + db + " did not open: " + problem.get());
        }
        if (!finished) {
            throw new IllegalStateException("the table did not fill within " + timeoutSeconds + " s (" + db + ")");
        }
        GuiStressBench.heapAfterGc();
        Thread.sleep(300);
        return new Start((t[1] - t[0]) / 1e9, (t[2] - t[0]) / 1e9, (t[3] - t[0]) / 1e9, rows[0], wall[0], wall[1]);
    }

    static List<Double> col(List<Start> starts, String what) {
        return starts.stream().map(s -> switch (what) {
            case "shown" -> s.shownS();
            case "table" -> s.tableS();
            default -> s.pulseS();
        }).toList();
    }

    static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return f("%d CPUs (nproc), %s, %s %s", Runtime.getRuntime().availableProcessors(), cpu,
                System.getProperty("os.name"), System.getProperty("os.version"));
    }

    static String load() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "load average ?";
        }
    }
}
