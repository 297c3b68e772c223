package org.openenpc.inventory;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real, throwaway PostgreSQL server for the repository tests: Debian's binaries, a cluster in a temp folder,
 * listening on 127.0.0.1 only on a free port, started once per JVM and removed at exit. initdb refuses to run
 * as root, so as root (here and in CI) the server runs as the {@code postgres} system user. Where it cannot
 * start, tests skip with the reason; under {@code CI=true} they fail instead (CI installs it). Public for the
 * benchmark programs ({@code bench/InventoryBench}).
 */
public final class PostgresServer {

    private static final Object LOCK = new Object();
    private static PostgresServer shared;
    private static String unavailable;

    private final Path dir;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Skips the calling test (fails it in CI) when no server can run here. */
    static PostgresServer requireOrSkip() {
        PostgresServer s = shared();
        if (s == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PostgreSQL is needed in CI: " + unavailable);
            }
            assumeTrue(false, "PostgreSQL tests skipped: " + unavailable);
        }
        return s;
    }

    public static PostgresServer shared() {
        synchronized (LOCK) {
            if (shared == null && unavailable == null) {
                try {
                    shared = start();
                } catch (IOException | InterruptedException | RuntimeException e) {
                    unavailable = e.getMessage();
                }
            }
            return shared;
        }
    }

    /** A new empty database; its JDBC URL (user postgres, trust auth on loopback). */
    public String createDatabase() throws SQLException {
        String name = "t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    /** Removes a database made by {@link #createDatabase} (tests that fill large ones). */
    public void dropDatabase(String url) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        try (Connection c = DriverManager.getConnection(url("postgres"));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    int port() {
        return port;
    }

    /** Stops the server at once (tests of a server going away); {@link #restart} brings it back. */
    void stop() throws IOException, InterruptedException {
        stop("fast"); // disconnects every client; "immediate" would lose commits (synchronous_commit is off)
    }

    private void stop(String mode) throws IOException, InterruptedException {
        run(List.of(bin().resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", mode, "-w",
                "stop"));
    }

    void restart() throws IOException, InterruptedException {
        startServer(dir, port);
    }

    private static PostgresServer start() throws IOException, InterruptedException {
        Path bin = bin();
        Path dir = Files.createTempDirectory("openenpc-pg");
        if (root()) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        List<String> initdb = new ArrayList<>(List.of(bin.resolve("initdb").toString(), "-D",
                dir.resolve("data").toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C"));
        run(initdb);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Files.writeString(dir.resolve("data").resolve("postgresql.auto.conf"), String.join("\n",
                "listen_addresses = '127.0.0.1'", "port = " + port, "unix_socket_directories = '" + dir + "'",
                "fsync = off", "synchronous_commit = off", "full_page_writes = off", "max_connections = 50",
                "logging_collector = off", ""), StandardCharsets.UTF_8);
        startServer(dir, port);
        PostgresServer server = new PostgresServer(dir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop("immediate");
            } catch (IOException | InterruptedException ignored) {
                // the JVM is going: leave what is left to the temp cleaner
            }
            deleteQuietly(dir);
        }, "postgres-test-cleanup"));
        return server;
    }

    private static void startServer(Path dir, int port) throws IOException, InterruptedException {
        run(List.of(bin().resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "start"));
    }

    /** The newest installed PostgreSQL's binaries, or $OPENENPC_PG_BIN. */
    static Path bin() throws IOException {
        String env = System.getenv("OPENENPC_PG_BIN");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            if (!Files.isExecutable(p.resolve("initdb"))) {
                throw new IOException("no initdb in OPENENPC_PG_BIN=" + env);
            }
            return p;
        }
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            throw new IOException("PostgreSQL is not installed (no /usr/lib/postgresql; Debian package postgresql)");
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> number(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IOException("PostgreSQL's initdb is not installed under " + base));
        }
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a command (as postgres when we are root), bounded; its output in the exception when it fails. */
    private static void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (root() && !command.get(0).equals("chown")) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path out = Files.createTempFile("openenpc-pg", ".log");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 90 s");
            }
            if (p.exitValue() != 0) {
                List<String> lines = Files.readAllLines(out);
                throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + p.exitValue() + "): "
                        + String.join(" | ", lines.subList(0, Math.min(5, lines.size()))));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    public static Optional<String> unavailableReason() {
        shared();
        return Optional.ofNullable(unavailable);
    }
}
