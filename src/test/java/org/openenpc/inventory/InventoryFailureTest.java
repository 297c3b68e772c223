package org.openenpc.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.openenpc.inventory.TestPrinters.T0;
import static org.openenpc.inventory.TestPrinters.printer;
import static org.openenpc.inventory.TestPrinters.scan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.inventory.InventoryException.Kind;

/**
 * A database the inventory must not use gives one sentence and is left exactly as it was: never overwritten.
 */
class InventoryFailureTest {

    @TempDir
    Path dir;

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aFileThatIsNotADatabaseIsLeftUntouched() throws Exception {
        Path file = dir.resolve("inventory.db");
        byte[] text = "my shopping list\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        assertThatThrownBy(() -> Inventories.open(file.toString())).isInstanceOfSatisfying(InventoryException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CORRUPT);
                    assertThat(e.getMessage()).contains(file.toString()).contains("left untouched").doesNotContain("\n");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(text);
        assertThat(dir.resolve("inventory.db-wal")).doesNotExist();
    }

    @Test
    void aDamagedDatabaseSaysSoAndIsNotOverwritten() throws Exception {
        Path file = dir.resolve("inventory.db");
        try (Inventory inv = Inventories.open(file.toString())) {
            inv.recordScan(scan(T0, true, printer("127.0.0.2", "00:26:ab:00:00:01", "A", T0)));
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5; // keep the header, wreck every page
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> {
            try (Inventory inv = Inventories.open(file.toString())) {
                inv.devices();
            }
        }).isInstanceOfSatisfying(InventoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CORRUPT));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aReadOnlyFileIsRefusedWithASentence() throws Exception {
        assumeFalse(root(), "root writes read-only files: run as a user to see this case");
        Path file = dir.resolve("inventory.db");
        Inventories.open(file.toString()).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> Inventories.open(file.toString())).isInstanceOfSatisfying(InventoryException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.READ_ONLY));
    }

    @Test
    void anImmutableFileIsRefusedEvenForRoot() throws Exception {
        Path file = dir.resolve("inventory.db");
        Inventories.open(file.toString()).close();
        Files.deleteIfExists(dir.resolve("inventory.db-wal"));
        Files.deleteIfExists(dir.resolve("inventory.db-shm"));
        Process chattr = new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start();
        boolean immutable = chattr.waitFor() == 0;
        assumeFalse(!immutable, "chattr +i is not available on this file system");
        try {
            byte[] before = Files.readAllBytes(file);
            assertThatThrownBy(() -> {
                try (Inventory inv = Inventories.open(file.toString())) {
                    inv.recordScan(scan(T0, true, printer("127.0.0.2", "00:26:ab:00:00:01", "A", T0)));
                }
            }).isInstanceOfSatisfying(InventoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.READ_ONLY));
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
        }
    }

    @Test
    void aNewerSchemaIsLeftAlone() throws Exception {
        Path file = dir.resolve("inventory.db");
        Inventories.open(file.toString()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) VALUES (99, '" + (Migrations.LATEST + 1)
                    + "', 'from the future', 'SQL', 'V3__future.sql', 0, 'x', '2030-01-01', 1, 1)");
            s.execute("CREATE TABLE future_table (x INTEGER)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Inventories.open(file.toString())).isInstanceOfSatisfying(InventoryException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NEWER_SCHEMA);
                    assertThat(e.getMessage()).contains("newer OpenENPC").contains("left untouched");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aLockHeldByAnotherWriterIsReportedAsLockedAndCanBeRetried() throws Exception {
        Path file = dir.resolve("inventory.db");
        try (Inventory inv = Inventories.open(file.toString());
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> inv.recordScan(scan(T0, true, printer("127.0.0.2", "00:26:ab:00:00:01", "A", T0))))
                    .isInstanceOfSatisfying(InventoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.LOCKED);
                        assertThat(e.retryable()).isTrue();
                    });
            s.execute("ROLLBACK");
            assertThat(inv.recordScan(scan(T0, true, printer("127.0.0.2", "00:26:ab:00:00:01", "A", T0))).added())
                    .isEqualTo(1);
        }
    }

    @Test
    void aPasswordInThePostgresUrlIsRefused() {
        assertThatThrownBy(() -> Inventories.open("jdbc:postgresql://127.0.0.1:1/x?user=a&password=secret", Map.of()))
                .isInstanceOfSatisfying(InventoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.BAD_LOCATION);
                    assertThat(e.getMessage()).doesNotContain("secret").contains("OPENENPC_DB_PASSWORD");
                });
    }

    @Test
    void anUnknownDatabaseKindIsRefused() {
        assertThatThrownBy(() -> Inventories.open("jdbc:mysql://127.0.0.1/x", Map.of()))
                .isInstanceOfSatisfying(InventoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_LOCATION));
    }

    @Test
    void anUnreachableServerIsRetryable() {
        assertThatThrownBy(() -> Inventories.open("jdbc:postgresql://127.0.0.1:1/x?user=a", Map.of()))
                .isInstanceOfSatisfying(InventoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("The inventory server jdbc:postgresql://127.0.0.1:1/x");
                });
    }

    @Test
    void theDataFolderFollowsEachPlatformsRule() {
        Path home = Path.of("/home/u");
        assertThat(DataFolder.of(null, "Linux", Map.of(), home)).isEqualTo(Path.of("/home/u/.local/share/openenpc"));
        assertThat(DataFolder.of(null, "Linux", Map.of("XDG_DATA_HOME", "/data"), home)).isEqualTo(Path.of("/data/openenpc"));
        assertThat(DataFolder.of(null, "Linux", Map.of("XDG_DATA_HOME", "rel"), home))
                .isEqualTo(Path.of("/home/u/.local/share/openenpc"));
        assertThat(DataFolder.of(null, "Windows 11", Map.of("LOCALAPPDATA", "C:\\L"), home).toString()).contains("OpenENPC");
        assertThat(DataFolder.of(null, "Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/u/Library/Application Support/OpenENPC"));
        assertThat(DataFolder.of("/p", "Linux", Map.of(DataFolder.VARIABLE, "/e"), home)).isEqualTo(Path.of("/p"));
        assertThat(DataFolder.of(null, "Linux", Map.of(DataFolder.VARIABLE, "/e"), home)).isEqualTo(Path.of("/e"));
    }
}
