package org.openenpc.packaging;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's {@code promtool} (package prometheus) for the packaging tests. promtool only reads files:
 * {@code check} and {@code test rules} open no socket. Without it a test is skipped with a sentence on stderr,
 * and fails in CI ({@code CI=true}), where .ci/install-packages installs it. Called from the test thread.
 */
final class Promtool {

    /** What one run printed (stdout and stderr together) and its exit code. */
    record Result(int exit, String output) {
    }

    private Promtool() {
    }

    /** The promtool on the PATH, or a skipped (in CI: failed) test. */
    static Path require() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String why = "promtool is not installed (Debian package prometheus; .ci/install-packages installs it)";
            if ("true".equals(System.getenv("CI"))) {
                fail("promtool is needed in CI: " + why);
            }
            System.err.println("SKIPPED: " + why);
            Assumptions.assumeTrue(false, () -> "SKIPPED: " + why);
        }
        return found.get();
    }

    static Optional<Path> find() {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin:/bin" : path).split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "promtool");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code promtool args...} in {@code dir}; at most a minute (test rules over 2 days of samples takes ~5 s). */
    static Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(require().toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("promtool", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("promtool " + String.join(" ", args) + " did not finish in 60 s: " + Files.readString(log));
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
