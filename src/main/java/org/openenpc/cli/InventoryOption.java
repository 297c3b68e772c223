package org.openenpc.cli;

import java.io.PrintWriter;

import org.openenpc.inventory.Inventories;
import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.InventoryException;

import picocli.CommandLine.Option;

/** {@code --db}: which inventory a command reads (inventory, history, diff). */
final class InventoryOption {

    static final String DESCRIPTION = "The inventory: a SQLite file, jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=U"
            + " (password from OPENENPC_DB_PASSWORD, a file named by OPENENPC_DB_PASSWORD_FILE, or ~/.pgpass)."
            + " Default: inventory.db in the per-user data folder.";

    @Option(names = "--db", paramLabel = "FILE|URL", description = DESCRIPTION)
    String db;

    /** The inventory to read; a failure is the command's one sentence. */
    Inventory open() {
        return openOrExplain(db);
    }

    static Inventory openOrExplain(String db) {
        try {
            return Inventories.open(db);
        } catch (InventoryException e) {
            throw new UserFacingException(e.getMessage());
        }
    }

    /** For scan and watch: the inventory to record into, or null (said once on stderr) when it cannot be used. */
    static Inventory forRecording(String db, PrintWriter err) {
        try {
            return Inventories.open(db);
        } catch (InventoryException e) {
            err.println("openenpc: warning: " + e.getMessage() + " Scanning without history (--no-record hides this).");
            err.flush();
            return null;
        }
    }
}
