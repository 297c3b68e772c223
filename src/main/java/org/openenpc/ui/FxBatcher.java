package org.openenpc.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanProgress;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.ipp.IppReadResult;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;

/**
 * Carries scan events to the FX thread in batches: the scan thread only records the latest state
 * of each device (coalesced by IP), and a timer posts everything pending in ONE
 * {@code Executor.execute} (production: {@code Platform::runLater}) per period, never one per
 * packet. The model is Cryptomator's FileSystemEventAggregator. The scan thread calls the
 * listener methods; the timer thread posts; the sink runs on the FX executor.
 */
public final class FxBatcher implements ScanListener, AutoCloseable {

    /**
     * Everything that happened since the previous batch.
     *
     * @param untrusted per address, the SHA-256 fingerprint of an ipps certificate that was refused (not trusted, not
     *                  accepted), for the detail pane to offer accepting it
     */
    public record Batch(List<Printer> upserts, List<Printer> removed, ScanProgress progress, ScanSummary finished,
                        Map<String, String> untrusted) {
        public Batch {
            untrusted = Map.copyOf(untrusted);
        }

        public Batch(List<Printer> upserts, List<Printer> removed, ScanProgress progress, ScanSummary finished) {
            this(upserts, removed, progress, finished, Map.of());
        }

        public boolean isEmpty() {
            return upserts.isEmpty() && removed.isEmpty() && progress == null && finished == null && untrusted.isEmpty();
        }
    }

    public static final Duration DEFAULT_PERIOD = Duration.ofMillis(150);
    /**
     * New devices per batch at most. Inserting k rows into the table's SortedList costs about
     * k·log n comparisons through the column comparators (~1.5 µs each): 6,800 new rows in one
     * batch stalled the FX thread for 185 ms. Capped, 10,000 printers take ten batches (1.5 s) to
     * list and no batch costs more than a few tens of milliseconds.
     */
    public static final int MAX_ADDS_PER_BATCH = 1000;
    private final Executor fx;
    private final Consumer<Batch> sink;
    private final ScheduledExecutorService timer;
    private final Object lock = new Object();
    private Map<String, Printer> adds = new LinkedHashMap<>();
    private Map<String, Printer> upserts = new LinkedHashMap<>();
    private List<Printer> removed = new ArrayList<>();
    private Map<String, String> untrusted = new LinkedHashMap<>();
    private ScanProgress progress;
    private ScanSummary finished;
    private long batches;
    /** Timer-driven batchers only: the time-bounded size of the next batch, and whether one is still queued. */
    private final AddBudget budget;
    private boolean inFlight;

    /** A batcher without a timer: call {@link #flush()} to deliver (tests). */
    public FxBatcher(Executor fx, Consumer<Batch> sink) {
        this(fx, sink, null);
    }

    private FxBatcher(Executor fx, Consumer<Batch> sink, ScheduledExecutorService timer) {
        this.fx = fx;
        this.sink = sink;
        this.timer = timer;
        this.budget = timer == null ? null : new AddBudget(MAX_ADDS_PER_BATCH);
    }

    /** A batcher that flushes every {@code period} on its own daemon timer thread. */
    public static FxBatcher start(Executor fx, Consumer<Batch> sink, Duration period) {
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "fx-batcher");
            th.setDaemon(true);
            return th;
        });
        FxBatcher b = new FxBatcher(fx, sink, t);
        t.scheduleAtFixedRate(b::flush, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return b;
    }

    @Override
    public void deviceAdded(Printer printer) {
        synchronized (lock) {
            adds.put(printer.ip(), printer);
        }
    }

    @Override
    public void deviceChanged(Printer printer, Set<PrinterField> changed) {
        synchronized (lock) {
            if (adds.containsKey(printer.ip())) {
                adds.put(printer.ip(), printer); // still waiting to be added: add the newer snapshot
            } else {
                upserts.put(printer.ip(), printer);
            }
        }
    }

    @Override
    public void deviceRemoved(Printer printer) {
        synchronized (lock) {
            Printer pending = adds.get(printer.ip());
            if (pending != null && pending.mac() == null) {
                adds.remove(printer.ip()); // never shown: nothing to remove from the table
            } else {
                removed.add(printer);
            }
        }
    }

    @Override
    public void ippRead(String ip, Printer printer, IppReadResult result) {
        if (result instanceof IppReadResult.Untrusted u) {
            synchronized (lock) {
                untrusted.put(ip, u.sha256());
            }
        }
    }

    @Override
    public void progress(ScanProgress p) {
        synchronized (lock) {
            progress = p;
        }
    }

    @Override
    public void finished(ScanSummary summary) {
        synchronized (lock) {
            finished = summary;
        }
        // The end of a scan should not wait for the next tick; without a timer, drain at once.
        while (flush() && timer == null) {
            // each pass posts one batch of at most MAX_ADDS_PER_BATCH new devices
        }
    }

    /**
     * Posts what is pending as one batch (at most {@link #MAX_ADDS_PER_BATCH} new devices; the
     * rest waits for the next batch). The scan's summary goes out only with the last new device.
     * A timer-driven batcher bounds each batch by the FX thread's time rather than by count ({@link AddBudget}:
     * new devices for about 8 ms of work, judged from the batches before), and posts nothing while its
     * previous batch still waits for the FX thread: what arrives meanwhile is coalesced into the next batch,
     * so a busy FX thread never meets several batches back to back with no pulse between them (seen in a
     * fresh JVM: seven batches in one 1.1 s gap).
     *
     * @return true when more is pending
     */
    public boolean flush() {
        Batch b;
        boolean more;
        boolean last;
        synchronized (lock) {
            if (inFlight) {
                return true;
            }
            int cap = budget == null ? MAX_ADDS_PER_BATCH : budget.cap();
            List<Printer> batchUpserts = new ArrayList<>(Math.min(adds.size(), cap) + upserts.size());
            var it = adds.values().iterator();
            for (int i = 0; i < cap && it.hasNext(); i++) {
                batchUpserts.add(it.next());
                it.remove();
            }
            batchUpserts.addAll(upserts.values());
            more = !adds.isEmpty();
            ScanSummary end = more ? null : finished;
            b = new Batch(List.copyOf(batchUpserts), List.copyOf(removed), progress, end, untrusted);
            if (b.isEmpty()) {
                return more;
            }
            upserts = new LinkedHashMap<>();
            removed = new ArrayList<>();
            untrusted = new LinkedHashMap<>();
            progress = null;
            last = end != null;
            if (last) {
                finished = null;
            }
            batches++;
            inFlight = budget != null;
        }
        if (budget == null) {
            fx.execute(() -> sink.accept(b));
        } else {
            fx.execute(() -> applyTimed(b));
        }
        if (last) {
            close();
        }
        return more;
    }

    /** Applies {@code b} (FX thread) and tells the budget how long it took. */
    private void applyTimed(Batch b) {
        long t0 = System.nanoTime();
        try {
            sink.accept(b);
        } finally {
            long took = System.nanoTime() - t0;
            synchronized (lock) {
                budget.applied(b.upserts().size() + b.removed().size(), took);
                inFlight = false;
            }
        }
    }

    /** Batches posted so far. */
    public long batches() {
        synchronized (lock) {
            return batches;
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdown();
        }
    }
}
