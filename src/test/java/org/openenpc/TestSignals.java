package org.openenpc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Whether a child process can receive SIGINT here. A shell without job control starts its background commands
 * with SIGINT and SIGQUIT ignored (e.g. {@code nohup mvn verify &} from a script); children inherit that, and the
 * JVM then leaves SIGINT alone, so a test of Ctrl+C cannot run. Such a test is skipped with that sentence.
 */
public final class TestSignals {

    private TestSignals() {
    }

    /** Why a Ctrl+C test, or its SIGINT part, did not run. */
    public static final String IGNORED = "SIGINT is ignored in this test run (started in the background by a shell"
            + " without job control), so a child process cannot receive Ctrl+C; run the tests in the foreground";

    /** Skips the calling test, with a message on stderr, when this process ignores SIGINT (Linux /proc). */
    public static void assumeSigintDelivered() {
        if (sigintIgnored()) {
            System.err.println("skipped: " + IGNORED);
            Assumptions.abort(IGNORED);
        }
    }

    /** Whether this process ignores SIGINT, and so would every child it starts. */
    public static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    long mask = Long.parseUnsignedLong(line.substring(7).strip(), 16);
                    return (mask & (1L << (2 - 1))) != 0; // SIGINT is signal 2
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux or unreadable: assume the signal arrives
        }
        return false;
    }
}
