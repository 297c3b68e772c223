package org.openenpc.ui.inventory;

import org.openenpc.inventory.KnownDevices;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.openenpc.inventory.InventoryDiff;
import org.openenpc.inventory.KnownDevice;
import org.openenpc.ui.Messages;
import org.openenpc.ui.main.PrinterRow;
import org.openenpc.ui.main.PrinterTableModel;

/**
 * Puts what changed since the previous scan onto the table's rows: "New", "Gone", "Moved from …",
 * "Status: …", "Replaced: …" (several joined by "; "). A gone device no row shows gets a remembered row,
 * so the Changes filter lists it too. FX thread only.
 */
public final class ChangesOnTable {

    private ChangesOnTable() {
    }

    /** Shows {@code diff} on {@code table}; returns how many rows show a change. */
    public static int show(PrinterTableModel table, InventoryDiff diff) {
        List<org.openenpc.model.Printer> missing = new ArrayList<>();
        for (KnownDevice d : diff.gone()) {
            if (table.row(d.mac(), d.address()) == null) {
                missing.add(KnownDevices.asPrinter(d));
            }
        }
        table.remember(missing);
        Map<PrinterRow, List<String>> texts = new IdentityHashMap<>();
        diff.added().forEach(d -> add(table, texts, d, Messages.get("main.change.new")));
        diff.gone().forEach(d -> add(table, texts, d, Messages.get("main.change.gone")));
        diff.moved().forEach(m -> add(table, texts, m.device(), Messages.format("main.change.moved", m.from())));
        for (InventoryDiff.Change c : diff.changed()) {
            String key = c.what() == InventoryDiff.What.STATUS ? "main.change.status" : "main.change.replaced";
            add(table, texts, c.device(), Messages.format(key, c.text()));
        }
        Map<PrinterRow, String> joined = new IdentityHashMap<>();
        texts.forEach((row, list) -> joined.put(row, String.join("; ", list)));
        table.showChanges(joined);
        return joined.size();
    }

    private static void add(PrinterTableModel table, Map<PrinterRow, List<String>> texts, KnownDevice d, String text) {
        PrinterRow row = table.row(d.mac(), d.address());
        if (row != null) {
            texts.computeIfAbsent(row, r -> new ArrayList<>()).add(text);
        }
    }
}
