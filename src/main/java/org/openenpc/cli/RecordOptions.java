package org.openenpc.cli;

import java.io.PrintWriter;

import org.openenpc.inventory.Inventory;
import org.openenpc.monitor.HistoryRecorder;

import picocli.CommandLine.Option;

/** {@code --db} and {@code --no-record}: where scan and watch record what they find. */
final class RecordOptions {

    @Option(names = "--db", paramLabel = "FILE|URL", description = InventoryOption.DESCRIPTION)
    String db;

    @Option(names = "--no-record", description = "Do not record this run in the inventory.")
    boolean noRecord;

    /** The open inventory and its recorder; both null with --no-record or when it cannot be used. */
    record Recording(Inventory inventory, HistoryRecorder recorder) implements AutoCloseable {
        @Override
        public void close() {
            if (inventory != null) {
                inventory.close();
            }
        }
    }

    Recording open(PrintWriter err) {
        if (noRecord) {
            return new Recording(null, null);
        }
        Inventory inventory = InventoryOption.forRecording(db, err);
        if (inventory == null) {
            return new Recording(null, null);
        }
        HistoryRecorder recorder = new HistoryRecorder(inventory, problem -> {
            err.println("openenpc: warning: " + problem);
            err.flush();
        }, scan -> { });
        return new Recording(inventory, recorder);
    }
}
