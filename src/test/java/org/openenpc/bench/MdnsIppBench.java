package org.openenpc.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.openenpc.discovery.InterfaceSource;
import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.ipp.IppSettings;
import org.openenpc.mdns.MdnsSettings;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.netns.PeerDaemons;
import org.openenpc.netns.PrivateNetwork;
import org.openenpc.sim.MdnsAdvert;
import org.openenpc.sim.MdnsAdvertiser;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * Benchmark (k), issue 12: the time until 50 simulated printers that announce themselves over DNS-SD are all listed
 * with their supplies (read over IPP), against CUPS's {@code ippfind -T} listing the same printers by name in the
 * same run, alternating. Everything runs in a private network namespace (mDNS never leaves it): this program starts
 * a child JVM there, which starts a private D-Bus and avahi-daemon (for ippfind), the simulator with IPP and its
 * JmDNS announcers, then the runs. Usage: {@code bench/run.sh mdns [--runs 5] [--printers 50]}.
 */
public final class MdnsIppBench {

    /**
     * ippfind's -T: with more than 1 it prints what it found when the time is up (-T 10 printed all 50 names at
     * 10.05–10.10 s); with 1 or less it stops "as soon as it thinks it has found everything", its fastest listing.
     */
    static final int IPPFIND_T = 1;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(BenchStats.intArg(args, "runs", 5), BenchStats.intArg(args, "printers", 50));
            return;
        }
        var why = PrivateNetwork.isolatedUnavailable().or(PeerDaemons::missing);
        if (why.isPresent()) {
            System.out.println("skipped: " + why.get());
            return;
        }
        List<String> childArgs = new ArrayList<>(List.of("--child"));
        childArgs.addAll(List.of(args));
        PrivateNetwork.Result r = PrivateNetwork.runJavaIsolated(Duration.ofMinutes(10), MdnsIppBench.class,
                childArgs.toArray(String[]::new));
        System.out.print(r.out());
        if (!r.ok()) {
            System.out.println("the benchmark's child failed: " + r);
        }
    }

    private static void child(int runs, int count) throws Exception {
        PrivateNetwork.requireIsolated();
        System.out.println("(k) " + count + " printers announcing over mDNS with IPP, " + runs + " runs each,"
                + " alternating; " + Runtime.getRuntime().availableProcessors() + " CPUs");
        List<PrinterProfile> cycle = List.of(PrinterProfile.IPP_LASER, PrinterProfile.IPP_INKJET, PrinterProfile.INKJET);
        List<PrinterSpec> specs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            specs.add(PrinterSpec.of("127.0.4." + (i + 1), cycle.get(i % cycle.size())));
        }
        try (PeerDaemons peers = PeerDaemons.start();
             Simulator sim = Simulator.start(SimulatorConfig.builder().printers(specs).port(0).snmpPort(0)
                     .ippPort(8631).build())) {
            List<MdnsAdvert> adverts = sim.printers().stream().map(p -> MdnsAdvert.of(p, p.ippPort())).toList();
            try (MdnsAdvertiser advertiser = MdnsAdvertiser.start(adverts)) {
                long t0 = System.nanoTime();
                int seen = 0;
                while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(20)) {
                    seen = (int) peers.browse("_ipp._tcp").stream().map(s -> s.name()).distinct().count();
                    if (seen >= count) {
                        break;
                    }
                    Thread.sleep(500);
                }
                System.out.printf("announcements ready (avahi-browse sees %d of %d) after %.1f s%n", seen, count,
                        (System.nanoTime() - t0) / 1e9);
                List<Double> ours = new ArrayList<>();
                List<Double> oursDone = new ArrayList<>();
                List<Double> theirs = new ArrayList<>();
                for (int run = 1; run <= runs; run++) {
                    boolean oursFirst = run % 2 == 1;
                    for (int side = 0; side < 2; side++) {
                        if ((side == 0) == oursFirst) {
                            double[] t = ours(sim.port(), sim.snmpPort(), count);
                            ours.add(t[0]);
                            oursDone.add(t[1]);
                            System.out.printf("  run %d openenpc: all %d listed with supplies after %s s (%d), scan"
                                    + " finished after %.3f s%n", run, count, t[0] < 0 ? "—" : BenchStats.f("%.3f",
                                    t[0]), (int) t[2], t[1]);
                        } else {
                            double[] t = ippfind(peers, count);
                            theirs.add(t[0]);
                            System.out.printf("  run %d ippfind -T " + IPPFIND_T + ": %d names, the last after %s s%n", run,
                                    (int) t[1], t[0] < 0 ? "—" : BenchStats.f("%.3f", t[0]));
                        }
                    }
                }
                System.out.println("openenpc, all listed with supplies, s: " + BenchStats.list(ours, "%.3f")
                        + " -> median " + BenchStats.f("%.3f", BenchStats.median(ours)));
                System.out.println("openenpc, scan finished, s: " + BenchStats.list(oursDone, "%.3f") + " -> median "
                        + BenchStats.f("%.3f", BenchStats.median(oursDone)));
                System.out.println("ippfind -T " + IPPFIND_T + ", all names listed, s: " + BenchStats.list(theirs, "%.3f")
                        + " -> median " + BenchStats.f("%.3f", BenchStats.median(theirs)));
                System.out.println("ratio (openenpc with supplies / ippfind names): " + BenchStats.f("%.2f",
                        BenchStats.median(ours) / BenchStats.median(theirs)));
            }
        }
    }

    /** {time until every printer had an IPP view with supplies (-1 if not), time the scan finished, how many}. */
    private static double[] ours(int port, int snmpPort, int count) throws Exception {
        Set<String> listed = ConcurrentHashMap.newKeySet();
        long[] allAt = {-1};
        long start = System.nanoTime();
        ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").port(port)
                .quietTimeout(Duration.ofMillis(1500))
                .snmp(org.openenpc.snmp.SnmpSettings.defaults().withPort(snmpPort))
                .ipp(IppSettings.defaults().withPort(8631)).mdns(MdnsSettings.defaults().withWindow(Duration.ofSeconds(10)))
                .build();
        ScanSummary s = new Scanner(InterfaceSource.system()).start(scope, new ScanListener() {
            @Override
            public void deviceAdded(Printer p) {
                look(p);
            }

            @Override
            public void deviceChanged(Printer p, Set<PrinterField> changed) {
                look(p);
            }

            private void look(Printer p) {
                if (p.ipp() != null && !p.supplies().isEmpty() && listed.add(p.ip()) && listed.size() == count) {
                    allAt[0] = System.nanoTime();
                }
            }
        }).await();
        double finished = (System.nanoTime() - start) / 1e9;
        long withSupplies = s.printers().stream().filter(p -> p.ipp() != null && !p.supplies().isEmpty()).count();
        return new double[] {allAt[0] < 0 ? -1 : (allAt[0] - start) / 1e9, finished, withSupplies};
    }

    /** {time until ippfind printed {@code count} distinct names (-1 if not), names printed}. */
    private static double[] ippfind(PeerDaemons peers, int count) throws Exception {
        long start = System.nanoTime();
        Process p = peers.client("ippfind", "_ipp._tcp", "-T", Integer.toString(IPPFIND_T), "--print-name")
                .redirectErrorStream(true).start();
        Set<String> names = new HashSet<>();
        long last = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && names.add(line.strip())) {
                    last = System.nanoTime();
                    if (names.size() == count) {
                        break;
                    }
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        return new double[] {names.size() == count ? (last - start) / 1e9 : -1, names.size()};
    }
}
