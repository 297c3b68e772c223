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
 * Options: --runs 5 --rate 200000 --port 23310 --printers 1000 [--loss-percent 0] [--no-nmap 1]
 */
public final class SweepBench {

    public static void main(String[] args) throws Exception {
        int runs = BenchStats.intArg(args, "runs", 5);
        int rate = BenchStats.intArg(args, "rate", 200_000);
        int port = BenchStats.intArg(args, "port", 23310);
        int count = BenchStats.intArg(args, "printers", 1000);
        int loss = BenchStats.intArg(args, "loss-percent", 0);
        boolean nmap = BenchStats.intArg(args, "no-nmap", 0) == 0;
        Process sim = startSimulator(count, port, loss);
        List<Double> ours = new ArrayList<>();
        List<Double> allFound = new ArrayList<>();
        List<Double> share = new ArrayList<>();
        List<Double> passes = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        List<Double> theirShare = new ArrayList<>();
        try {
            scan(port, rate, count); // warm-up
            for (int run = 0; run < runs; run++) {
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
        if (nmap) {
            System.out.println(f("    nmap, s: %s -> median %.2f s; share found: %s", BenchStats.list(theirs, "%.2f"),
                    BenchStats.median(theirs), BenchStats.list(theirShare, "%.4f")));
            System.out.println(f("    nmap/openenpc (finished): %.1fx; nmap/openenpc (all listed): %.1fx",
                    BenchStats.median(theirs) / BenchStats.median(ours),
                    BenchStats.median(theirs) / BenchStats.median(allFound)));
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
        String cp = System.getProperty("java.class.path");
        List<String> cmd = new java.util.ArrayList<>();
        if (niceness > 0 && new java.io.File("/usr/bin/nice").canExecute()) {
            cmd.addAll(List.of("/usr/bin/nice", "-n", "" + niceness));
        }
        cmd.addAll(List.of(System.getProperty("java.home") + "/bin/java", "-cp", cp,
                SimProcess.class.getName(), "--count", "" + count, "--port", "" + port, "--net", net,
                "--loss-percent", "" + loss));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null || !line.startsWith("READY")) {
            throw new IllegalStateException("simulator did not start: " + line);
        }
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
