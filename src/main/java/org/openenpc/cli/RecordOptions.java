package org.openenpc.cli;

import java.io.PrintWriter;

import org.openenpc.inventory.Inventory;
import org.openenpc.monitor.HistoryRecorder;

import picocli.CommandLine.Option;

/**
 * {@code --db}, {@code --no-record} and {@code --keep-days}: where scan and watch record what they find,
 * and how long the inventory keeps it.
 */
final class RecordOptions {

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE|URL", description = InventoryOption.DESCRIPTION)
    String db;

    @Option(names = "--no-record", description = "Do not record this run in the inventory.")
    boolean noRecord;

    /** The default retention: a year and a month, so last year's same month can be compared. */
    static final int DEFAULT_KEEP_DAYS = 400;

    @Option(names = "--keep-days", paramLabel = "N", defaultValue = "" + DEFAULT_KEEP_DAYS,
            description = "Delete recorded scans and observations older than N days (1-36500; default: ${DEFAULT-VALUE}).")
    int keepDays;

    /** The open inventory and its recorder; both null with --no-record or when it cannot be used. */
    record Recording(Inventory inventory, HistoryRecorder recorder) implements AutoCloseable {
        @Override
        public void close() {
            if (inventory != null) {
                inventory.close();
            }
        }
    }

    /** Refuses a bad --keep-days before anything is sent (exit code 2). */
    void check() {
        if (keepDays < 1 || keepDays > 36_500) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--keep-days must lie between 1 and 36500 days, not " + keepDays + ".");
        }
    }

    Recording open(PrintWriter err) {
        check();
        if (noRecord) {
            return new Recording(null, null);
        }
        Inventory inventory = InventoryOption.forRecording(db, err);
        if (inventory == null) {
            return new Recording(null, null);
        }
        try {
            inventory.prune(java.time.Instant.now().minus(java.time.Duration.ofDays(keepDays)));
        } catch (org.openenpc.inventory.InventoryException e) {
            err.println("openenpc: warning: " + e.getMessage() + " Old history was not pruned.");
        }
        HistoryRecorder recorder = new HistoryRecorder(inventory, problem -> {
            err.println("openenpc: warning: " + problem);
            err.flush();
        }, scan -> { });
        return new Recording(inventory, recorder);
    }
}
