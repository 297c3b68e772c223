package org.openenpc.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.inventory.Inventories;
import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.ScanRecord;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.UserFields;

/** The user's names on the info series: from the inventory, by the printer's strongest identity, re-read after a round. */
class InventoryUserFieldsTest {

    @TempDir
    Path tmp;

    @Test
    void theUsersFieldsAreMatchedByMacAndReReadAfterARoundOnceTheyAreOldEnough() {
        Printer p = FleetCollectorTest.printer("127.0.0.5", FleetCollectorTest.MAC, "ET-2850", PrinterStatus.UNKNOWN);
        try (Inventory inv = Inventories.open(tmp.resolve("inventory.db").toString())) {
            inv.recordScan(new ScanRecord(FleetCollectorTest.AT, FleetCollectorTest.AT.plusSeconds(1), "127.0.0.0/24",
                    "SCAN", true, ip -> true, List.of(p)));
            long id = inv.find(FleetCollectorTest.MAC).orElseThrow().id();
            inv.updateUserFields(id, new UserFields("Reception", "Lobby", "", "", ""));
            AtomicLong now = new AtomicLong();
            InventoryUserFields fields = new InventoryUserFields(inv, now::get);
            assertThat(fields.of(p).name()).isEqualTo("Reception");

            inv.updateUserFields(id, new UserFields("Front desk", "Lobby", "", "", ""));
            now.addAndGet(InventoryUserFields.MAX_AGE.toNanos());
            assertThat(fields.of(p).name()).as("no round since the read").isEqualTo("Reception");
            fields.accept(null);
            now.addAndGet(-1);
            assertThat(fields.of(p).name()).as("a round, but the read is not old enough").isEqualTo("Reception");
            now.addAndGet(1);
            assertThat(fields.of(p).name()).isEqualTo("Front desk");

            Printer other = FleetCollectorTest.printer("127.0.0.5", "64:eb:8c:00:00:99", "ET-2850", PrinterStatus.UNKNOWN);
            assertThat(fields.of(other)).as("another MAC at the address borrows nothing").isEqualTo(UserFields.NONE);
        }
    }
}
