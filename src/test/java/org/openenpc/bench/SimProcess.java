package org.openenpc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.openenpc.discovery.Ipv4;
import org.openenpc.sim.Faults;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * The benchmarks' second process: hosts N printers scattered at random (fixed seed) over a /16 of
 * 127/8, prints "READY port", and runs until its standard input closes.
 * Usage: SimProcess --count 1000 --net 127.1.0.0 --port 23300 --seed 5 [--loss-percent 30]
 * [--snmp-port N (0 = free port; off by default)] [--profiles inkjet,laser,et-2850 (default: the three TM)].
 * With SNMP it prints "READY port snmpPort".
 */
public final class SimProcess {

    public static void main(String[] args) throws Exception {
        int count = BenchStats.intArg(args, "count", 1000);
        int port = BenchStats.intArg(args, "port", 0);
        int seed = BenchStats.intArg(args, "seed", 5);
        int lossPercent = BenchStats.intArg(args, "loss-percent", 0);
        String net = BenchStats.stringArg(args, "net", "127.1.0.0");
        int snmpPort = BenchStats.intArg(args, "snmp-port", SimulatorConfig.SNMP_OFF);
        String profiles = BenchStats.stringArg(args, "profiles", "");
        PrinterProfile[] cycle = profiles.isEmpty() ? TM_CYCLE
                : java.util.Arrays.stream(profiles.split(",")).map(PrinterProfile::ofCliName).toArray(PrinterProfile[]::new);
        List<PrinterSpec> specs = scattered(count, Ipv4.parseIPv4(net), seed, cycle);
        Faults faults = Faults.builder().loss(lossPercent / 100.0).build();
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(specs).port(port).seed(seed)
                .faults(faults).snmpPort(snmpPort).build())) {
            System.out.println("READY " + sim.port() + (sim.config().snmp() ? " " + sim.snmpPort() : ""));
            System.out.flush();
            while (System.in.read() >= 0) {
                // run until the parent closes our stdin
            }
        }
    }

    private static final PrinterProfile[] TM_CYCLE = {PrinterProfile.TM_T88V, PrinterProfile.TM_M30, PrinterProfile.TM_M30II};

    static List<PrinterSpec> scattered(int count, int net16, int seed) {
        return scattered(count, net16, seed, TM_CYCLE);
    }

    static List<PrinterSpec> scattered(int count, int net16, int seed, PrinterProfile[] cycle) {
        SplittableRandom rnd = new SplittableRandom(seed);
        TreeSet<Integer> hosts = new TreeSet<>();
        while (hosts.size() < count) {
            int host = rnd.nextInt(65_536);
            int last = host & 0xFF;
            if (last != 0 && last != 255) {
                hosts.add(host);
            }
        }
        List<PrinterSpec> specs = new ArrayList<>();
        int i = 0;
        for (int h : hosts) {
            specs.add(PrinterSpec.of(Ipv4.toDotted((net16 & 0xFFFF0000) | h), cycle[i++ % cycle.length]));
        }
        return specs;
    }
}
