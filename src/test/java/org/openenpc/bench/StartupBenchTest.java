package org.openenpc.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's fresh home reaches a java process as user.home, not only as HOME (which Java ignores). */
class StartupBenchTest {

    @Test
    void freshHomeIsTheJavaProcessUserHome(@TempDir Path tmp) throws Exception {
        Path home = Files.createDirectory(tmp.resolve("home"));
        Path cache = tmp.resolve("fx-cache");
        ProcessBuilder pb = new ProcessBuilder(StartupBench.JAVA, "-XshowSettings:properties", "-version")
                .redirectErrorStream(true);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(StartupBench.freshHome(home, cache));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(out.contains("user.home = " + home), out);
        assertTrue(out.contains("javafx.cachedir = " + cache), out);
    }
}
