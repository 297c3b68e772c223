package org.openenpc.ui.inventory;

import org.openenpc.inventory.KnownDevices;
import javafx.beans.property.IntegerProperty;

import org.openenpc.ui.main.PrinterTableModel;

/**
 * Shows the inventory on the printer table: at start a greyed "not seen since" row for every printer it
 * remembers, the user's fields in their columns (also as they are typed), and after each scan what
 * changed since the previous one. FX thread only.
 */
public final class TableInventory {

    private TableInventory() {
    }

    /** @param changes receives how many rows show a change after each scan */
    public static void bind(InventoryService service, PrinterTableModel table, IntegerProperty changes) {
        boolean[] first = {true};
        service.devicesProperty().addListener((o, was, now) -> {
            if (first[0]) {
                // The first read of the inventory (edits need a device, so none comes before it).
                first[0] = false;
                table.remember(now.all().stream().map(KnownDevices::asPrinter).toList());
            }
            table.showUserFields(now::userFields);
        });
        service.changesProperty().addListener((o, was, now) -> {
            if (now != null) {
                changes.set(ChangesOnTable.show(table, now));
            }
        });
    }
}
