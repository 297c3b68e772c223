package org.openenpc.netns;

import java.io.File;
import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The only place a test may send multicast (mDNS): a fresh network namespace that holds nothing but {@code lo}, made
 * for the run with {@code unshare -n} (root), with {@code lo} up, multicast on and {@code 224.0.0.0/4} routed to it.
 * Nothing sent inside can reach a real interface: the namespace has none.
 *
 * <p>A test runs a {@code main} class (or any command) in a child process inside such a namespace; the child's Java
 * code calls {@link #requireInside()} first, which exits without sending anything unless {@code lo} is the only
 * interface. Where a namespace cannot be made (not root, no {@code unshare} or {@code ip}), {@link #assumeAvailable}
 * skips the test with a message naming why, printed to the build output as well: never a silent pass.
 */
public final class PrivateNetwork {

    /** What a run in the namespace left: its exit status and both output streams. */
    public record Result(int exit, String out, String err) {
        public boolean ok() {
            return exit == 0;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** The shell lines that make the namespace usable for mDNS, run inside it before the command. */
    static final String SETUP = "ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo";

    private static volatile Optional<String> unavailable;

    private PrivateNetwork() {
    }

    /** Why no namespace can be made here, or empty when one can (checked once per JVM). */
    public static synchronized Optional<String> unavailable() {
        if (unavailable == null) {
            unavailable = probe();
        }
        return unavailable;
    }

    /** Skips the calling test, with a visible message, where no private namespace can be made. */
    public static void assumeAvailable() {
        Optional<String> why = unavailable();
        why.ifPresent(w -> System.err.println("SKIPPED (no private network namespace): " + w));
        Assumptions.assumeTrue(why.isEmpty(), () -> "SKIPPED: " + why.orElse(""));
    }

    /**
     * Runs {@code main} in a child JVM (this JVM's java and class path) inside a fresh namespace, waiting at most
     * {@code timeout}; the child is killed when it takes longer (the result then says so).
     */
    public static Result runJava(Duration timeout, Class<?> main, String... args) throws IOException,
            InterruptedException {
        List<String> c = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true", "-cp", System.getProperty("java.class.path"), main.getName()));
        Collections.addAll(c, args);
        return run(timeout, c);
    }

    /** Runs {@code command} inside a fresh namespace (after {@link #SETUP}), waiting at most {@code timeout}. */
    public static Result run(Duration timeout, List<String> command) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(List.of("unshare", "--net", "--", "sh", "-c", SETUP + " && exec \"$@\"",
                "sh"));
        c.addAll(command);
        Path out = Files.createTempFile("openenpc-netns", ".out");
        Path err = Files.createTempFile("openenpc-netns", ".err");
        try {
            Process p = new ProcessBuilder(c).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            String e = Files.readString(err, StandardCharsets.UTF_8);
            return new Result(done ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                    done ? e : e + "\n(killed after " + timeout.toSeconds() + " s)");
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * For the child's {@code main}: exits with status 3 unless this process is inside a namespace whose only
     * interface is {@code lo} (so a mistake in a test can never multicast on a real network).
     */
    public static void requireInside() {
        try {
            List<String> names = new ArrayList<>();
            for (NetworkInterface i : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                names.add(i.getName());
            }
            if (!names.equals(List.of("lo"))) {
                System.err.println("refusing to run: interfaces " + names + " (only lo expected in a private namespace)");
                System.exit(3);
            }
        } catch (SocketException e) {
            System.err.println("refusing to run: cannot list interfaces: " + e.getMessage());
            System.exit(3);
        }
    }

    private static Optional<String> probe() {
        try {
            Result r = run(Duration.ofSeconds(20), List.of("ip", "-o", "link"));
            if (!r.ok()) {
                return Optional.of("unshare --net with ip failed (needs root, util-linux's unshare and iproute2's ip):"
                        + " " + r.err().strip());
            }
            if (r.out().lines().count() != 1 || !r.out().contains(" lo:")) {
                return Optional.of("the new namespace holds more than lo: " + r.out().strip());
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot start unshare (util-linux): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking for unshare");
        }
    }

    private static String java() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
