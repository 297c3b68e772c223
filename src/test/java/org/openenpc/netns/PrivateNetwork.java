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

    /**
     * The file that {@link #ISOLATED_SETUP} leaves in the empty {@code /run} it mounts: present only where {@code /run}
     * is that private tmpfs, so code that writes under {@code /run} can check it is not the machine's own.
     */
    public static final Path PRIVATE_RUN_MARK = Path.of("/run/openenpc-private-run");

    /**
     * After {@link #SETUP}, for {@link #runIsolated}: nothing mounted here is seen outside (unshare --mount makes
     * the tree private already; made so again in case a distribution's default differs), and an empty tmpfs over
     * {@code /run} holding only {@code /run/avahi-daemon}: avahi-daemon's pid file and socket are compiled in there
     * (avahi 0.8 has no option to move them), and the machine's own {@code /run}, its D-Bus socket included, is
     * out of reach.
     */
    static final String ISOLATED_SETUP = "mount --make-rprivate / && mount -t tmpfs -o mode=755 openenpc-run /run"
            + " && mkdir /run/avahi-daemon && : > " + PRIVATE_RUN_MARK;

    private static volatile Optional<String> unavailable;
    private static volatile Optional<String> isolatedUnavailable;

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
                "-cp", System.getProperty("java.class.path"), main.getName()));
        Collections.addAll(c, args);
        return run(timeout, c);
    }

    /** Runs {@code command} inside a fresh namespace (after {@link #SETUP}), waiting at most {@code timeout}. */
    public static Result run(Duration timeout, List<String> command) throws IOException, InterruptedException {
        return run(timeout, List.of("--net"), SETUP, command);
    }

    /** Why no isolated namespace ({@link #runIsolated}) can be made here, or empty (checked once per JVM). */
    public static synchronized Optional<String> isolatedUnavailable() {
        if (isolatedUnavailable == null) {
            isolatedUnavailable = unavailable().or(PrivateNetwork::probeIsolated);
        }
        return isolatedUnavailable;
    }

    /** As {@link #assumeAvailable}, for tests that need {@link #runIsolated}. */
    public static void assumeIsolatedAvailable() {
        Optional<String> why = isolatedUnavailable();
        why.ifPresent(w -> System.err.println("SKIPPED (no isolated private namespace): " + w));
        Assumptions.assumeTrue(why.isEmpty(), () -> "SKIPPED: " + why.orElse(""));
    }

    /** As {@link #runJava}, in the namespace of {@link #runIsolated}. */
    public static Result runJavaIsolated(Duration timeout, Class<?> main, String... args) throws IOException,
            InterruptedException {
        List<String> c = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        Collections.addAll(c, args);
        return runIsolated(timeout, c);
    }

    /**
     * As {@link #run}, with a private mount namespace and a private {@code /run} ({@link #ISOLATED_SETUP}) for
     * daemons that write there, and a private PID namespace whose first process is {@code command}: when it ends
     * (or is killed at the timeout) the kernel kills every daemon it started, so none outlives the run.
     */
    public static Result runIsolated(Duration timeout, List<String> command) throws IOException,
            InterruptedException {
        return run(timeout, List.of("--net", "--mount", "--pid", "--fork", "--mount-proc"),
                SETUP + " && " + ISOLATED_SETUP, command);
    }

    private static Result run(Duration timeout, List<String> namespaces, String setup, List<String> command)
            throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(List.of("unshare"));
        c.addAll(namespaces);
        c.addAll(List.of("--", "sh", "-c", setup + " && exec \"$@\"", "sh"));
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

    /**
     * For code that writes under {@code /run} inside {@link #runIsolated}: exits with status 3 unless this is a
     * private namespace ({@link #requireInside}) whose {@code /run} is the private tmpfs.
     */
    public static void requireIsolated() {
        requireInside();
        if (!Files.exists(PRIVATE_RUN_MARK)) {
            System.err.println("refusing to run: /run is not a private tmpfs (no " + PRIVATE_RUN_MARK + ")");
            System.exit(3);
        }
    }

    private static Optional<String> probeIsolated() {
        try {
            Result r = runIsolated(Duration.ofSeconds(20), List.of("sh", "-c", "test -f " + PRIVATE_RUN_MARK
                    + " && test \"$$\" = 1 && ip -o link"));
            if (!r.ok()) {
                return Optional.of("unshare --net --mount --pid with a tmpfs over /run failed (needs root and"
                        + " util-linux's unshare and mount): " + r.err().strip());
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot start unshare (util-linux): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking for unshare --mount --pid");
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
