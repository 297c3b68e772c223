package org.openenpc.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Every schema version migrates to the latest with its data kept: from an empty file, and from each earlier
 * version filled with what that version could hold. Add a case here with every new V file.
 */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileMigratesToTheLatestVersion() throws Exception {
        Path file = dir.resolve("new.db");
        Inventories.open(file.toString()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(Migrations.installedVersion(c)).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void versionOneWithDevicesAndScansMigratesKeepingThem() throws Exception {
        Path file = dir.resolve("v1.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Migrations.migrate(source, Database.Dialect.SQLITE, file.toString(), 1);
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            assertThat(Migrations.installedVersion(c)).isEqualTo(1);
            s.execute("INSERT INTO scan (id, started_at, ended_at, scope, purpose, complete, answered, added, gone, moved)"
                    + " VALUES (1, 1000, 2000, 'broadcast 127.255.255.255, port 3289', 'SCAN', 1, 1, 1, 0, 0)");
            s.execute("INSERT INTO device (id, mac, address, model, first_seen, last_seen, first_scan, last_scan, present,"
                    + " name, notes) VALUES (7, '00:26:ab:00:00:07', '127.0.0.7', 'TM-T88V', 1000, 2000, 1, 1, 1,"
                    + " 'Till 1', 'by the door')");
            s.execute("INSERT INTO device_address VALUES (7, '127.0.0.7', 1, 1000, 2000)");
            s.execute("INSERT INTO presence VALUES (7, 1, NULL)");
        }
        try (Inventory inv = Inventories.open(file.toString())) {
            KnownDevice d = inv.find("00:26:AB:00:00:07").orElseThrow();
            assertThat(d.model()).isEqualTo("TM-T88V");
            assertThat(d.user().name()).isEqualTo("Till 1");
            assertThat(d.user().notes()).isEqualTo("by the door");
            assertThat(d.serial()).isEmpty();
            assertThat(d.pages()).isNull();
            assertThat(inv.scans(5)).singleElement().satisfies(s -> assertThat(s.answered()).isEqualTo(1));
            assertThat(inv.diff(0, 1).added()).extracting(KnownDevice::id).containsExactly(7L);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("ok");
            assertThat(Migrations.installedVersion(c)).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void versionTwoWithObservationsMigratesKeepingThem() throws Exception {
        observationsSurviveMigrationFrom(2);
    }

    @Test
    void versionThreeWithObservationsMigratesKeepingThem() throws Exception {
        observationsSurviveMigrationFrom(3);
    }

    @Test
    void versionFourWithObservationsMigratesKeepingThem() throws Exception {
        observationsSurviveMigrationFrom(4);
    }

    private void observationsSurviveMigrationFrom(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Migrations.migrate(source, Database.Dialect.SQLITE, file.toString(), version);
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            assertThat(Migrations.installedVersion(c)).isEqualTo(version);
            fillVersionTwo(s);
        }
        assertVersionTwoRowsKept(file.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(Migrations.installedVersion(c)).isEqualTo(Migrations.LATEST);
        }
    }

    /**
     * Rows a version-2 schema holds (V3 and V4 add no table or column), written by SQL as that version's recorder
     * wrote them: one device with a scan, its address and presence run, a status, a supply level and a page count.
     */
    static void fillVersionTwo(Statement s) throws java.sql.SQLException {
        s.execute("INSERT INTO scan (id, started_at, ended_at, scope, purpose, complete, answered, added, gone, moved)"
                + " VALUES (1, 1000, 2000, 'broadcast 127.255.255.255, port 3289', 'SCAN', 1, 1, 1, 0, 0)");
        s.execute("INSERT INTO device (id, mac, address, model, first_seen, last_seen, first_scan, last_scan, present,"
                + " notes, serial, status_level, status_text, supplies, pages, pages_at) VALUES (7, '00:26:ab:00:00:07',"
                + " '127.0.0.7', 'ET-2850', 1000, 2000, 1, 1, 1, 'by the door', 'X8RV0001', 'OK', 'idle',"
                + " 'Black Ink\u001fblack\u001fCOLORANT\u001f42\u001e', 1200, 2000)");
        s.execute("INSERT INTO device_address VALUES (7, '127.0.0.7', 1, 1000, 2000)");
        s.execute("INSERT INTO presence VALUES (7, 1, NULL)");
        s.execute("INSERT INTO status_change VALUES (7, 1, 2000, 'OK', 'idle')");
        s.execute("INSERT INTO supply_level VALUES (7, 1, 2000, 'Black Ink', 'black', 'COLORANT', 42, 0)");
        s.execute("INSERT INTO page_count VALUES (7, 1, 2000, 1200)");
    }

    /** What {@link #fillVersionTwo} wrote, read through the latest inventory, and a scan recorded over it. */
    static void assertVersionTwoRowsKept(String location) {
        try (Inventory inv = Inventories.open(location)) {
            KnownDevice d = inv.find("00:26:ab:00:00:07").orElseThrow();
            assertThat(d.user().notes()).isEqualTo("by the door");
            assertThat(d.pages()).isEqualTo(1200L);
            assertThat(d.serial()).isEqualTo("X8RV0001");
            assertThat(d.uuid()).isEmpty();
            assertThat(inv.supplyHistory(d.id(), null)).singleElement()
                    .satisfies(x -> assertThat(x.points()).extracting(org.openenpc.model.LevelPoint::percent)
                            .containsExactly(42));
            java.time.Instant t = java.time.Instant.ofEpochMilli(4_000_000); // over an hour after the page count
            inv.recordScan(TestPrinters.scan(t, true, TestPrinters.withSnmp(TestPrinters.printer("127.0.0.7",
                    "00:26:ab:00:00:07", "ET-2850", t), 41, 1300, "")));
            assertThat(inv.devices()).singleElement().satisfies(k -> assertThat(k.id()).isEqualTo(7L));
            assertThat(inv.history(7, null).pages()).hasSize(2);
        }
    }

    @Test
    void theLatestVersionIsTheHighestMigrationFile() throws Exception {
        for (String vendor : new String[] {"sqlite", "postgresql"}) {
            java.util.List<Integer> versions = new java.util.ArrayList<>();
            for (String folderName : new String[] {"common", vendor}) {
                Path folder = Path.of(getClass().getResource("/db/migration/" + folderName).toURI());
                try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
                    files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                            .forEach(n -> versions.add(Integer.parseInt(n.substring(1, n.indexOf("__")))));
                }
            }
            // Every version once, from 1 to the latest, for each database.
            assertThat(versions).as(vendor).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, Migrations.LATEST).boxed().toList());
        }
    }
}
