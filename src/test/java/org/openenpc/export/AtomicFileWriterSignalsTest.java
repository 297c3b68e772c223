package org.openenpc.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes ({@link BlockedWriter}) stopped inside the body of a write: SIGTERM and SIGINT
 * leave no temp file (the shutdown hook), SIGKILL leaves one that the next write tidies once it
 * is stale, while a live writer's temp file is kept.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AtomicFileWriterSignalsTest {

    @TempDir
    Path dir;

    private Process blockedWriter(Path target) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                BlockedWriter.class.getName(), target.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the writer reached its body").isEqualTo("inside");
        return p;
    }

    private List<Path> tempsOf(Process p) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> TempName.pidOf(f.getFileName().toString()).orElse(-1) == p.pid()).toList();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static void signal(Process p, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    @Test
    void sigtermAndSigintDuringTheWriteLeaveNoTempFileAndTheOldContent() throws Exception {
        Path target = Files.writeString(dir.resolve("printers.csv"), "precious");
        // SIGINT only where this run can deliver it (TestSignals: not from a background shell without job control)
        String[] signals = org.openenpc.TestSignals.sigintIgnored() ? new String[] {"TERM"} : new String[] {"TERM", "INT"};
        if (signals.length == 1) {
            System.err.println("AtomicFileWriterSignalsTest: SIGINT part skipped: " + org.openenpc.TestSignals.IGNORED);
        }
        for (String signal : signals) {
            Process p = blockedWriter(target);
            try {
                assertThat(tempsOf(p)).as("temp file while writing").hasSize(1);
                signal(p, signal);
                assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(signal).isEqualTo(signal.equals("TERM") ? 143 : 130);
                assertThat(files()).as("after SIG" + signal).containsExactly(target);
                assertThat(target).hasContent("precious");
            } finally {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void aKilledWritersTempIsTidiedByTheNextWriteButALiveWritersIsKept() throws Exception {
        Path target = dir.resolve("printers.csv");
        Process killed = blockedWriter(target);
        List<Path> leftOver = tempsOf(killed);
        assertThat(leftOver).hasSize(1);
        killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(killed.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(leftOver.get(0)).as("kill -9 leaves the temp file").exists();

        Process live = blockedWriter(dir.resolve("other.csv"));
        try {
            List<Path> liveTemp = tempsOf(live);
            FileTime old = FileTime.fromMillis(System.currentTimeMillis() - TempName.STALE_AFTER.toMillis() - 60_000);
            Files.setLastModifiedTime(leftOver.get(0), old);
            Files.setLastModifiedTime(liveTemp.get(0), old);

            AtomicFileWriter.write(target, out -> out.write('x'));

            assertThat(leftOver.get(0)).as("dead PID, untouched for over a minute").doesNotExist();
            assertThat(liveTemp.get(0)).as("a live writer's temp file").exists();
            assertThat(target).hasContent("x");
        } finally {
            live.destroy();
            assertThat(live.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(files()).containsExactly(target);
    }
}
