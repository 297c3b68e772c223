package org.openenpc.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * Issue 11 §4: a {@code kill -9} at any moment loses at most the scan being written and never damages the file.
 * Kills a process that records 2,000-printer scans back to back (so every kill lands in or between writes) and a
 * real CLI {@code scan} against the simulator, many times at random moments; after each kill the file passes
 * {@code PRAGMA integrity_check}, opens again, and every scan recorded before is still there, unchanged.
 */
class KillNineTest {

    private static final int KILLS = 15;
    private static final int CLI_KILLS = 6;

    @TempDir
    Path dir;

    @Test
    void killingARecordingProcessNeverLosesOrDamagesEarlierScans() throws Exception {
        Path file = dir.resolve("inventory.db");
        Random random = new Random(11);
        Map<Long, String> seen = new LinkedHashMap<>();
        for (int k = 0; k < KILLS; k++) {
            Process child = java(List.of(KillWriter.class.getName(), file.toString(), "2000"));
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine(); // one commit done: the loop is writing
            assertThat(first).as("the writer started").startsWith("recorded");
            Thread.sleep(50 + random.nextInt(600));
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            check(file, seen);
        }
        assertThat(seen.size()).isGreaterThanOrEqualTo(KILLS);
    }

    @Test
    void killingACliScanAtRandomMomentsKeepsTheFileSound() throws Exception {
        Path file = dir.resolve("cli.db");
        Random random = new Random(12);
        Map<Long, String> seen = new LinkedHashMap<>();
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().count(500).base("127.0.60.1").port(0).build())) {
            List<String> scan = List.of("org.openenpc.Main", "scan", "--range", "127.0.60.0/23", "--port",
                    "" + sim.port(), "--timeout", "200", "--retries", "0", "--no-snmp", "--no-progress", "--db",
                    file.toString());
            Process full = java(scan); // one scan that completes, so that there is an earlier scan to keep
            full.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertThat(full.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(full.exitValue()).isZero();
            check(file, seen);
            assertThat(seen).hasSize(1);
            for (int k = 0; k < CLI_KILLS; k++) {
                Process child = java(scan);
                Thread.sleep(800 + random.nextInt(1500)); // start-up, sweep, recording: somewhere in there
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                check(file, seen);
            }
        }
    }

    /** The file is sound, opens as an inventory, and holds every scan seen before, unchanged. */
    private static void check(Path file, Map<Long, String> seen) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("ok");
            }
            Map<Long, String> now = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("SELECT id, started_at, answered, added, gone, moved,"
                    + " (SELECT COUNT(*) FROM supply_level l WHERE l.scan_id = scan.id) FROM scan ORDER BY id")) {
                while (r.next()) {
                    now.put(r.getLong(1), r.getLong(2) + "/" + r.getInt(3) + "/" + r.getInt(4) + "/" + r.getInt(5) + "/"
                            + r.getInt(6) + "/" + r.getLong(7));
                }
            }
            seen.forEach((id, row) -> assertThat(now.get(id)).as("scan " + id + " after a kill").isEqualTo(row));
            seen.putAll(now);
        }
        try (Inventory inv = Inventories.open(file.toString())) {
            assertThat(inv.scans(1)).hasSize(seen.isEmpty() ? 0 : 1);
        }
    }

    private static Process java(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
