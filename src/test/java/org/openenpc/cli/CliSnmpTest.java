package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

import picocli.CommandLine;

/** scan, status and watch with SNMP against the simulator's agents; loopback only, explicit scopes. */
class CliSnmpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Simulator sim(String net) throws Exception {
        List<PrinterSpec> specs = List.of(PrinterSpec.of(net + ".1", PrinterProfile.INKJET),
                PrinterSpec.of(net + ".2", PrinterProfile.TM_T88V).withSnmp(false),
                PrinterSpec.of(net + ".3", PrinterProfile.LASER).withSilent(true));
        return Simulator.start(SimulatorConfig.builder().printers(specs).port(0).snmpPort(0).build());
    }

    private static String[] snmpArgs(Simulator sim) {
        return new String[] {"--port", "" + sim.port(), "--snmp-port", "" + sim.snmpPort(), "--snmp-timeout", "300",
            "--snmp-retries", "0", "--timeout", "300"};
    }

    private static String[] args(String[] head, String[] tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    @Test
    void scanJsonCarriesSnmpForPrintersThatAnsweredIt() throws Exception {
        try (Simulator sim = sim("127.0.51")) {
            CliErrorsTest.Result r = CliErrorsTest.run(args(new String[] {"scan", "--broadcast", "127.255.255.255",
                "--format", "json", "--no-progress"}, snmpArgs(sim)));
            assertThat(r.code()).isZero();
            JsonNode arr = JSON.readTree(r.out());
            assertThat(arr.size()).isEqualTo(2); // the ENPC-silent laser is not found without --snmp-discovery
            JsonNode inkjet = arr.get(0);
            assertThat(inkjet.get("sources").toString()).isEqualTo("[\"ENPC broadcast\",\"SNMP\"]");
            assertThat(inkjet.get("snmp").get("supplies").size()).isGreaterThan(0);
            assertThat(inkjet.get("snmp").get("supplies").get(0).has("level")).isTrue();
            assertThat(inkjet.get("snmp").get("supplies").findValuesAsText("source")).contains("ST2", "Printer-MIB");
            JsonNode tm = arr.get(1);
            assertThat(tm.get("sources").toString()).isEqualTo("[\"ENPC broadcast\"]");
            assertThat(tm.has("snmp")).isFalse();

            CliErrorsTest.Result off = CliErrorsTest.run(args(new String[] {"scan", "--broadcast", "127.255.255.255",
                "--format", "json", "--no-progress", "--no-snmp"}, snmpArgs(sim)));
            assertThat(JSON.readTree(off.out()).get(0).has("snmp")).isFalse();
        }
    }

    @Test
    void scanWithSnmpDiscoveryFindsTheEnpcSilentPrinter() throws Exception {
        try (Simulator sim = sim("127.0.52")) {
            CliErrorsTest.Result r = CliErrorsTest.run(args(new String[] {"scan", "--range", "127.0.52.1-3",
                "--format", "csv", "--no-progress", "--snmp-discovery", "--retries", "0"}, snmpArgs(sim)));
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("127.0.52.3,").contains(",SNMP,");
        }
    }

    @Test
    void statusJsonHasModelSerialStatusErrorsSuppliesAndWhichProtocolsAnswered() throws Exception {
        try (Simulator sim = sim("127.0.53")) {
            sim.at("127.0.53.1").raise(SimError.PAPER_JAM);
            CliErrorsTest.Result r = CliErrorsTest.run(args(new String[] {"status", "127.0.53.1", "--format", "json"},
                    snmpArgs(sim)));
            assertThat(r.code()).isZero();
            JsonNode j = JSON.readTree(r.out());
            assertThat(j.get("model").asText()).isEqualTo(sim.at("127.0.53.1").model());
            assertThat(j.has("serial")).isTrue();
            assertThat(j.get("printerStatus").asText()).isNotEmpty();
            assertThat(j.get("errors").toString()).containsIgnoringCase("jam");
            JsonNode supply = j.get("supplies").get(0);
            assertThat(supply.has("name") && supply.has("colour") && supply.has("level") && supply.has("state")).isTrue();
            assertThat(supply.get("source").asText()).isEqualTo("ST2");
            assertThat(j.get("answered").get("enpc").asBoolean()).isTrue();
            assertThat(j.get("answered").get("snmp").asBoolean()).isTrue();
        }
    }

    @Test
    void statusSucceedsWhenOnlyOneProtocolAnswersAndSaysWhichDidNot() throws Exception {
        try (Simulator sim = sim("127.0.54")) {
            CliErrorsTest.Result enpcOnly = CliErrorsTest.run(args(new String[] {"status", "127.0.54.2", "--format",
                "json"}, snmpArgs(sim)));
            assertThat(enpcOnly.code()).isZero();
            JsonNode j = JSON.readTree(enpcOnly.out());
            assertThat(j.get("answered").get("snmp").asBoolean()).isFalse();
            assertThat(j.get("notAnswered").toString()).contains("SNMP: no SNMP answer from 127.0.54.2");

            CliErrorsTest.Result snmpOnly = CliErrorsTest.run(args(new String[] {"status", "127.0.54.3"}, snmpArgs(sim)));
            assertThat(snmpOnly.code()).isZero();
            assertThat(snmpOnly.out()).contains("SNMP\n").contains("Supplies")
                    .containsPattern("ENPC\\s+did not answer: no ENPC reply from 127.0.54.3")
                    .containsPattern("SNMP\\s+answered");
        }
    }

    /** Runs watch in-process on a thread; the test stops it through the command's own stop latch. */
    @Test
    void watchReportsTheErrorRaisedBetweenRefreshesAndStopsCleanly() throws Exception {
        try (Simulator sim = sim("127.0.55")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
            WatchCommand watch = cl.getSubcommands().get("watch").getCommand();
            CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> cl.execute(args(new String[] {"watch",
                "--broadcast", "127.255.255.255", "--interval", "0.3"}, snmpArgs(sim))));
            await().atMost(Duration.ofSeconds(10)).until(() -> out.toString().lines()
                    .filter(l -> l.contains("new printer")).count() == 2);
            assertThat(out.toString()).contains("127.0.55.1").contains("127.0.55.2");
            sim.at("127.0.55.1").raise(SimError.PAPER_JAM);
            await().atMost(Duration.ofSeconds(10)).until(() -> out.toString().contains("errors: none → Paper jam"));
            watch.requestStop();
            assertThat(code.get(10, TimeUnit.SECONDS)).isZero();
            assertThat(err.toString()).contains("watch stopped after");
        }
    }

    @Test
    void watchJsonLinesHaveATypeAndCountEndsIt() throws Exception {
        try (Simulator sim = sim("127.0.56")) {
            CliErrorsTest.Result r = CliErrorsTest.run(args(new String[] {"watch", "--broadcast", "127.255.255.255",
                "--interval", "0.2", "--count", "2", "--format", "jsonl"}, snmpArgs(sim)));
            assertThat(r.code()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines).hasSize(2); // two new printers, then nothing changed
            for (String line : lines) {
                JsonNode j = JSON.readTree(line);
                assertThat(j.get("type").asText()).isEqualTo("new");
                assertThat(j.has("ip") && j.has("at") && j.has("lastSeen")).isTrue();
            }
            assertThat(r.err()).contains("watch stopped after 2 refreshes");
        }
    }

    @Test
    void refreshesThatOutlastTheIntervalAreSaidOnceWithWhatToDo() throws Exception {
        try (Simulator sim = sim("127.0.58")) {
            // Each refresh waits at least its 300 ms quiet time: longer than a 0.1 s interval.
            CliErrorsTest.Result r = CliErrorsTest.run(args(new String[] {"watch", "--broadcast", "127.255.255.255",
                "--interval", "0.1", "--count", "3"}, snmpArgs(sim)));
            assertThat(r.code()).isZero();
            assertThat(r.err().lines().filter(l -> l.contains("longer than the 0.1 s interval")).toList())
                    .singleElement().satisfies(l -> assertThat(l).matches("openenpc: a refresh took \\d+\\.\\d s, "
                            + "longer than the 0\\.1 s interval, so refreshes now run back to back\\. A longer "
                            + "--interval, or --rediscover-every N \\(sweep the whole scope only every N refreshes\\), "
                            + "keeps to it\\."));
        }
    }

    /** The real process: Ctrl+C (SIGINT) ends watch with exit code 0 and a closing line. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void sigintEndsWatchWithExitCodeZero() throws Exception {
        org.openenpc.TestSignals.assumeSigintDelivered();
        try (Simulator sim = sim("127.0.57")) {
            String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.openenpc.Main",
                    "watch", "--broadcast", "127.255.255.255", "--port", "" + sim.port(), "--no-snmp",
                    "--timeout", "200", "--interval", "0.2").start();
            try {
                BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String first = stdout.readLine();
                assertThat(first).contains("new printer");
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
                assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).isZero();
                String errText = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(errText).contains("watch stopped after");
            } finally {
                p.destroyForcibly();
            }
        }
    }
}
