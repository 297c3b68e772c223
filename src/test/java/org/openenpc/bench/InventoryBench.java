package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.openenpc.inventory.Inventories;
import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.InventoryDiff;
import org.openenpc.inventory.PostgresServer;
import org.openenpc.inventory.ScanInfo;
import org.openenpc.inventory.ScanRecord;
import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.model.SupplySeries;

/**
 * Inventory benchmark (issue 11's figures), on SQLite (a temp file) and on PostgreSQL (the test harness
 * {@link PostgresServer}: a throwaway cluster on 127.0.0.1; skipped with a line when PostgreSQL is not installed).
 * No network use beyond that loopback server.
 *
 * <p><b>record</b>: the DB time of {@code Inventory.recordScan} for a scan of N printers (default 10,000) built in
 * memory as {@code model.Printer} objects with SNMP views (four inks and a maintenance box, or a toner and a waste
 * box), target ≤ 0.5 s: (1) the first scan into an empty inventory (a fresh inventory each time, min(reps, 3)
 * times), (2) the steady state, every later scan, on an inventory already holding those N devices: --reps scans,
 * each an hour after the last, in which every printer's black level falls 1 %, every third scan cyan too, the
 * page count rises (so every scan writes N supply rows and N page-count rows) and 2 % of printers gain or lose a
 * paper jam (status rows). Same-run baseline: the same with N/10 printers, alternating with the big one; the
 * ratio big/small is reported. A System.gc() runs before each timed call; the printers are built before the clock
 * starts. One unmeasured warm-up (3 scans of N/10) first.
 *
 * <p><b>year</b>: a generated year of 5-minute polls of 1,000 printers (105,120 scans), see {@link YearSim} and
 * {@link YearWriter}: database size, {@code supplyHistory(id, null)} and since 30 days before the last poll, each
 * ≤ 100 ms (medians of --reps after one warm-up per device, cycling over 5 devices), plus for information a diff
 * over the last week and over the year of that inventory and recording 1,000-printer polls into it. Before the
 * year, the generator is checked against the product: a dense small history (30 printers, 3 days, frequent
 * events) is written both by the generator and by {@code recordScan}, and every table must be identical. Then
 * the 10,000-device diff: an inventory of N devices recorded through {@code recordScan} (3 scans), a 4th scan
 * in which 3 % are gone, 3 % are new, 2 % moved, 5 % changed status and 2.5 % had a cartridge replaced;
 * {@code diff(3, 4)} ≤ 100 ms, median of --reps after 3 warm-up calls (the first also reported: with --which diff
 * it is the JVM's first, as in one CLI run). Each line also gives the calling thread's CPU time (see {@link Timer}).
 *
 * <p>Options: --which record|year|all|diff (default all; diff: only the 10,000-device diff, also part of year) --quick (2,000 / 200 printers, 100 printers × 30 days, 3 reps)
 * --reps N (default 7) --printers N (record and diff size) --year-printers N --days N --backends sqlite,postgresql
 * --pg-url-extra "&reWriteBatchedInserts=true" (appended to every PostgreSQL inventory's URL: a driver option a user
 * can put in the URL; the product's default has none)
 */
public final class InventoryBench {

    private static final Instant T0 = Instant.parse("2025-11-03T00:00:00Z"); // a Monday
    private static int failures;

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        String which = BenchStats.stringArg(args, "which", "all");
        int reps = BenchStats.intArg(args, "reps", quick ? 3 : 7);
        int big = BenchStats.intArg(args, "printers", quick ? 2000 : 10000);
        int yearPrinters = BenchStats.intArg(args, "year-printers", quick ? 100 : 1000);
        int days = BenchStats.intArg(args, "days", quick ? 30 : 365);
        List<String> backends = List.of(BenchStats.stringArg(args, "backends", "sqlite,postgresql").split(","));
        System.out.println(machine());
        for (String name : backends) {
            Backend b;
            if (name.equals("sqlite")) {
                b = new Sqlite();
            } else if (name.equals("postgresql")) {
                if (PostgresServer.shared() == null) {
                    System.out.println("[postgresql] skipped: PostgreSQL not installed (apt-get install postgresql) — "
                            + PostgresServer.unavailableReason().orElse(""));
                    continue;
                }
                b = new Postgres(PostgresServer.shared(), BenchStats.stringArg(args, "pg-url-extra", ""));
            } else {
                throw new IllegalArgumentException("--backends: sqlite or postgresql, not " + name);
            }
            if (which.equals("record") || which.equals("all")) {
                record(b, big, reps);
            }
            if (which.equals("year") || which.equals("all")) {
                checkGenerator(b);
                year(b, yearPrinters, days, reps);
            }
            if (which.equals("year") || which.equals("all") || which.equals("diff")) {
                diff(b, big, reps);
            }
        }
        System.out.println(f("load average at the end: %.2f", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
        System.out.println(failures == 0 ? "inventory bench: every target met" : "inventory bench: " + failures
                + " target(s) missed");
    }

    // ---------------------------------------------------------------- machine and output

    static String machine() {
        String model = "?";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException ignored) {
            // not Linux
        }
        String nproc = "?";
        try {
            Process p = new ProcessBuilder("nproc").redirectErrorStream(true).start();
            nproc = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
        } catch (IOException | InterruptedException ignored) {
            // no nproc
        }
        return f("machine: %d cores (availableProcessors), nproc %s, CPU %s, Java %s, load average %.2f",
                Runtime.getRuntime().availableProcessors(), nproc, model, System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** One result line: name, runs, median, min/max, target and verdict (target <= 0: information only). */
    static double report(Backend b, String name, Timer t, double targetMs) {
        List<Double> ms = t.wall;
        double med = BenchStats.median(ms);
        String verdict = "";
        if (targetMs > 0) {
            boolean ok = med <= targetMs;
            if (!ok) {
                failures++;
            }
            verdict = f("; target <= %.0f ms: %s", targetMs, ok ? "PASS" : "FAIL");
        }
        System.out.println(f("[%s] %s, ms: %s -> median %.1f ms (min %.1f, max %.1f; this thread's CPU median %.1f ms)%s",
                b.name(), name, BenchStats.list(ms, "%.1f"), med, Collections.min(ms), Collections.max(ms),
                BenchStats.median(t.cpu), verdict));
        return med;
    }

    /**
     * Wall times of timed calls, and the calling thread's CPU time for each (on SQLite all the database work runs
     * in that thread, so its CPU time holds still while other processes load the machine; on PostgreSQL the server's
     * share is in another process and not counted).
     */
    static final class Timer {
        final List<Double> wall = new ArrayList<>();
        final List<Double> cpu = new ArrayList<>();

        void time(Runnable r) {
            System.gc();
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            r.run();
            wall.add((System.nanoTime() - t0) / 1e6);
            cpu.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    // ---------------------------------------------------------------- backends

    /** Where inventories are made: SQLite temp files, or PostgreSQL databases on the harness's server. */
    interface Backend {
        String name();

        /** A new empty location (file path or JDBC URL), not yet migrated. */
        String create() throws Exception;

        void drop(String location) throws Exception;

        /** A plain JDBC connection for bulk writes and size queries. */
        Connection connect(String location) throws SQLException;

        /** The bytes the inventory takes on disk. */
        long size(String location) throws Exception;

        default Inventory open(String location) {
            return Inventories.open(location);
        }
    }

    static final class Sqlite implements Backend {
        private final Path dir;
        private int n;

        Sqlite() throws IOException {
            dir = Files.createTempDirectory("openenpc-invbench");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // best effort
                }
            }));
        }

        @Override
        public String name() {
            return "sqlite";
        }

        @Override
        public String create() {
            return dir.resolve("inventory-" + (++n) + ".db").toString();
        }

        @Override
        public void drop(String location) throws IOException {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(location + suffix));
            }
        }

        @Override
        public Connection connect(String location) throws SQLException {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + location);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 3000");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA cache_size = -65536");
            }
            return c;
        }

        @Override
        public long size(String location) throws Exception {
            try (Connection c = connect(location); Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            long total = 0;
            for (String suffix : List.of("", "-wal")) {
                Path p = Path.of(location + suffix);
                total += Files.exists(p) ? Files.size(p) : 0;
            }
            return total;
        }
    }

    static final class Postgres implements Backend {
        private final PostgresServer server;
        private final String urlExtra;

        /** {@code urlExtra}: appended to each inventory's URL, e.g. "&reWriteBatchedInserts=true" (--pg-url-extra). */
        Postgres(PostgresServer server, String urlExtra) {
            this.server = server;
            this.urlExtra = urlExtra;
        }

        @Override
        public String name() {
            return urlExtra.isEmpty() ? "postgresql" : "postgresql" + urlExtra;
        }

        @Override
        public String create() throws SQLException {
            return server.createDatabase() + urlExtra;
        }

        @Override
        public void drop(String location) throws SQLException {
            server.dropDatabase(location.substring(0, location.length() - urlExtra.length()));
        }

        @Override
        public Connection connect(String location) throws SQLException {
            return DriverManager.getConnection(location + "&reWriteBatchedInserts=true");
        }

        @Override
        public long size(String location) throws SQLException {
            try (Connection c = connect(location); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT pg_database_size(current_database())")) {
                r.next();
                return r.getLong(1);
            }
        }

        long tablesSize(String location) throws SQLException {
            try (Connection c = connect(location); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c"
                         + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
                         + " AND c.relkind = 'r'")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------- (1) recording a scan

    static final String[][] INKJET = {{"Black Ink", "black", "COLORANT"}, {"Cyan Ink", "cyan", "COLORANT"},
        {"Magenta Ink", "magenta", "COLORANT"}, {"Yellow Ink", "yellow", "COLORANT"}, {"Maintenance box", "", "WASTE"}};
    static final String[][] LASER = {{"Toner Cartridge", "black", "COLORANT"}, {"Waste Toner Box", "", "WASTE"}};

    static String mac(int i, int prefix) {
        return f("00:26:%02x:%02x:%02x:%02x", prefix, (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff);
    }

    static String ip(int i, int second) {
        return "127." + second + "." + (i / 250) + "." + (i % 250 + 1);
    }

    /** A printer as the scanner makes it: ENPC facts, an SNMP view with supplies, seen at {@code at}. */
    static Printer printer(String ip, String mac, String model, String serial, Instant at, long pages,
                           List<SnmpCondition> conditions, String[][] kinds, int[] percents) {
        List<Supply> supplies = new ArrayList<>(kinds.length);
        for (int s = 0; s < kinds.length; s++) {
            supplies.add(new Supply(kinds[s][0], kinds[s][1], Supply.Kind.valueOf(kinds[s][2]), percents[s], "ok", "ST2"));
        }
        SnmpView v = new SnmpView("EPSON " + model, "", "", "", model, "running", "idle", serial, pages, conditions,
                supplies, "", at, null);
        return new Printer(ip, MacAddress.parse(mac), model, "", "", Printer.IpSettings.NONE, PrinterStatus.UNKNOWN, "",
                new TreeSet<>(List.of("ENPC broadcast")), new TreeSet<>(List.of("Q 03-0000")), new TreeMap<>(), at, at, v);
    }

    static final SnmpCondition JAM = new SnmpCondition("paper-jam", "Paper jam", SnmpCondition.Severity.ERROR, "ST2");

    /** Scan {@code round} of {@code count} printers, an hour after the previous one (see the class comment). */
    static ScanRecord benchScan(int count, int round, int prefix) {
        Instant at = T0.plusSeconds(3600L * round);
        List<Printer> answered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean laser = i % 3 == 2;
            int black = 100 - (round + i) % 100;
            int cyan = 100 - (round / 3 + i) % 100;
            int[] pct = laser ? new int[] {black, 60} : new int[] {black, cyan, 70, 80, 50};
            List<SnmpCondition> cond = (i + round) % 50 == 0 ? List.of(JAM) : List.of();
            answered.add(printer(ip(i, 10 + prefix), mac(i, 0xa0 + prefix), laser ? "AL-M320DN" : "WF-C5790",
                    f("X%07d", i), at, 1000L + 40L * round + i, cond, laser ? LASER : INKJET, pct));
        }
        return new ScanRecord(at, at.plusSeconds(20), "127." + (10 + prefix) + ".0.0/16, port 3289", "SCAN", true,
                ip -> true, answered);
    }

    static void record(Backend b, int big, int reps) throws Exception {
        int small = big / 10;
        System.out.println(f("[%s] recording a scan: %d printers vs %d, %d reps (SNMP views with supplies; every scan"
                + " writes supply and page-count rows)", b.name(), big, small, reps));
        // warm-up
        String w = b.create();
        try (Inventory inv = b.open(w)) {
            for (int r = 0; r < 3; r++) {
                inv.recordScan(benchScan(small, r, 0));
            }
        }
        b.drop(w);
        // first scan into an empty inventory
        Timer firstBig = new Timer();
        Timer firstSmall = new Timer();
        String bigLoc = null;
        String smallLoc = null;
        int firsts = Math.min(reps, 3);
        for (int r = 0; r < firsts; r++) {
            String lb = b.create();
            String ls = b.create();
            ScanRecord sb = benchScan(big, 0, 0);
            ScanRecord ss = benchScan(small, 0, 1);
            try (Inventory ib = b.open(lb); Inventory is = b.open(ls)) {
                firstBig.time(() -> check(ib.recordScan(sb), big, big));
                firstSmall.time(() -> check(is.recordScan(ss), small, small));
            }
            if (r < firsts - 1) {
                b.drop(lb);
                b.drop(ls);
            } else {
                bigLoc = lb;
                smallLoc = ls;
            }
        }
        // steady state: alternating big and small
        Timer steadyBig = new Timer();
        Timer steadySmall = new Timer();
        long rowsBefore = rows(b, bigLoc);
        try (Inventory ib = b.open(bigLoc); Inventory is = b.open(smallLoc)) {
            for (int r = 1; r <= reps; r++) {
                ScanRecord sb = benchScan(big, r, 0);
                ScanRecord ss = benchScan(small, r, 1);
                steadyBig.time(() -> check(ib.recordScan(sb), big, 0));
                steadySmall.time(() -> check(is.recordScan(ss), small, 0));
            }
        }
        long rowsWritten = (rows(b, bigLoc) - rowsBefore) / reps;
        double fb = report(b, f("recordScan, first scan of %d printers into an empty inventory", big), firstBig, 500);
        double fs = report(b, f("recordScan, first scan of %d printers into an empty inventory (baseline)", small),
                firstSmall, 0);
        double sb = report(b, f("recordScan, %d printers, steady state (inventory holds them; ~%d observation rows"
                + " per scan)", big, rowsWritten), steadyBig, 500);
        double ss = report(b, f("recordScan, %d printers, steady state (baseline)", small), steadySmall, 0);
        System.out.println(f("[%s] ratio %d/%d printers: first scan %.1fx, steady state %.1fx", b.name(), big, small,
                fb / fs, sb / ss));
        b.drop(bigLoc);
        b.drop(smallLoc);
    }

    private static void check(ScanInfo s, int answered, int added) {
        if (s.answered() != answered || s.added() != added || s.gone() != 0 || s.moved() != 0) {
            throw new IllegalStateException("unexpected scan result: " + s);
        }
    }

    /** Observation rows in the inventory (status, supply, page count). */
    static long rows(Backend b, String location) throws SQLException {
        long n = 0;
        try (Connection c = b.connect(location); Statement s = c.createStatement()) {
            for (String t : List.of("status_change", "supply_level", "page_count")) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + t)) {
                    r.next();
                    n += r.getLong(1);
                }
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- (2) a year of history

    /**
     * A deterministic fleet polled every 5 minutes. Per printer: a model (2 in 3 inkjets with four inks and a
     * maintenance box, 1 in 3 lasers with a toner and a waste box), a print rate (2–60 pages an hour, log-uniform)
     * during working hours (Mon–Fri 08–18 UTC, Poisson pages per poll), a life per supply (inks 1,500–7,500 pages,
     * toner 3,000–12,000, waste boxes 30,000–80,000) from which each printed page takes 0.5–1.5 of its average
     * share; below a threshold (0–10 %) the supply is replaced 1 hour to 3 days later, during working hours, at
     * 100 %. Conditions: "Ink low"/"Toner low" (warning) while a colorant is at 10 % or less, paper jams and
     * paper-out (errors, 1 in 3,000 printing polls, lasting up to 2 hours). Presence: 1 in 10 printers is switched
     * off outside Mon–Fri 07–19, every printer has rare outages (1 in 30,000 polls, up to 3 hours), 1 in 50 is
     * installed during the year, 1 in 50 retired, 1 in 25 moves to another address once. {@code dense} scales
     * every rate up for the generator check.
     */
    static final class YearSim {
        static final long POLL_MS = 300_000;
        final int n;
        final boolean dense;
        final SplittableRandom rnd;
        final String[] mac;
        final String[] ipA;
        final String[] ipB;
        final boolean[] laser;
        final boolean[] nightOff;
        final int[] startAt;
        final int[] endAt;
        final int[] moveAt;
        final double[] pph;
        final long[] pages;
        final double[][] level;
        final double[][] life;
        final int[][] threshold;
        final int[][] refillAt;
        final int[] downUntil;
        final int[] jamUntil;
        final boolean[] paperOut;
        // this poll
        final boolean[] up;
        final int[][] pct;

        YearSim(int n, int scans, long seed, boolean dense) {
            this.n = n;
            this.dense = dense;
            rnd = new SplittableRandom(seed);
            mac = new String[n];
            ipA = new String[n];
            ipB = new String[n];
            laser = new boolean[n];
            nightOff = new boolean[n];
            startAt = new int[n];
            endAt = new int[n];
            moveAt = new int[n];
            pph = new double[n];
            pages = new long[n];
            level = new double[n][];
            life = new double[n][];
            threshold = new int[n][];
            refillAt = new int[n][];
            downUntil = new int[n];
            jamUntil = new int[n];
            paperOut = new boolean[n];
            up = new boolean[n];
            pct = new int[n][];
            int every = dense ? 5 : 50;
            for (int i = 0; i < n; i++) {
                mac[i] = mac(i, 0xab);
                ipA[i] = InventoryBench.ip(i, 1);
                ipB[i] = InventoryBench.ip(i, 2);
                laser[i] = i % 3 == 2;
                nightOff[i] = i % (dense ? 5 : 10) == 2;
                startAt[i] = i % every == 1 ? rnd.nextInt(scans) : 0;
                endAt[i] = i % every == 3 ? rnd.nextInt(scans) : Integer.MAX_VALUE;
                moveAt[i] = i % (dense ? 4 : 25) == 0 ? rnd.nextInt(scans) : Integer.MAX_VALUE;
                pph[i] = Math.exp(Math.log(2) + rnd.nextDouble() * Math.log(30));
                pages[i] = 1000 + rnd.nextInt(200_000);
                String[][] kinds = laser[i] ? LASER : INKJET;
                level[i] = new double[kinds.length];
                life[i] = new double[kinds.length];
                threshold[i] = new int[kinds.length];
                refillAt[i] = new int[kinds.length];
                pct[i] = new int[kinds.length];
                for (int s = 0; s < kinds.length; s++) {
                    boolean waste = kinds[s][2].equals("WASTE");
                    double lo = waste ? 30_000 : laser[i] ? 3_000 : s == 0 ? 2_500 : 1_500;
                    double hi = waste ? 80_000 : laser[i] ? 12_000 : s == 0 ? 7_500 : 6_000;
                    life[i][s] = (lo + rnd.nextDouble() * (hi - lo)) / (dense ? 50 : 1);
                    level[i][s] = 20 + rnd.nextDouble() * 80;
                    threshold[i][s] = rnd.nextInt(waste ? 6 : 11);
                    refillAt[i][s] = -1;
                }
            }
        }

        String[][] kinds(int i) {
            return laser[i] ? LASER : INKJET;
        }

        String addressAt(int i, int k) {
            return k >= moveAt[i] ? ipB[i] : ipA[i];
        }

        String model(int i) {
            return laser[i] ? "AL-M320DN" : "WF-C5790";
        }

        String serial(int i) {
            return f("X%07d", i);
        }

        static long at(int k) {
            return T0.toEpochMilli() + k * POLL_MS;
        }

        /** Advances to poll {@code k} (called for k = 0, 1, 2, … in turn). */
        void step(int k) {
            long t = at(k);
            long day = Math.floorDiv(t, 86_400_000L);
            int dow = (int) Math.floorMod(day + 3, 7); // 0 = Monday
            int hour = (int) (Math.floorMod(t, 86_400_000L) / 3_600_000L);
            boolean work = dow < 5 && hour >= 8 && hour < 18;
            boolean awake = dow < 5 && hour >= 7 && hour < 19;
            double outage = dense ? 1.0 / 300 : 1.0 / 30_000;
            double jamP = dense ? 1.0 / 40 : 1.0 / 3_000;
            for (int i = 0; i < n; i++) {
                if (k < startAt[i] || k >= endAt[i]) {
                    up[i] = false;
                    continue;
                }
                if (downUntil[i] <= k && rnd.nextDouble() < outage) {
                    downUntil[i] = k + 1 + rnd.nextInt(36);
                }
                up[i] = downUntil[i] <= k && (!nightOff[i] || awake);
                if (!up[i]) {
                    continue;
                }
                int printed = 0;
                double[] lv = level[i];
                if (work) {
                    for (int s = 0; s < lv.length; s++) {
                        if (refillAt[i][s] >= 0 && k >= refillAt[i][s]) {
                            lv[s] = 100;
                            refillAt[i][s] = -1;
                            threshold[i][s] = rnd.nextInt(kinds(i)[s][2].equals("WASTE") ? 6 : 11);
                        }
                    }
                    if (jamUntil[i] <= k) {
                        printed = poisson(pph[i] / 12 * (dense ? 5 : 1));
                        if (printed > 0 && rnd.nextDouble() < jamP) {
                            jamUntil[i] = k + 1 + rnd.nextInt(24);
                            paperOut[i] = rnd.nextInt(3) == 0;
                        }
                    }
                }
                if (printed > 0) {
                    pages[i] += printed;
                    for (int s = 0; s < lv.length; s++) {
                        lv[s] = Math.max(0, lv[s] - printed * 100 / life[i][s] * (0.5 + rnd.nextDouble()));
                    }
                }
                for (int s = 0; s < lv.length; s++) {
                    pct[i][s] = (int) Math.floor(lv[s]);
                    if (refillAt[i][s] < 0 && pct[i][s] <= threshold[i][s]) {
                        refillAt[i][s] = k + 12 + rnd.nextInt(853);
                    }
                }
            }
        }

        private int poisson(double lambda) {
            double l = Math.exp(-lambda);
            int k = 0;
            double p = rnd.nextDouble();
            while (p > l) {
                k++;
                p *= rnd.nextDouble();
            }
            return k;
        }

        boolean jammed(int i, int k) {
            return jamUntil[i] > k;
        }

        boolean low(int i) {
            String[][] kinds = kinds(i);
            for (int s = 0; s < kinds.length; s++) {
                if (kinds[s][2].equals("COLORANT") && pct[i][s] <= 10) {
                    return true;
                }
            }
            return false;
        }

        /** The conditions of printer i at poll k, errors first (as SnmpView keeps them). */
        List<SnmpCondition> conditions(int i, int k) {
            List<SnmpCondition> out = new ArrayList<>(2);
            if (jammed(i, k)) {
                out.add(paperOut[i] ? new SnmpCondition("paper-out", "Paper out", SnmpCondition.Severity.ERROR, "ST2")
                        : JAM);
            }
            if (low(i)) {
                out.add(laser[i] ? new SnmpCondition("toner-low", "Toner low", SnmpCondition.Severity.WARNING, "ST2")
                        : new SnmpCondition("ink-low", "Ink low", SnmpCondition.Severity.WARNING, "ST2"));
            }
            return out;
        }

        /** The printers that answered poll k, as the scanner would hand them to the inventory. */
        ScanRecord scan(int k) {
            Instant at = Instant.ofEpochMilli(at(k) + 1000);
            List<Printer> answered = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (up[i]) {
                    answered.add(printer(addressAt(i, k), mac[i], model(i), serial(i), at, pages[i], conditions(i, k), kinds(i),
                            pct[i].clone()));
                }
            }
            return new ScanRecord(Instant.ofEpochMilli(at(k)), Instant.ofEpochMilli(at(k) + 2000), SCOPE, "REFRESH", true,
                    ip -> true, answered);
        }
    }

    static final String SCOPE = "127.1.0.0/15 (131,070 addresses), port 3289";

    /**
     * Writes a {@link YearSim}'s polls as the rows {@code recordScan} would have left, by bulk inserts on a plain
     * JDBC connection into a schema made by {@code Inventories.open}. How it matches {@code ScanWriter}
     * ({@code ScanWriter}/{@code Observed} of this build; {@link #checkGenerator} proves it table by table):
     * <ul>
     * <li>one {@code scan} row per poll: id in order, started_at/ended_at (poll time, +2 s), scope, purpose
     * REFRESH, complete = 1, answered, added (devices first seen), gone (present devices that did not answer a
     * complete scan covering them: every poll here covers every address), moved (answered from a new address);
     * <li>a {@code device} row when a MAC first answers (ids in the order the scan lists new devices), holding at
     * the end what the recorder's UPDATEs would leave: address, last_seen, last_scan, present, status_level,
     * status_text, supplies (Observed.join: name US colour US kind US percent RS, per supply), pages and pages_at
     * (the time of the last page-count row, not of the last count);
     * <li>{@code device_address}: a row per address a device answered from (first_scan, first_seen) whose last_seen
     * is the last poll it answered from there;
     * <li>{@code presence}: a run opened by the poll that (re)sees a device, closed (gone_scan) by the first poll
     * it did not answer;
     * <li>observations only when they change, at the printer's last-seen time (poll + 1 s):
     * {@code status_change} when level (Observed.level: ERROR for an error condition, WARNING for a warning, else
     * OK, as the ENPC status is unreported) or text (StatusLine: "idle", then ", " and the conditions' texts
     * joined by "; ") differs from the device's; {@code supply_level} when a supply is new or its percent differs,
     * replaced = 1 when it rose by 30 points or more; {@code page_count} when the count differs and there was none
     * before, it fell, or the last row is an hour old or more (the device row keeps the latest either way).
     * </ul>
     * Rows go in poll order (as the recorder would append them), in batches of about 20,000 per transaction. On
     * PostgreSQL the identity sequences are set past the explicit ids and VACUUM ANALYZE runs at the end (what
     * autovacuum would have done during a year of writes); SQLite gets nothing extra (the product runs no
     * ANALYZE).
     */
    static final class YearWriter implements AutoCloseable {

        /** The recorder's in-memory view of one device. */
        static final class Dev {
            long id;
            String address;
            boolean present;
            String level = "";
            String text = "";
            String supplies = "";
            Long pages;
            long pagesAt;
            long firstSeen;
            long lastSeen;
            long firstScan;
            long lastScan;
            final List<Object[]> addresses = new ArrayList<>(); // address, first_scan, first_seen, last_seen
            final List<long[]> runs = new ArrayList<>(); // first_scan, gone_scan (0 = open)
            int[] lastPct;
        }

        final Connection c;
        final boolean pg;
        final YearSim sim;
        final Dev[] devs;
        final PreparedStatement scanRow;
        final PreparedStatement deviceRow;
        final PreparedStatement statusRow;
        final PreparedStatement supplyRow;
        final PreparedStatement pageRow;
        long nextId = 1;
        int pending;
        long statusRows;
        long supplyRows;
        long pageRows;

        YearWriter(Connection c, boolean pg, YearSim sim) throws SQLException {
            this.c = c;
            this.pg = pg;
            this.sim = sim;
            devs = new Dev[sim.n];
            c.setAutoCommit(false);
            scanRow = c.prepareStatement("INSERT INTO scan (id, started_at, ended_at, scope, purpose, complete, answered,"
                    + " added, gone, moved) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)");
            deviceRow = c.prepareStatement("INSERT INTO device (id, mac, address, model, serial, first_seen, last_seen,"
                    + " first_scan, last_scan, present) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
            statusRow = c.prepareStatement("INSERT INTO status_change (device_id, scan_id, at, level, text)"
                    + " VALUES (?, ?, ?, ?, ?)");
            supplyRow = c.prepareStatement("INSERT INTO supply_level (device_id, scan_id, at, supply, colour, kind,"
                    + " percent, replaced) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            pageRow = c.prepareStatement("INSERT INTO page_count (device_id, scan_id, at, pages) VALUES (?, ?, ?, ?)");
        }

        /** Poll k: the sim must have been stepped to k. */
        void poll(int k) throws SQLException {
            long scanId = k + 1L;
            long at = YearSim.at(k) + 1000;
            int answered = 0;
            int added = 0;
            int gone = 0;
            int moved = 0;
            List<Integer> fresh = new ArrayList<>();
            for (int i = 0; i < sim.n; i++) {
                if (!sim.up[i]) {
                    continue;
                }
                answered++;
                Dev d = devs[i];
                if (d == null) {
                    fresh.add(i);
                    continue;
                }
                String ip = sim.addressAt(i, k);
                if (!ip.equals(d.address)) {
                    moved++;
                    d.addresses.add(new Object[] {ip, scanId, at, at});
                    d.address = ip;
                }
                if (!d.present) {
                    d.runs.add(new long[] {scanId, 0});
                }
                d.present = true;
                d.lastSeen = at;
                d.lastScan = scanId;
                d.addresses.get(d.addresses.size() - 1)[3] = at;
                observe(d, i, k, scanId, at);
            }
            for (int i : fresh) {
                Dev d = new Dev();
                devs[i] = d;
                d.id = nextId++;
                d.address = sim.addressAt(i, k);
                d.present = true;
                d.firstSeen = at;
                d.lastSeen = at;
                d.firstScan = scanId;
                d.lastScan = scanId;
                d.addresses.add(new Object[] {d.address, scanId, at, at});
                d.runs.add(new long[] {scanId, 0});
                added++;
                deviceRow.setLong(1, d.id);
                deviceRow.setString(2, sim.mac[i]);
                deviceRow.setString(3, d.address);
                deviceRow.setString(4, sim.model(i));
                deviceRow.setString(5, sim.serial(i));
                deviceRow.setLong(6, at);
                deviceRow.setLong(7, at);
                deviceRow.setLong(8, scanId);
                deviceRow.setLong(9, scanId);
                deviceRow.addBatch();
                observe(d, i, k, scanId, at);
            }
            for (int i = 0; i < sim.n; i++) {
                Dev d = devs[i];
                if (d != null && d.present && !sim.up[i]) {
                    d.present = false;
                    d.runs.get(d.runs.size() - 1)[1] = scanId;
                    gone++;
                }
            }
            scanRow.setLong(1, scanId);
            scanRow.setLong(2, YearSim.at(k));
            scanRow.setLong(3, YearSim.at(k) + 2000);
            scanRow.setString(4, SCOPE);
            scanRow.setString(5, "REFRESH");
            scanRow.setInt(6, answered);
            scanRow.setInt(7, added);
            scanRow.setInt(8, gone);
            scanRow.setInt(9, moved);
            scanRow.addBatch();
            pending++;
            if (pending >= 20_000) {
                flush();
            }
        }

        private void observe(Dev d, int i, int k, long scanId, long at) throws SQLException {
            List<SnmpCondition> conditions = sim.conditions(i, k);
            String level = "OK";
            StringBuilder text = new StringBuilder("idle");
            for (int n = 0; n < conditions.size(); n++) {
                SnmpCondition cond = conditions.get(n);
                if (cond.severity() == SnmpCondition.Severity.ERROR) {
                    level = "ERROR";
                } else if (!level.equals("ERROR")) {
                    level = "WARNING";
                }
                text.append(n == 0 ? ", " : "; ").append(cond.text());
            }
            String t = text.toString();
            if (!level.equals(d.level) || !t.equals(d.text)) {
                statusRow.setLong(1, d.id);
                statusRow.setLong(2, scanId);
                statusRow.setLong(3, at);
                statusRow.setString(4, level);
                statusRow.setString(5, t);
                statusRow.addBatch();
                statusRows++;
                pending++;
                d.level = level;
                d.text = t;
            }
            String[][] kinds = sim.kinds(i);
            int[] now = sim.pct[i];
            boolean changed = d.lastPct == null;
            for (int s = 0; s < kinds.length; s++) {
                Integer old = d.lastPct == null ? null : d.lastPct[s];
                if (old == null || old != now[s]) {
                    changed = true;
                    supplyRow.setLong(1, d.id);
                    supplyRow.setLong(2, scanId);
                    supplyRow.setLong(3, at);
                    supplyRow.setString(4, kinds[s][0]);
                    supplyRow.setString(5, kinds[s][1]);
                    supplyRow.setString(6, kinds[s][2]);
                    supplyRow.setInt(7, now[s]);
                    supplyRow.setInt(8, old != null && now[s] - old >= 30 ? 1 : 0);
                    supplyRow.addBatch();
                    supplyRows++;
                    pending++;
                }
            }
            if (changed) {
                StringBuilder b = new StringBuilder();
                for (int s = 0; s < kinds.length; s++) {
                    b.append(kinds[s][0]).append('\u001f').append(kinds[s][1]).append('\u001f').append(kinds[s][2])
                            .append('\u001f').append(now[s]).append('\u001e');
                }
                d.supplies = b.toString();
                d.lastPct = now.clone();
            }
            long count = sim.pages[i];
            if (d.pages == null || count != d.pages) {
                if (d.pages == null || count < d.pages || at - d.pagesAt >= 3_600_000L) {
                    pageRow.setLong(1, d.id);
                    pageRow.setLong(2, scanId);
                    pageRow.setLong(3, at);
                    pageRow.setLong(4, count);
                    pageRow.addBatch();
                    pageRows++;
                    pending++;
                    d.pagesAt = at;
                }
                d.pages = count;
            }
        }

        void flush() throws SQLException {
            // devices before the rows that refer to them (PostgreSQL checks the foreign keys per statement)
            for (PreparedStatement s : List.of(scanRow, deviceRow, statusRow, supplyRow, pageRow)) {
                s.executeBatch();
            }
            c.commit();
            pending = 0;
        }

        /** The final state of devices, addresses and presence runs. */
        void finish() throws SQLException {
            flush();
            try (PreparedStatement u = c.prepareStatement("UPDATE device SET address = ?, last_seen = ?, last_scan = ?,"
                    + " present = ?, status_level = ?, status_text = ?, supplies = ?, pages = ?, pages_at = ?"
                    + " WHERE id = ?");
                 PreparedStatement a = c.prepareStatement("INSERT INTO device_address (device_id, address, first_scan,"
                         + " first_seen, last_seen) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement p = c.prepareStatement("INSERT INTO presence (device_id, first_scan, gone_scan)"
                         + " VALUES (?, ?, ?)")) {
                for (Dev d : devs) {
                    if (d == null) {
                        continue;
                    }
                    u.setString(1, d.address);
                    u.setLong(2, d.lastSeen);
                    u.setLong(3, d.lastScan);
                    u.setInt(4, d.present ? 1 : 0);
                    u.setString(5, d.level);
                    u.setString(6, d.text);
                    u.setString(7, d.supplies);
                    if (d.pages == null) {
                        u.setNull(8, Types.BIGINT);
                    } else {
                        u.setLong(8, d.pages);
                    }
                    u.setLong(9, d.pagesAt);
                    u.setLong(10, d.id);
                    u.addBatch();
                    for (Object[] row : d.addresses) {
                        a.setLong(1, d.id);
                        a.setString(2, (String) row[0]);
                        a.setLong(3, (Long) row[1]);
                        a.setLong(4, (Long) row[2]);
                        a.setLong(5, (Long) row[3]);
                        a.addBatch();
                    }
                    for (long[] run : d.runs) {
                        p.setLong(1, d.id);
                        p.setLong(2, run[0]);
                        if (run[1] == 0) {
                            p.setNull(3, Types.BIGINT);
                        } else {
                            p.setLong(3, run[1]);
                        }
                        p.addBatch();
                    }
                }
                u.executeBatch();
                a.executeBatch();
                p.executeBatch();
            }
            c.commit();
            if (pg) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT setval(pg_get_serial_sequence('scan', 'id'), (SELECT max(id) FROM scan))");
                    s.execute("SELECT setval(pg_get_serial_sequence('device', 'id'), (SELECT max(id) FROM device))");
                }
                c.commit();
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE");
                }
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : List.of(scanRow, deviceRow, statusRow, supplyRow, pageRow)) {
                s.close();
            }
        }
    }

    /** A generated inventory and the writer's counts and device ids. */
    record Generated(String location, YearWriter writer) {
    }

    /** Writes {@code scans} polls of {@code sim} through the generator into a fresh migrated inventory. */
    static Generated generate(Backend b, YearSim sim, int scans) throws Exception {
        String loc = b.create();
        Inventories.open(loc).close(); // the product's schema, migrated by the product
        try (Connection c = b.connect(loc); YearWriter w = new YearWriter(c, b instanceof Postgres, sim)) {
            for (int k = 0; k < scans; k++) {
                sim.step(k);
                w.poll(k);
            }
            w.finish();
            return new Generated(loc, w);
        }
    }

    static final List<String> TABLES = List.of("scan", "device", "device_address", "presence", "status_change",
            "supply_level", "page_count");

    /** A dense small history written by the generator and by recordScan must leave identical tables. */
    static void checkGenerator(Backend b) throws Exception {
        int n = 30;
        int scans = 3 * 288;
        long t0 = System.nanoTime();
        String gen = generate(b, new YearSim(n, scans, 11, true), scans).location();
        String rec = b.create();
        YearSim sim = new YearSim(n, scans, 11, true);
        try (Inventory inv = b.open(rec)) {
            for (int k = 0; k < scans; k++) {
                sim.step(k);
                inv.recordScan(sim.scan(k));
            }
        }
        List<String> counts = new ArrayList<>();
        String problem = null;
        try (Connection cg = b.connect(gen); Connection cr = b.connect(rec)) {
            for (String t : TABLES) {
                List<String> g = dump(cg, t);
                List<String> r = dump(cr, t);
                counts.add(t + " " + r.size());
                if (!g.equals(r) && problem == null) {
                    problem = t + ": generator " + g.size() + " rows, recordScan " + r.size() + " rows; first difference: "
                            + firstDifference(g, r);
                }
            }
        }
        b.drop(gen);
        b.drop(rec);
        System.out.println(f("[%s] generator check (%d printers, %d polls, dense events) against recordScan: %s (%s)"
                + " %.1f s", b.name(), n, scans, problem == null ? "every table identical" : "DIFFERENT, " + problem,
                String.join(", ", counts), (System.nanoTime() - t0) / 1e9));
        if (problem != null) {
            failures++;
        }
    }

    static List<String> dump(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = r.getMetaData();
            List<Integer> cols = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                cols.add(i);
            }
            cols.sort(Comparator.comparing(i -> {
                try {
                    return md.getColumnName(i).toLowerCase();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i : cols) {
                    b.append(md.getColumnName(i).toLowerCase()).append('=').append(r.getString(i)).append(' ');
                }
                out.add(b.toString().replace('\u001f', '|').replace('\u001e', '/'));
            }
        }
        Collections.sort(out);
        return out;
    }

    private static String firstDifference(List<String> g, List<String> r) {
        for (int i = 0; i < Math.max(g.size(), r.size()); i++) {
            String a = i < g.size() ? g.get(i) : "(none)";
            String x = i < r.size() ? r.get(i) : "(none)";
            if (!a.equals(x)) {
                return "generator [" + a + "] vs recordScan [" + x + "]";
            }
        }
        return "?";
    }

    static void year(Backend b, int printers, int days, int reps) throws Exception {
        int scans = days * 288;
        YearSim sim = new YearSim(printers, scans, 42, false);
        long t0 = System.nanoTime();
        Generated g = generate(b, sim, scans);
        double genS = (System.nanoTime() - t0) / 1e9;
        String loc = g.location();
        YearWriter w = g.writer();
        long total = scans + w.statusRows + w.supplyRows + w.pageRows;
        System.out.println(f("[%s] generated %d days of 5-minute polls of %d printers in %.1f s (not a target):"
                + " %d scans, %d status_change, %d supply_level, %d page_count rows (%.0f rows/s)", b.name(), days,
                printers, genS, scans, w.statusRows, w.supplyRows, w.pageRows, total / genS));
        long size = b.size(loc);
        String extra = b instanceof Postgres p ? f("; tables incl. indexes (pg_total_relation_size) %.1f MiB",
                p.tablesSize(loc) / 1048576.0) : "";
        System.out.println(f("[%s] database size after the year: %.1f MiB (%d bytes%s)%s", b.name(), size / 1048576.0,
                size, b instanceof Postgres ? ", pg_database_size" : ", file + WAL after checkpoint", extra));
        // five inkjets that were there all year
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < printers && ids.size() < 5; i++) {
            if (!sim.laser[i] && sim.startAt[i] == 0 && sim.endAt[i] == Integer.MAX_VALUE && !sim.nightOff[i]) {
                ids.add(w.devs[i].id);
            }
        }
        Instant last = Instant.ofEpochMilli(YearSim.at(scans - 1));
        Instant since = last.minusSeconds(30L * 86400);
        try (Inventory inv = b.open(loc)) {
            long[] points = new long[2];
            for (long id : ids) { // warm-up
                inv.supplyHistory(id, null);
                inv.supplyHistory(id, since);
            }
            Timer all = new Timer();
            Timer month = new Timer();
            for (int r = 0; r < reps; r++) {
                long id = ids.get(r % ids.size());
                all.time(() -> points[0] = points(inv.supplyHistory(id, null)));
                month.time(() -> points[1] = points(inv.supplyHistory(id, since)));
            }
            report(b, f("supplyHistory(id, null), one printer's year (%d points in the last run)", points[0]), all, 100);
            report(b, f("supplyHistory(id, since 30 days before the last poll) (%d points)", points[1]), month, 100);
            // information: diffs over this inventory
            long lastScan = scans;
            long weekAgo = scans - 7L * 288;
            inv.diff(weekAgo, lastScan);
            Timer week = new Timer();
            Timer whole = new Timer();
            InventoryDiff[] d = new InventoryDiff[2];
            for (int r = 0; r < Math.min(reps, 3); r++) {
                week.time(() -> d[0] = inv.diff(weekAgo, lastScan));
                whole.time(() -> d[1] = inv.diff(1, lastScan));
            }
            report(b, f("(information) diff over the last week of the year's inventory (%s)", counts(d[0])), week, 0);
            report(b, f("(information) diff over the whole year (%s)", counts(d[1])), whole, 0);
            // information: recording the next polls into a year of history
            Timer rec = new Timer();
            for (int r = 0; r < Math.min(reps, 3); r++) {
                sim.step(scans + r);
                ScanRecord s = sim.scan(scans + r);
                rec.time(() -> {
                    ScanInfo info = inv.recordScan(s);
                    if (info.added() > 1 || info.answered() != s.answered().size()) {
                        throw new IllegalStateException("the generated inventory surprised the recorder: " + info);
                    }
                });
            }
            report(b, f("(information) recordScan of the next %d-printer polls into the year's inventory", printers),
                    rec, 0);
        }
        b.drop(loc);
    }

    private static long points(List<SupplySeries> series) {
        return series.stream().mapToLong(s -> s.points().size()).sum();
    }

    private static String counts(InventoryDiff d) {
        return f("%d added, %d gone, %d moved, %d changed", d.added().size(), d.gone().size(), d.moved().size(),
                d.changed().size());
    }

    // ---------------------------------------------------------------- the 10,000-device diff

    static void diff(Backend b, int count, int reps) throws Exception {
        String loc = b.create();
        DiffPlan plan = new DiffPlan(count);
        try (Inventory inv = b.open(loc)) {
            for (int r = 0; r < 3; r++) {
                inv.recordScan(plan.scan(r, false));
            }
            ScanInfo newer = inv.recordScan(plan.scan(3, true));
            long older = newer.id() - 1;
            InventoryDiff[] d = new InventoryDiff[1];
            Timer cold = new Timer();
            cold.time(() -> inv.diff(older, newer.id())); // with --which diff the first call in the JVM: a CLI run
            inv.diff(older, newer.id()); // two more warm-ups: the measured calls are a long-running process's
            inv.diff(older, newer.id());
            Timer ms = new Timer();
            for (int r = 0; r < reps; r++) {
                ms.time(() -> d[0] = inv.diff(older, newer.id()));
            }
            boolean right = d[0].added().size() == plan.fresh && d[0].gone().size() == plan.gone
                    && d[0].moved().size() == plan.moved && d[0].changed().size() == plan.status + plan.refill;
            report(b, f("diff(older, newer) of %d devices (%s%s)", count, counts(d[0]), right ? "" : ", NOT AS EXPECTED"),
                    ms, 100);
            report(b, "(information) the same diff, its first call on this inventory (cold code when run alone, as in"
                    + " one CLI run)", cold, 0);
            if (!right) {
                failures++;
            }
        }
        b.drop(loc);
    }

    /**
     * The diff inventory: printers 0..count-1 in every scan but the last; in the last the first 3 % do not answer,
     * 3 % new ones do, the next 2 % answer from another subnet, the next 5 % have a paper jam and the next 2.5 %
     * go from 5 % black (in every earlier scan) to 100 %.
     */
    static final class DiffPlan {
        final int count;
        final int gone;
        final int fresh;
        final int moved;
        final int status;
        final int refill;

        DiffPlan(int count) {
            this.count = count;
            gone = count * 3 / 100;
            fresh = count * 3 / 100;
            moved = count * 2 / 100;
            status = count * 5 / 100;
            refill = count / 40;
        }

        ScanRecord scan(int round, boolean last) {
            Instant at = T0.plusSeconds(300L * round);
            List<Printer> answered = new ArrayList<>();
            for (int i = last ? gone : 0; i < count + (last ? fresh : 0); i++) {
                boolean isMoved = last && i >= gone && i < gone + moved;
                boolean jam = last && i >= gone + moved && i < gone + moved + status;
                boolean refilled = i >= gone + moved + status && i < gone + moved + status + refill;
                int black = refilled ? (last ? 100 : 5) : 80 - round;
                boolean laser = i % 3 == 2;
                int[] pct = laser ? new int[] {black, 60} : new int[] {black, 70, 70, 80, 50};
                answered.add(printer(ip(i, isMoved ? 31 : 30), mac(i, 0xc0), laser ? "AL-M320DN" : "WF-C5790",
                        f("X%07d", i), at, 1000L + 10L * round, jam ? List.of(JAM) : List.of(), laser ? LASER : INKJET,
                        pct));
            }
            return new ScanRecord(at, at.plusSeconds(20), "127.30.0.0/15, port 3289", "SCAN", true, ip -> true,
                    answered);
        }
    }
}
