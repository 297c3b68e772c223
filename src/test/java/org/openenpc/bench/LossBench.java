package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.util.ArrayList;
import java.util.List;

import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.model.Printer;
import org.openenpc.sim.Faults;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * Benchmark (c): share of printers found, and time taken, at 30 % loss each way (requests and
 * replies), default scan settings, a broadcast scan of N simulated printers (default 1,000), a
 * different simulator seed per run. Baseline in the same run: the same scan with no loss.
 * Options: --runs 7 --printers 1000 --loss-percent 30
 */
public final class LossBench {

    public static void main(String[] args) throws Exception {
        int runs = BenchStats.intArg(args, "runs", 7);
        int count = BenchStats.intArg(args, "printers", 1000);
        int lossPercent = BenchStats.intArg(args, "loss-percent", 30);
        List<Double> share = new ArrayList<>();
        List<Double> complete = new ArrayList<>();
        List<Double> time = new ArrayList<>();
        List<Double> rounds = new ArrayList<>();
        List<Double> clean = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            double[] lossy = scan(count, lossPercent / 100.0, run + 1);
            double[] base = scan(count, 0, run + 1);
            if (run == 0) {
                continue; // warm-up
            }
            share.add(lossy[0]);
            complete.add(lossy[1]);
            time.add(lossy[2]);
            rounds.add(lossy[3]);
            clean.add(base[2]);
        }
        System.out.println(f("(c) broadcast scan of %d printers at %d%% loss each way, default settings, %d runs (seeds 2..%d)",
                count, lossPercent, runs, runs + 1));
        System.out.println(f("    share found: %s -> median %.4f, worst %.4f", BenchStats.list(share, "%.4f"),
                BenchStats.median(share), share.stream().mapToDouble(Double::doubleValue).min().orElse(0)));
        System.out.println(f("    share found with MAC, model and IP settings: %s -> median %.4f",
                BenchStats.list(complete, "%.4f"), BenchStats.median(complete)));
        System.out.println(f("    time until the scan finished, s: %s -> median %.2f s; broadcast rounds: %s",
                BenchStats.list(time, "%.2f"), BenchStats.median(time), BenchStats.list(rounds, "%.0f")));
        System.out.println(f("    baseline without loss, s: median %.2f; ratio lossy/clean: %.1f", BenchStats.median(clean),
                BenchStats.median(time) / BenchStats.median(clean)));
    }

    /** {share found, share complete, seconds, rounds}. */
    static double[] scan(int count, double loss, long seed) throws Exception {
        SimulatorConfig cfg = SimulatorConfig.builder().count(count).base("127.0.40.1").port(0).seed(seed)
                .profiles(List.of(PrinterProfile.TM_T88V, PrinterProfile.TM_M30, PrinterProfile.TM_M30II))
                .faults(Faults.builder().loss(loss).build()).build();
        try (Simulator sim = Simulator.start(cfg)) {
            ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").port(sim.port()).build();
            long t0 = System.nanoTime();
            ScanSummary s = new Scanner(List::of).start(scope, new ScanListener() { }).await();
            double secs = (System.nanoTime() - t0) / 1e9;
            long full = s.printers().stream().filter(LossBench::complete).count();
            return new double[] {(double) s.printers().size() / count, (double) full / count, secs, s.rounds()};
        }
    }

    private static boolean complete(Printer p) {
        return p.mac() != null && !p.model().isEmpty() && !p.ipSettings().address().isEmpty();
    }
}
