package org.openenpc.netns;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * Third-party mDNS/IPP peers for our tests, run inside {@link PrivateNetwork#runIsolated}: a private D-Bus system bus
 * ({@code dbus-daemon}, socket in a temporary directory), {@code avahi-daemon} on {@code lo} only, and on request
 * CUPS's {@code ippeveprinter} (an IPP Everywhere printer that advertises itself through that avahi). Clients
 * ({@code avahi-browse}, {@code ippfind}, {@code ipptool}) run through {@link #exec} with the same environment.
 *
 * <p>Called from the child's {@code main} on its main thread; {@link #start} refuses (exit 3) outside an isolated
 * namespace. Every wait is bounded (at most {@link #WAIT} each) and fails with the daemons' logs; {@link #close}
 * stops them in reverse order. The PID namespace of {@code runIsolated} kills whatever is left when the child ends.
 *
 * <p>What the Debian 12 packages need (avahi 0.8, CUPS 2.4.2, D-Bus 1.14), found by running them here:
 * <ul>
 * <li>avahi-daemon, ippeveprinter and the avahi clients all honour {@code DBUS_SYSTEM_BUS_ADDRESS} (libdbus reads
 * it for the system bus), so the bus needs no fixed path; but avahi-daemon's pid file and socket are compiled in
 * under {@code /run/avahi-daemon}, hence {@code runIsolated}'s private tmpfs over {@code /run}.</li>
 * <li>Debian's avahi 0.8 uses {@code lo}: with {@code allow-interfaces=lo} it logs "Joining mDNS multicast group on
 * interface lo.IPv4" and "New relevant interface lo.IPv4 for mDNS", and answers and browses there. (Older avahi
 * skipped IFF_LOOPBACK interfaces in iface-linux.c; the check became "loopback or multicast".) No dummy interface
 * is needed, so the namespace stays lo only and {@link PrivateNetwork#requireInside} holds.</li>
 * <li>ippeveprinter will not start without DNS-SD ("Unable to initialize DNS-SD"), even with {@code -r off}.</li>
 * <li>Its supplies form ({@code /supplies}) is a GET form (fields {@code supply0}, {@code supply1}, ...: percent) with
 * no authentication unless {@code -A}; {@link Printer#setSupplies} uses it. It reports {@code printer-supply}
 * (and {@code toner-low-report} when low), not {@code marker-levels}.</li>
 * </ul>
 */
public final class PeerDaemons implements AutoCloseable {

    /** The longest any one wait (a daemon ready, a client's run) may take. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    /** Each program used, with the Debian package that has it (named in the skip message). */
    static final Map<String, String> PROGRAMS = programs();

    private final Path dir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Daemon> daemons = new ArrayList<>();

    private record Daemon(String name, Process process, Path log) {
    }

    /** What a client left: its exit status (-1 when killed at its timeout) and its output, both streams merged. */
    public record Run(int exit, String out) {
        public boolean ok() {
            return exit == 0;
        }
    }

    /** A running ippeveprinter. */
    public final class Printer {
        private final String name;
        private final int port;

        private Printer(String name, int port) {
            this.name = name;
            this.port = port;
        }

        /** Its service name (the DNS-SD instance name). */
        public String name() {
            return name;
        }

        public int port() {
            return port;
        }

        /** Its IPP URI on loopback. */
        public String uri() {
            return "ipp://127.0.0.1:" + port + "/ipp/print";
        }

        /**
         * Sets its supply levels (percent, in the order of printer-supply: for the default printer the waste toner
         * tank, then black toner) through its web form: {@code GET /supplies?supply0=..&supply1=..} (CUPS 2.4.2's
         * show_supplies reads the form's fields from the query and answers 200 with the new levels).
         */
        public void setSupplies(int... levels) throws IOException, InterruptedException {
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < levels.length; i++) {
                q.append(i == 0 ? "?" : "&").append("supply").append(i).append('=').append(levels[i]);
            }
            HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).connectTimeout(WAIT).build();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/supplies" + q)).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("ippeveprinter's /supplies form answered " + r.statusCode() + logs());
            }
        }

        /** get-printer-attributes through ipptool ({@code -tv}: every attribute printed). */
        public Run attributes() throws IOException, InterruptedException {
            return exec(WAIT, "ipptool", "-tv", uri(), "get-printer-attributes.test");
        }
    }

    private PeerDaemons(Path dir) {
        this.dir = dir;
    }

    /** What is missing to run the peers (each program with its package), or empty when all are installed. */
    public static Optional<String> missing() {
        return missing(PROGRAMS);
    }

    static Optional<String> missing(Map<String, String> programs) {
        List<String> absent = programs.entrySet().stream().filter(e -> find(e.getKey()).isEmpty())
                .map(e -> e.getKey() + " (package " + e.getValue() + ")").toList();
        return absent.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", absent));
    }

    /** For the test JVM: skips the calling test, visibly, unless the namespace and every program are there. */
    public static void assumeAvailable() {
        PrivateNetwork.assumeIsolatedAvailable();
        Optional<String> why = missing();
        why.ifPresent(w -> System.err.println("SKIPPED: not installed: " + w + " (.ci/install-packages installs them)"));
        Assumptions.assumeTrue(why.isEmpty(), () -> "SKIPPED: not installed: " + why.orElse(""));
    }

    /**
     * Inside {@link PrivateNetwork#runIsolated}: starts the private bus and avahi-daemon, and returns once avahi has
     * joined mDNS on {@code lo}. Exits with status 3 outside an isolated namespace.
     */
    public static PeerDaemons start() throws IOException, InterruptedException {
        PrivateNetwork.requireIsolated();
        PeerDaemons d = new PeerDaemons(Files.createTempDirectory("openenpc-peers"));
        try {
            d.startBus();
            d.startAvahi();
            return d;
        } catch (RuntimeException | IOException | InterruptedException e) {
            System.err.println(d.logs());
            d.close();
            throw e;
        }
    }

    /**
     * Starts ippeveprinter named {@code name} on {@code port} (all the namespace's addresses: only lo) and returns
     * once it answers IPP and avahi-browse resolves its {@code _ipp._tcp} service.
     */
    public Printer startPrinter(String name, int port) throws IOException, InterruptedException {
        Path spool = Files.createDirectories(dir.resolve("spool-" + port));
        start("ippeveprinter", "ippeveprinter", "-v", "-p", Integer.toString(port), "-n", "localhost", "-M",
                "Example", "-m", "Model", "-l", "Test Lab", "-d", spool.toString(), name);
        Printer p = new Printer(name, port);
        await("ippeveprinter answering get-printer-attributes on " + p.uri(), () -> p.attributes().out()
                .contains("[PASS]"));
        await("avahi-browse resolving ippeveprinter's _ipp._tcp service", () -> browse("_ipp._tcp").stream()
                .anyMatch(s -> s.name().equals(name) && s.port() == port));
        return p;
    }

    /** {@code avahi-browse -rpt type}: the services resolved (one per interface and protocol). */
    public List<AvahiService> browse(String type) throws IOException, InterruptedException {
        return AvahiService.parse(exec(WAIT, "avahi-browse", "-rpt", type).out());
    }

    /** Runs a client (found on the PATH or in /usr/sbin) with the peers' environment, at most {@code timeout}. */
    public Run exec(Duration timeout, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "exec", ".out");
        Process p = builder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!done) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return new Run(done ? p.exitValue() : -1, done ? text : text + "\n(killed after " + timeout.toSeconds() + " s)");
    }

    /**
     * Advertises a service through avahi-daemon ({@code avahi-publish -s}, kept running until {@link #close}) and
     * returns once avahi has established it (probing done: avahi-publish prints "Established under name").
     */
    public void publish(String name, String type, int port, String... txt) throws IOException {
        List<String> c = new ArrayList<>(List.of("avahi-publish", "-s", name, type, Integer.toString(port)));
        c.addAll(List.of(txt));
        Daemon d = start("avahi-publish", c.toArray(String[]::new));
        await("avahi-publish establishing " + name, () -> Files.readString(d.log(), StandardCharsets.UTF_8)
                .contains("Established under name"));
    }

    /** A process builder for a client with the peers' environment (the bus address), for callers that stream its output. */
    public ProcessBuilder client(String... command) {
        return builder(command);
    }

    /** The lines of {@code run}'s output that start with one of {@code prefixes} (leading blanks ignored), stripped. */
    public List<String> lines(Run run, String... prefixes) {
        return run.out().lines().map(String::strip).filter(l -> Stream.of(prefixes).anyMatch(l::startsWith)).toList();
    }

    /** Every daemon's log so far, headed by its name and state (for a failure message). */
    public String logs() {
        StringBuilder b = new StringBuilder();
        for (Daemon d : daemons) {
            b.append("\n--- ").append(d.name()).append(d.process().isAlive() ? " (running)" : " (exited "
                    + d.process().exitValue() + ")").append('\n');
            try {
                b.append(Files.readString(d.log(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                b.append("(no log: ").append(e.getMessage()).append(')');
            }
        }
        return b.toString();
    }

    /** Stops every daemon, last started first (TERM, then KILL after 5 s), and deletes the temporary directory. */
    @Override
    public void close() {
        for (int i = daemons.size() - 1; i >= 0; i--) {
            Process p = daemons.get(i).process();
            p.destroy();
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startBus() throws IOException, InterruptedException {
        Path socket = dir.resolve("system_bus_socket");
        Path conf = dir.resolve("bus.conf");
        // A permissive policy: the bus is private to this namespace and its only clients are ours, all root. (Debian's
        // avahi-dbus.conf lets root own org.freedesktop.Avahi too, but this needs no system file.)
        Files.writeString(conf, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>system</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow user="*"/>
                    <allow own="*"/>
                    <allow send_destination="*"/>
                    <allow receive_sender="*"/>
                  </policy>
                </busconfig>
                """.formatted(socket));
        env.put("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + socket);
        env.put("HOME", Files.createDirectories(dir.resolve("home")).toString()); // ippeveprinter's ~/.cups
        env.put("TMPDIR", dir.toString());
        start("dbus-daemon", "dbus-daemon", "--config-file=" + conf, "--nofork", "--nopidfile");
        await("the private D-Bus socket " + socket, () -> Files.exists(socket));
    }

    private void startAvahi() throws IOException, InterruptedException {
        Path conf = dir.resolve("avahi-daemon.conf");
        Files.writeString(conf, """
                [server]
                host-name=openenpc-peers
                allow-interfaces=lo
                use-ipv4=yes
                use-ipv6=no
                enable-dbus=yes
                [wide-area]
                enable-wide-area=no
                [publish]
                publish-workstation=no
                publish-hinfo=no
                publish-addresses=yes
                [reflector]
                enable-reflector=no
                """);
        // --no-drop-root and --no-chroot: the chroot and user avahi need /run/avahi-daemon owned by avahi and a
        // populated /etc inside it; neither adds isolation here (the namespaces do that)
        Daemon avahi = start("avahi-daemon", "avahi-daemon", "-f", conf.toString(), "--no-drop-root", "--no-chroot",
                "--no-rlimits", "--no-proc-title");
        await("avahi-daemon joining mDNS on lo", () -> Files.readString(avahi.log(), StandardCharsets.UTF_8)
                .contains("Server startup complete"));
    }

    private Daemon start(String name, String... command) throws IOException {
        Path log = dir.resolve(name + "-" + daemons.size() + ".log");
        Process p = builder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Daemon d = new Daemon(name, p, log);
        daemons.add(d);
        return d;
    }

    private ProcessBuilder builder(String... command) {
        List<String> c = new ArrayList<>(List.of(command));
        c.set(0, find(c.get(0)).map(Path::toString).orElse(c.get(0)));
        ProcessBuilder pb = new ProcessBuilder(c).directory(dir.toFile());
        pb.environment().putAll(env);
        return pb;
    }

    /** Waits at most {@link #WAIT} for {@code ready}; fails at once, with the logs, when a daemon has exited. */
    private void await(String what, Callable<Boolean> ready) {
        try {
            Awaitility.await(what).atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        for (Daemon d : daemons) {
                            if (!d.process().isAlive()) {
                                throw new IllegalStateException(d.name() + " exited while waiting for " + what
                                        + logs());
                            }
                        }
                        return ready.call();
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("gave up after " + WAIT.toSeconds() + " s waiting for " + what + logs(),
                    e);
        }
    }

    private static Optional<Path> find(String program) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin"));
        return dirs.stream().filter(s -> !s.isEmpty()).map(s -> Path.of(s, program)).filter(Files::isExecutable)
                .findFirst();
    }

    private static Map<String, String> programs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dbus-daemon", "dbus-daemon");
        m.put("avahi-daemon", "avahi-daemon");
        m.put("avahi-browse", "avahi-utils");
        m.put("ippeveprinter", "cups-ipp-utils");
        m.put("ippfind", "cups-ipp-utils");
        m.put("ipptool", "cups-ipp-utils");
        return m;
    }
}
