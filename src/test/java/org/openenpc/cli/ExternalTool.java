package org.openenpc.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program a test needs from the machine (Debian's prometheus package: /usr/bin/prometheus and promtool).
 * Missing, the test is skipped with a sentence and a printed line, never passed silently; in CI, which installs
 * it (.ci/install-packages), it fails instead.
 */
final class ExternalTool {

    private ExternalTool() {
    }

    /** The program's path, or the calling test skipped (failed in CI). */
    static Path require(String name, String packageName) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/bin")
                .split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String why = name + " is not installed (apt-get install " + packageName + "), so this test is skipped.";
        if ("true".equals(System.getenv("CI"))) {
            fail(name + " is needed in CI: " + why);
        }
        System.out.println("[skipped] " + why);
        assumeTrue(false, why);
        return null;
    }
}
