package org.openenpc.peers;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.openenpc.netns.PrivateNetwork;

/**
 * Child main (inside {@link PrivateNetwork#run} only): a new user's session with the real CLI, in separate JVMs
 * ({@code org.openenpc.Main}, this class path): {@code simulate --count 5 --profile inkjet --ipp --mdns
 * --snmp-port 161} in the background (the default profile mix starts with eight TM receipt printers, which answer
 * no IPP and have no supplies), and once it says it is announcing, {@code scan --broadcast 127.255.255.255
 * --mdns} as a table and as JSON. Prints each process's lines prefixed SIM, TABLE, TABLE-ERR, JSON, JSON-ERR,
 * and each exit status.
 */
public final class CliTwoProcessChild {

    static final String[] SIMULATE = {"simulate", "--count", "5", "--profile", "inkjet", "--ipp", "--mdns",
        "--snmp-port", "161", "--seconds", "45"};
    static final String[] SCAN = {"scan", "--broadcast", "127.255.255.255", "--mdns"};

    public static void main(String[] args) throws Exception {
        PrivateNetwork.requireInside();
        Process sim = cli(SIMULATE).redirectErrorStream(true).start();
        try {
            BufferedReader simOut = new BufferedReader(new InputStreamReader(sim.getInputStream(),
                    StandardCharsets.UTF_8));
            CompletableFuture<Void> announcing = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    for (String l; (l = simOut.readLine()) != null; ) {
                        System.out.println("SIM " + l);
                        if (l.contains("mDNS: announcing")) {
                            announcing.complete(null);
                        }
                    }
                } catch (IOException e) {
                    // the stream closes when the simulator is stopped below
                }
                announcing.complete(null);
            }, "sim-out");
            reader.setDaemon(true);
            reader.start();
            long t0 = System.nanoTime();
            announcing.get(20, TimeUnit.SECONDS);
            System.out.println("SIM READY ms " + (System.nanoTime() - t0) / 1_000_000 + " alive " + sim.isAlive());
            // As MdnsScanChild does: a scan started at once sometimes found no mDNS service at all (2 of about 10
            // first scans here; none of about 20 later ones), so the user waits a moment, as one would anyway.
            Thread.sleep(2500);
            run("TABLE", SCAN);
            List<String> json = new ArrayList<>(List.of(SCAN));
            json.addAll(List.of("--format", "json"));
            run("JSON", json.toArray(String[]::new));
        } finally {
            sim.destroy(); // SIGTERM: the simulator's shutdown hook says goodbye and closes
            System.out.println("SIM exit " + (sim.waitFor(10, TimeUnit.SECONDS) ? sim.exitValue() : "hung"));
            sim.destroyForcibly();
        }
    }

    private static void run(String label, String... cli) throws Exception {
        Path out = Files.createTempFile("openenpc-cli", ".out");
        Path err = Files.createTempFile("openenpc-cli", ".err");
        try {
            long t0 = System.nanoTime();
            Process p = cli(cli).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean done = p.waitFor(25, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            Files.readAllLines(out, StandardCharsets.UTF_8).forEach(l -> System.out.println(label + " " + l));
            Files.readAllLines(err, StandardCharsets.UTF_8).forEach(l -> System.out.println(label + "-ERR " + l));
            System.out.println(label + " exit " + (done ? p.exitValue() : "killed") + " ms "
                    + (System.nanoTime() - t0) / 1_000_000);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static ProcessBuilder cli(String... cli) {
        List<String> c = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "org.openenpc.Main"));
        c.addAll(List.of(cli));
        return new ProcessBuilder(c);
    }
}
