package org.openenpc.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.inventory.Inventories;
import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.KnownDevice;
import org.openenpc.inventory.ScanRecord;
import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;
import org.openenpc.model.UserFields;

/**
 * The app's inventory thread against a real SQLite file: the io and FX executors are queues the test
 * drains, so the order of database calls and answers is seen exactly.
 */
class InventoryServiceTest {

    @TempDir
    Path dir;
    private final Queue<Runnable> io = new ArrayDeque<>();
    private final Executor fx = Runnable::run;

    private void drain() {
        while (!io.isEmpty()) {
            io.poll().run();
        }
    }

    private Path recorded() {
        Path db = dir.resolve("inventory.db");
        Instant at = Instant.parse("2026-11-30T08:00:00Z");
        Printer p = new Printer("127.0.0.5", MacAddress.parse("64:eb:8c:00:00:05"), "TM-T88V", "", "",
                Printer.IpSettings.NONE, org.openenpc.model.PrinterStatus.UNKNOWN, "", new java.util.TreeSet<>(),
                new java.util.TreeSet<>(), new java.util.TreeMap<>(), at, at, null);
        try (Inventory inv = Inventories.open(db.toString())) {
            inv.recordScan(new ScanRecord(at, at.plusSeconds(1), "test", "SCAN", true, ip -> true, List.of(p)));
        }
        return db;
    }

    private InventoryService open(Path db) {
        InventoryService s = new InventoryService(io::add, fx, Clock.systemUTC());
        s.open(() -> Inventories.open(db.toString()), Duration.ofDays(400));
        drain();
        return s;
    }

    @Test
    void typingFastWritesOnlyTheLatestTextAndAReloadReadBeforeTheWriteStillShowsIt() {
        Path db = recorded();
        InventoryService s = open(db);
        KnownDevice d = s.devicesProperty().get().all().get(0);
        assertThat(s.reloadsProperty().get()).isEqualTo(1);
        s.saveUserFields(d.id(), UserFields.NONE.withNotes("T"));
        s.saveUserFields(d.id(), UserFields.NONE.withNotes("To"));
        s.saveUserFields(d.id(), UserFields.NONE.withNotes("Toner"));
        assertThat(io).as("one write queued for three keystrokes").hasSize(1);
        assertThat(s.devicesProperty().get().byId(d.id()).orElseThrow().user().notes()).isEqualTo("Toner");
        drain();
        s.close();
        drain();
        try (Inventory inv = Inventories.open(db.toString())) {
            assertThat(inv.devices().get(0).user().notes()).isEqualTo("Toner");
        }
    }

    @Test
    void forgetRemovesTheDeviceAndTellsTheCaller() {
        InventoryService s = open(recorded());
        long id = s.devicesProperty().get().all().get(0).id();
        boolean[] told = {false};
        s.forget(id, () -> told[0] = true);
        drain();
        assertThat(told[0]).isTrue();
        assertThat(s.devicesProperty().get().all()).isEmpty();
    }

    @Test
    void aCorruptFileIsOneSentenceNothingElseAndTheFileIsLeftAlone() throws Exception {
        Path db = dir.resolve("inventory.db");
        byte[] junk = "this is not a database, but someone's file".repeat(200).getBytes();
        Files.write(db, junk);
        InventoryService s = open(db);
        assertThat(s.problemProperty().get()).contains("inventory.db").endsWith("Scanning goes on without history.")
                .doesNotContain("Exception");
        assertThat(s.isOpen()).isFalse();
        assertThat(s.devicesProperty().get().all()).isEmpty();
        String[] failed = {null};
        s.call(Inventory::devices, r -> { }, why -> failed[0] = why);
        drain();
        assertThat(failed[0]).isEqualTo(s.problemProperty().get());
        assertThat(Files.readAllBytes(db)).isEqualTo(junk);
    }

    @Test
    void aSlowDatabaseDoesNotPileUpRounds() {
        InventoryService s = open(recorded());
        org.openenpc.monitor.MonitorRound round = null; // never taken: the io queue is not drained
        for (int i = 0; i < InventoryService.MAX_QUEUED_ROUNDS + 3; i++) {
            s.record(round);
        }
        assertThat(io).hasSize(InventoryService.MAX_QUEUED_ROUNDS);
        assertThat(s.problemProperty().get()).contains("too slow").contains("inventory.db");
    }
}
