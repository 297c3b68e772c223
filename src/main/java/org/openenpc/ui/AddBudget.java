package org.openenpc.ui;

/**
 * How many new devices the next {@link FxBatcher} batch may carry, from how long the FX thread took to apply the
 * previous batches: about {@link #TARGET_NANOS} of work per batch, between {@link #MIN} and the batcher's
 * maximum, growing at most twofold per batch. A count alone did not bound the work: in a fresh JVM (the table's
 * code still interpreted) or beside a busy core, 222 rows took 180 ms where 1,000 rows take 10 ms once compiled.
 * No clock of its own: the batcher reports each batch's time. Not thread-safe (the batcher's lock guards it).
 */
final class AddBudget {

    /** The FX thread's time per batch aimed at: well inside a 50 ms pulse gap, with the pulse's own layout. */
    static final long TARGET_NANOS = 8_000_000L;
    /** New devices per batch at least, so a slow phase still lists about 300 a second. */
    static final int MIN = 50;
    /** Where a batcher starts: the first batch of a scan meets the coldest code. */
    static final int START = 100;
    private final int max;
    private int cap;

    AddBudget(int max) {
        this.max = max;
        this.cap = Math.min(START, max);
    }

    /** New devices the next batch may carry. */
    int cap() {
        return cap;
    }

    /** A batch of {@code items} devices (new and updated) took {@code nanos} on the FX thread. */
    void applied(int items, long nanos) {
        if (items <= 0) {
            return;
        }
        double perItem = Math.max(1, nanos) / (double) items;
        long fits = (long) (TARGET_NANOS / perItem);
        cap = (int) Math.max(MIN, Math.min(Math.min(max, 2L * cap), fits));
    }
}
