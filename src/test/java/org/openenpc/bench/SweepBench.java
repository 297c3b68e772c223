package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.protocol.EnpcRequests;
import org.openenpc.protocol.Hex;

/**
 * Benchmark (b): a unicast sweep of 127.1.0.0/16 holding 1,000 printers scattered at random, the
 * simulator in a second process ({@link SimProcess}). Baseline in the same run, alternating with
 * ours: Debian's nmap, {@code nmap -n -Pn -sU -p PORT --data <probe> 127.1.0.0/16}.
 * Also in the same rounds (issue 14): the whole process, {@code target/openenpc scan --range 127.1.0.0/16 --port PORT
 * --rate RATE --snmp-port SNMP -f csv} (SNMP, IPP reads and the inventory on, as a user runs it; a throw-away HOME
 * whose inventory the warm-up creates), timed from just before the process starts to its exit, found = CSV rows
 * with MAC and model. The simulator's printers answer SNMP too (as real TM printers with an SNMP agent do).
 * Options: --runs 5 --rate 200000 --port 23310 --printers 1000 [--loss-percent 0] [--no-nmap 1] [--no-cli 1]
 */
public final class SweepBench {

    public static void main(String[] args) throws Exception {
        int runs = BenchStats.intArg(args, "runs", 5);
        int rate = BenchStats.intArg(args, "rate", 200_000);
        int port = BenchStats.intArg(args, "port", 23310);
        int count = BenchStats.intArg(args, "printers", 1000);
        int loss = BenchStats.intArg(args, "loss-percent", 0);
        boolean nmap = BenchStats.intArg(args, "no-nmap", 0) == 0;
        boolean cli = BenchStats.intArg(args, "no-cli", 0) == 0;
        java.nio.file.Path launcher = java.nio.file.Path.of("target", "openenpc");
        if (cli && !java.nio.file.Files.isExecutable(launcher)) {
            System.out.println("    (no target/openenpc: build with mvn package first; the whole-process runs are left out)");
            cli = false;
        }
        java.nio.file.Path home = java.nio.file.Files.createTempDirectory("sweepbench-home");
        BenchStats.deleteOnExit(home);
        int[] ports = new int[2];
        Process sim = startSimulator(count, port, loss, "127.1.0.0", 0, true, ports);
        int snmpPort = ports[1];
        List<Double> whole = new ArrayList<>();
        List<Double> wholeShare = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<Double> allFound = new ArrayList<>();
        List<Double> share = new ArrayList<>();
        List<Double> passes = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        List<Double> theirShare = new ArrayList<>();
        try {
            scan(port, rate, count); // warm-up
            if (cli) {
                wholeScan(launcher, home, port, snmpPort, rate); // warm-up: creates the inventory
            }
            for (int run = 0; run < runs; run++) {
                if (cli) {
                    double[] w = wholeScan(launcher, home, port, snmpPort, rate);
                    whole.add(w[0]);
                    wholeShare.add(w[1] / count);
                }
                double[] r = scan(port, rate, count);
                ours.add(r[0]);
                allFound.add(r[1]);
                share.add(r[2]);
                passes.add(r[3]);
                if (nmap) {
                    double[] n = nmap(port);
                    theirs.add(n[0]);
                    theirShare.add(n[1] / count);
                }
            }
        } finally {
            sim.getOutputStream().close();
            sim.waitFor();
        }
        System.out.println(f("(b) unicast sweep of 127.1.0.0/16 (65,534 targets) holding %d printers, rate %d pps, loss %d%%,"
                + " %d runs after 1 warm-up", count, rate, loss, runs));
        System.out.println(f("    openenpc scan finished, s: %s -> median %.2f s", BenchStats.list(ours, "%.2f"),
                BenchStats.median(ours)));
        System.out.println(f("    all %d listed with model+MAC, s: %s -> median %.2f s", count,
                BenchStats.list(allFound, "%.2f"), BenchStats.median(allFound)));
        System.out.println(f("    share found: %s; unicast passes: %s", BenchStats.list(share, "%.4f"),
                BenchStats.list(passes, "%.0f")));
        if (cli) {
            System.out.println(f("    whole process target/openenpc scan (SNMP, IPP, inventory), s: %s -> median %.2f s;"
                    + " share found with MAC and model: %s", BenchStats.list(whole, "%.2f"), BenchStats.median(whole),
                    BenchStats.list(wholeShare, "%.4f")));
        }
        if (nmap) {
            System.out.println(f("    nmap, s: %s -> median %.2f s; share found: %s", BenchStats.list(theirs, "%.2f"),
                    BenchStats.median(theirs), BenchStats.list(theirShare, "%.4f")));
            System.out.println(f("    nmap/openenpc (finished): %.1fx; nmap/openenpc (all listed): %.1fx",
                    BenchStats.median(theirs) / BenchStats.median(ours),
                    BenchStats.median(theirs) / BenchStats.median(allFound)));
            if (cli) {
                System.out.println(f("    nmap/whole process: %.1fx", BenchStats.median(theirs) / BenchStats.median(whole)));
            }
        }
    }

    static Process startSimulator(int count, int port, int loss) throws Exception {
        return startSimulator(count, port, loss, "127.1.0.0");
    }

    /** Starts a {@link SimProcess} with {@code count} printers scattered over the /16 of {@code net}. */
    static Process startSimulator(int count, int port, int loss, String net) throws Exception {
        return startSimulator(count, port, loss, net, 0);
    }

    /**
     * As above; a positive {@code niceness} starts the simulator under {@code nice -n niceness} (where
     * /usr/bin/nice exists) so that it takes less of the CPU the program under test needs.
     */
    static Process startSimulator(int count, int port, int loss, String net, int niceness) throws Exception {
        return startSimulator(count, port, loss, net, niceness, false, new int[2]);
    }

    /** As above; with {@code snmp} the printers answer SNMP on a free port, written to {@code ports[1]}. */
    static Process startSimulator(int count, int port, int loss, String net, int niceness, boolean snmp, int[] ports)
            throws Exception {
        String cp = System.getProperty("java.class.path");
        List<String> cmd = new java.util.ArrayList<>();
        if (niceness > 0 && new java.io.File("/usr/bin/nice").canExecute()) {
            cmd.addAll(List.of("/usr/bin/nice", "-n", "" + niceness));
        }
        cmd.addAll(List.of(System.getProperty("java.home") + "/bin/java", "-cp", cp,
                SimProcess.class.getName(), "--count", "" + count, "--port", "" + port, "--net", net,
                "--loss-percent", "" + loss));
        if (snmp) {
            cmd.addAll(List.of("--snmp-port", "0"));
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null || !line.startsWith("READY")) {
            throw new IllegalStateException("simulator did not start: " + line);
        }
        String[] words = line.split(" ");
        ports[0] = words.length > 1 ? Integer.parseInt(words[1]) : port;
        ports[1] = words.length > 2 ? Integer.parseInt(words[2]) : 0;
        return p;
    }

    /** {seconds until finished, seconds until all listed (or NaN), share found, unicast passes}. */
    static double[] scan(int port, int rate, int count) throws Exception {
        ListedWatcher l = new ListedWatcher(count);
        ScanScope scope = ScanScope.builder().addRange("127.1.0.0/16").port(port).rate(rate).build();
        long t0 = System.nanoTime();
        ScanSummary s = new Scanner(List::of).start(scope, l).await();
        long t1 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e9, l.secondsSince(t0), (double) s.printers().size() / count, s.rounds()};
    }

    /** The whole CLI process: {seconds from before its start to its exit, rows with MAC and model}. */
    static double[] wholeScan(java.nio.file.Path launcher, java.nio.file.Path home, int port, int snmpPort, int rate)
            throws Exception {
        java.nio.file.Path out = home.resolve("scan.csv");
        ProcessBuilder pb = new ProcessBuilder(launcher.toAbsolutePath().toString(), "scan", "--range", "127.1.0.0/16",
                "--port", "" + port, "--snmp-port", "" + snmpPort, "--rate", "" + rate, "-f", "csv", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("scan.log").toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        long t0 = System.nanoTime();
        int exit = pb.start().waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("openenpc scan exited with " + exit + ": "
                    + java.nio.file.Files.readString(home.resolve("scan.log")));
        }
        List<String> rows = java.nio.file.Files.readAllLines(out);
        List<String> header = List.of(rows.get(0).split(",", -1));
        int mac = header.indexOf("mac");
        int model = header.indexOf("model");
        long complete = rows.stream().skip(1).map(r -> r.split(",", -1))
                .filter(c -> c.length > Math.max(mac, model) && !c[mac].isEmpty() && !c[model].isEmpty()).count();
        return new double[] {seconds, complete};
    }

    /** {seconds, open ports found}. */
    static double[] nmap(int port) throws Exception {
        String probe = Hex.of(EnpcRequests.probe()).replace(" ", "");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("nmap", "-n", "-Pn", "-sU", "-p", "" + port, "--data", probe, "127.1.0.0/16",
                "-oG", "-").redirectErrorStream(true).start();
        int open = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.contains("/open/")) {
                    open++;
                }
            }
        }
        p.waitFor();
        return new double[] {(System.nanoTime() - t0) / 1e9, open};
    }
}
