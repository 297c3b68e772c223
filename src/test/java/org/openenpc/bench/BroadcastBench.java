package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;

import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.Scanner;
import org.openenpc.protocol.EnpcRequests;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * Benchmark (a): a broadcast scan of N simulated printers (default 250) on loopback; time from
 * the start of the scan until every printer is listed with its model and MAC. Baseline in the same
 * run: a bare socket that broadcasts one probe and only counts the replies (no decoding, no
 * follow-ups), the floor the network and simulator allow.
 */
public final class BroadcastBench {

    public static void main(String[] args) throws Exception {
        int runs = BenchStats.intArg(args, "runs", 7);
        int count = BenchStats.intArg(args, "printers", 250);
        SimulatorConfig cfg = SimulatorConfig.builder().count(count).base("127.0.20.1").port(0)
                .profiles(List.of(PrinterProfile.TM_T88V, PrinterProfile.TM_M30, PrinterProfile.TM_M30II)).build();
        List<Double> listed = new ArrayList<>();
        List<Double> done = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        try (Simulator sim = Simulator.start(cfg)) {
            for (int run = 0; run < runs + 1; run++) {
                double b = bareBroadcast(sim.port(), count);
                double[] s = scan(sim.port(), count);
                if (run == 0) {
                    continue; // warm-up: JIT and first-time class loading
                }
                baseline.add(b);
                listed.add(s[0]);
                done.add(s[1]);
            }
        }
        double med = BenchStats.median(listed);
        double base = BenchStats.median(baseline);
        System.out.println(f("(a) broadcast scan of %d simulated printers, %d runs after 1 warm-up", count, runs));
        System.out.println(f("    all listed with model+MAC, ms: %s  -> median %.1f ms", BenchStats.list(listed, "%.1f"), med));
        System.out.println(f("    scan finished (quiet timeout), ms: median %.0f", BenchStats.median(done)));
        System.out.println(f("    baseline, bare probe broadcast until %d replies, ms: %s -> median %.1f ms",
                count, BenchStats.list(baseline, "%.1f"), base));
        System.out.println(f("    ratio scan/baseline: %.1f", med / base));
    }

    /** Returns {ms until all listed with model and MAC, ms until the scan finished}. */
    static double[] scan(int port, int count) throws Exception {
        ListedWatcher l = new ListedWatcher(count);
        ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").port(port).build();
        long t0 = System.nanoTime();
        var scan = new Scanner(List::of).start(scope, l);
        boolean ok = l.awaitAll(30);
        scan.await();
        long t1 = System.nanoTime();
        if (!ok) {
            throw new IllegalStateException("only " + l.listed() + " of " + count + " listed");
        }
        return new double[] {l.secondsSince(t0) * 1e3, (t1 - t0) / 1e6};
    }

    static double bareBroadcast(int port, int count) throws Exception {
        try (DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET)) {
            ch.setOption(StandardSocketOptions.SO_BROADCAST, true);
            ch.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
            ch.bind(new InetSocketAddress("127.0.0.1", 0));
            ByteBuffer in = ByteBuffer.allocate(2048);
            long t0 = System.nanoTime();
            ch.send(ByteBuffer.wrap(EnpcRequests.probe()), new InetSocketAddress("127.255.255.255", port));
            ch.socket().setSoTimeout(5000);
            for (int got = 0; got < count; got++) {
                in.clear();
                ch.receive(in);
            }
            return (System.nanoTime() - t0) / 1e6;
        }
    }
}
