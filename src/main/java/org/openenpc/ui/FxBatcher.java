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

    /** Everything that happened since the previous batch. */
    public record Batch(List<Printer> upserts, List<Printer> removed, ScanProgress progress, ScanSummary finished) {
        public boolean isEmpty() {
            return upserts.isEmpty() && removed.isEmpty() && progress == null && finished == null;
        }
    }

    public static final Duration DEFAULT_PERIOD = Duration.ofMillis(150);

    private final Executor fx;
    private final Consumer<Batch> sink;
    private final ScheduledExecutorService timer;
    private final Object lock = new Object();
    private Map<String, Printer> upserts = new LinkedHashMap<>();
    private List<Printer> removed = new ArrayList<>();
    private ScanProgress progress;
    private ScanSummary finished;
    private long batches;

    /** A batcher without a timer: call {@link #flush()} to deliver (tests). */
    public FxBatcher(Executor fx, Consumer<Batch> sink) {
        this(fx, sink, null);
    }

    private FxBatcher(Executor fx, Consumer<Batch> sink, ScheduledExecutorService timer) {
        this.fx = fx;
        this.sink = sink;
        this.timer = timer;
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
            upserts.put(printer.ip(), printer);
        }
    }

    @Override
    public void deviceChanged(Printer printer, Set<PrinterField> changed) {
        synchronized (lock) {
            upserts.put(printer.ip(), printer);
        }
    }

    @Override
    public void deviceRemoved(Printer printer) {
        synchronized (lock) {
            removed.add(printer);
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
        flush(); // the end of a scan should not wait for the next tick
        close();
    }

    /** Posts everything pending as one batch; does nothing when nothing is pending. */
    public void flush() {
        Batch b;
        synchronized (lock) {
            b = new Batch(List.copyOf(upserts.values()), List.copyOf(removed), progress, finished);
            if (b.isEmpty()) {
                return;
            }
            upserts = new LinkedHashMap<>();
            removed = new ArrayList<>();
            progress = null;
            finished = null;
            batches++;
        }
        fx.execute(() -> sink.accept(b));
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
