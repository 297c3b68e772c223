package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openenpc.sim.HostileResponder;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.SimulatedPrinter;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * Benchmark (h), issue 10: a whole-process {@code openenpc scan} of the loopback broadcast with N
 * simulated printers, under a flood of forged replies with random MACs (from every printer's own
 * address, {@code --flood} datagrams in all, sent as the probe arrives) against the same scan without
 * the flood, alternating, in the same run. Measured by {@code /usr/bin/time} around the child JVM: wall
 * time, CPU seconds (user + system), peak RSS; and from the scan's JSON: devices reported, devices with
 * the right MAC, devices with a conflict flagged. Loopback only.
 * Usage: FloodBench [--runs 5] [--printers 200] [--flood 100000]
 */
public final class FloodBench {

    private record Run(double wall, double cpu, double rssMb, int devices, int rightMac, int flagged, long sent) {
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchStats.intArg(args, "runs", 5);
        int printers = BenchStats.intArg(args, "printers", 200);
        int flood = BenchStats.intArg(args, "flood", 100_000);
        int port = HostileResponder.freePort();
        SimulatorConfig cfg = SimulatorConfig.builder().count(printers).base("127.0.190.1").port(port).seed(8)
                .profile(PrinterProfile.TM_M30).build();
        List<Run> base = new ArrayList<>();
        List<Run> flooded = new ArrayList<>();
        try (Simulator sim = Simulator.start(cfg)) {
            List<String> addresses = sim.printers().stream().map(SimulatedPrinter::address).toList();
            scan(sim, null); // warm the page cache and the machine, not measured
            for (int i = 0; i < runs; i++) {
                boolean floodFirst = i % 2 == 1;
                for (int k = 0; k < 2; k++) {
                    if ((k == 0) == floodFirst) {
                        try (HostileResponder h = HostileResponder.flood(port, addresses,
                                Math.max(1, flood / addresses.size()), flood)) {
                            flooded.add(scan(sim, h));
                        }
                    } else {
                        base.add(scan(sim, null));
                    }
                }
                System.out.println(f("run %d: no flood %s | flood %s", i + 1, base.get(i), flooded.get(i)));
            }
        }
        report("no flood", base);
        report("flood   ", flooded);
        System.out.println(f("ratios (flood / no flood, medians): wall %.2f, CPU %.2f, peak RSS %.2f",
                med(flooded, Run::wall) / med(base, Run::wall), med(flooded, Run::cpu) / med(base, Run::cpu),
                med(flooded, Run::rssMb) / med(base, Run::rssMb)));
    }

    private static Run scan(Simulator sim, HostileResponder flood) throws IOException, InterruptedException {
        Path times = Files.createTempFile("flood-bench", ".time");
        Path out = Files.createTempFile("flood-bench", ".json");
        try {
            List<String> cmd = List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.openenpc.Main", "scan",
                    "--broadcast", "127.255.255.255", "--port", "" + sim.port(), "--no-snmp", "--format", "json",
                    "--no-progress", "--output", out.toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("scan exited with " + p.exitValue());
            }
            String[] t = Files.readString(times, StandardCharsets.UTF_8).trim().split("\\s+");
            String[] last = t.length > 4 ? java.util.Arrays.copyOfRange(t, t.length - 4, t.length) : t;
            JsonNode arr = new ObjectMapper().readTree(out.toFile());
            int right = 0;
            int flagged = 0;
            for (JsonNode n : arr) {
                SimulatedPrinter sp = sim.printer(n.get("ip").asText()).orElse(null);
                if (sp != null && sp.macText().equals(n.get("mac").asText())) {
                    right++;
                }
                if (n.path("duplicateMac").asBoolean() || n.path("otherMacs").size() > 0) {
                    flagged++;
                }
            }
            return new Run(Double.parseDouble(last[0]), Double.parseDouble(last[1]) + Double.parseDouble(last[2]),
                    Double.parseDouble(last[3]) / 1024.0, arr.size(), right, flagged, flood == null ? 0 : flood.sent());
        } finally {
            Files.deleteIfExists(times);
            Files.deleteIfExists(out);
        }
    }

    private static double med(List<Run> runs, java.util.function.ToDoubleFunction<Run> v) {
        return BenchStats.median(runs.stream().map(r -> v.applyAsDouble(r)).toList());
    }

    private static void report(String what, List<Run> runs) {
        System.out.println(f("%s: wall %.2f s, CPU %.2f s, peak RSS %.0f MB (medians of %d); devices %s, right MAC %s,"
                        + " flagged %s, forged replies sent %s", what, med(runs, Run::wall), med(runs, Run::cpu),
                med(runs, Run::rssMb), runs.size(), runs.stream().map(Run::devices).toList(),
                runs.stream().map(Run::rightMac).toList(), runs.stream().map(Run::flagged).toList(),
                runs.stream().map(Run::sent).toList()));
    }
}
