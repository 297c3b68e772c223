package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * {@code scan --output}: a file that cannot be written is refused before the scan (exit code 2,
 * one sentence, the simulated printer receives nothing); one that becomes unwritable during the
 * scan, or a write that runs out of space, ends with exit code 1 and one sentence; an existing file keeps its permissions. In-process,
 * as whoever runs the build: read-only files and folders are in {@link CliOutputUnprivilegedTest}.
 */
class CliOutputTest {

    /** The scan's quiet time: a refusal must come back in a fraction of it. */
    static final int SCAN_TIMEOUT_MS = 5000;

    @TempDir
    Path dir;

    static Simulator printerAt(String ip) throws IOException {
        return Simulator.start(SimulatorConfig.builder().count(1).base(ip).port(0).seed(7).build());
    }

    static String[] scanTo(Simulator sim, String ip, Path output, int timeoutMs) {
        return new String[] {"scan", "--range", ip, "--port", "" + sim.port(), "--timeout", "" + timeoutMs,
            "--retries", "0", "--no-snmp", "--no-progress", "--format", "csv", "--output", output.toString()};
    }

    /** One line, "openenpc: Cannot write PATH: ….", no stack trace. */
    static void assertOneSentence(String err, Path output, String why) {
        assertThat(err.lines().toList()).as(err).hasSize(1);
        assertThat(err).startsWith("openenpc: Cannot write " + output + ": ").contains(why)
                .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("\tat ");
        assertThat(err.strip()).endsWith(".");
    }

    private void assertRefusedBeforeTheScan(Path output, String why) throws Exception {
        try (Simulator sim = printerAt("127.0.61.1")) {
            long t0 = System.nanoTime();
            CliErrorsTest.Result r = CliErrorsTest.run(scanTo(sim, "127.0.61.1", output, SCAN_TIMEOUT_MS));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertOneSentence(r.err(), output, why);
            assertThat(r.out()).isEmpty();
            assertThat(sim.counters().received()).as("datagrams the printer received").isZero();
            assertThat(ms).as("ms until the refusal").isLessThan(SCAN_TIMEOUT_MS / 2);
        }
    }

    @Test
    void aMissingFolderIsRefusedBeforeTheScan() throws Exception {
        assertRefusedBeforeTheScan(dir.resolve("no/such/printers.csv"),
                "the folder " + dir.resolve("no/such") + " does not exist");
    }

    @Test
    void aDirectoryIsRefusedBeforeTheScan() throws Exception {
        assertRefusedBeforeTheScan(Files.createDirectory(dir.resolve("printers.csv")), "it is a folder, not a file");
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefusedBeforeTheScan() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertRefusedBeforeTheScan(file.resolve("printers.csv"), file + " is not a folder");
    }

    @Test
    void anImmutableFileIsRefusedBeforeTheScanEvenForRoot() throws Exception {
        Path target = Files.writeString(dir.resolve("printers.csv"), "precious");
        Assumptions.assumeTrue(run("chattr", "+i", target.toString()), "chattr +i does not work here (needs root, ext4)");
        try {
            assertRefusedBeforeTheScan(target, "the file cannot be changed (Operation not permitted");
        } finally {
            run("chattr", "-i", target.toString());
        }
        assertThat(target).hasContent("precious");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFileThatBecomesUnwritableDuringTheScanIsOneSentenceAndExitCodeOne() throws Exception {
        Path target = Files.writeString(dir.resolve("printers.csv"), "precious");
        Assumptions.assumeTrue(run("chattr", "+i", target.toString()) && run("chattr", "-i", target.toString()),
                "chattr +i does not work here (needs root, ext4)");
        try (Simulator sim = printerAt("127.0.62.1")) {
            CompletableFuture<CliErrorsTest.Result> scan = CompletableFuture.supplyAsync(
                    () -> CliErrorsTest.run(scanTo(sim, "127.0.62.1", target, 1500)));
            try {
                // The printer was asked, so the pre-check passed and the scan runs for 1.5 s more.
                await().atMost(Duration.ofSeconds(10)).until(() -> sim.counters().received() > 0);
                assertThat(run("chattr", "+i", target.toString())).isTrue();
                CliErrorsTest.Result r = scan.get(30, TimeUnit.SECONDS);
                assertThat(r.code()).as(r.err()).isEqualTo(1);
                assertOneSentence(r.err(), target, "the file cannot be changed (Operation not permitted");
            } finally {
                run("chattr", "-i", target.toString());
            }
        }
        assertThat(target).hasContent("precious");
        assertThat(files()).containsExactly(target);
    }

    /** A full disk, as far as the process can tell: a file size limit (prlimit) makes the write fail with EFBIG. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aWriteThatFailsAfterTheScanIsOneSentenceAndExitCodeOneAndLeavesNothing() throws Exception {
        Assumptions.assumeTrue(run("prlimit", "--fsize=2000", "true"), "prlimit is not available here");
        Path target = dir.resolve("printers.json");
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().count(12).base("127.0.68.1").port(0).seed(7).build())) {
            String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
            Process p = new ProcessBuilder("prlimit", "--fsize=2000", java, "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), "org.openenpc.Main", "scan", "--broadcast",
                    "127.255.255.255", "--port", "" + sim.port(), "--timeout", "300", "--no-snmp", "--no-progress",
                    "--no-record", // the file-size limit would stop the inventory too: this test is about the export
                    "--format", "json", "--output", target.toString()).start();
            p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(err).isEqualTo(1);
            assertOneSentence(err, target, "File too large");
            assertThat(sim.counters().received()).as("the scan ran").isPositive();
        }
        assertThat(files()).as("no file, no temp file").isEmpty();
    }

    @Test
    void overwritingKeepsThePermissions() throws Exception {
        Path target = Files.writeString(dir.resolve("printers.csv"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        try (Simulator sim = printerAt("127.0.63.1")) {
            CliErrorsTest.Result r = CliErrorsTest.run(scanTo(sim, "127.0.63.1", target, 300));
            assertThat(r.code()).as(r.err()).isZero();
        }
        assertThat(Files.readString(target)).contains("127.0.63.1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(files()).containsExactly(target);
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
