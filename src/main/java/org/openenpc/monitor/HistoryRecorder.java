package org.openenpc.monitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;

import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.InventoryException;
import org.openenpc.inventory.ScanInfo;
import org.openenpc.inventory.ScanRecord;

/**
 * Records every round of a {@link PrinterMonitor} into the {@link Inventory}: the one history both fronts
 * keep. A server that went away (or a lock another writer holds) keeps up to {@value #MAX_PENDING} rounds
 * queued and retries them with the next round; any other failure says one sentence and stops recording,
 * while scanning goes on. Register with {@link PrinterMonitor#onRound}; called on the engine's thread.
 */
public final class HistoryRecorder implements Consumer<MonitorRound> {

    /** Rounds kept while the database cannot be reached; older ones are dropped (and said so once). */
    public static final int MAX_PENDING = 64;

    private final Inventory inventory;
    private final Consumer<String> problems;
    private final Consumer<ScanInfo> recorded;
    private final Deque<ScanRecord> pending = new ArrayDeque<>();
    private boolean stopped;
    private boolean failing;
    private boolean dropped;

    /**
     * @param problems told one sentence when recording fails, and one when it works again
     * @param recorded told each scan recorded
     */
    public HistoryRecorder(Inventory inventory, Consumer<String> problems, Consumer<ScanInfo> recorded) {
        this.inventory = Objects.requireNonNull(inventory);
        this.problems = Objects.requireNonNull(problems);
        this.recorded = Objects.requireNonNull(recorded);
    }

    /** The record of one round. */
    public static ScanRecord record(MonitorRound round) {
        return new ScanRecord(round.startedAt(), round.endedAt(), round.scope().describe(), round.purpose().name(),
                round.complete() && round.purpose() != MonitorRound.Purpose.QUERY, round::covers, round.answered());
    }

    @Override
    public synchronized void accept(MonitorRound round) {
        if (stopped) {
            return;
        }
        if (pending.size() == MAX_PENDING) {
            pending.removeFirst();
            if (!dropped) {
                dropped = true;
                problems.accept("The inventory has been unavailable for " + MAX_PENDING + " rounds: the oldest"
                        + " waiting rounds are no longer kept.");
            }
        }
        pending.addLast(record(round));
        flush();
    }

    /** True once a failure that retrying cannot mend stopped the recording. */
    public synchronized boolean stopped() {
        return stopped;
    }

    /** How many rounds wait for the database. */
    public synchronized int pending() {
        return pending.size();
    }

    private void flush() {
        while (!pending.isEmpty()) {
            try {
                recorded.accept(inventory.recordScan(pending.peekFirst()));
                pending.removeFirst();
            } catch (InventoryException e) {
                if (e.retryable()) {
                    if (!failing) {
                        failing = true;
                        problems.accept(e.getMessage() + " History waits and is retried with the next round.");
                    }
                } else {
                    stopped = true;
                    pending.clear();
                    problems.accept(e.getMessage() + " Scanning goes on without history.");
                }
                return;
            }
        }
        if (failing) {
            failing = false;
            dropped = false;
            problems.accept("The inventory " + inventory.location() + " is recording again.");
        }
    }
}
