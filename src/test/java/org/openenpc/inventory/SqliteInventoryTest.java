package org.openenpc.inventory;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The inventory contract on a real SQLite file. */
class SqliteInventoryTest extends InventoryContract {

    @TempDir
    Path dir;

    @Override
    Inventory create() {
        return Inventories.open(dir.resolve("inventory.db").toString());
    }

    @Override
    Inventory reopen() {
        return create();
    }
}
