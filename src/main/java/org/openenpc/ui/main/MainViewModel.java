package org.openenpc.ui.main;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import org.openenpc.discovery.ScanProgress;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.ScopeException;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.monitor.MonitorEvent;
import org.openenpc.monitor.MonitorRound;
import org.openenpc.monitor.PrinterMonitor;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.ui.FxBatcher;
import org.openenpc.ui.Messages;

/**
 * State and commands of the main window: start and stop scans, monitoring rounds, counters for the
 * status bar, the placeholder text, and the table's rows. Every scan is a round of the engine's
 * {@link PrinterMonitor}: its events arrive through an {@link FxBatcher} on the {@code fx} executor as
 * they happen, and the round's {@link MonitorEvent}s at its end, which this maps to row flags (offline,
 * back online), cell highlights and notifications. Owns no thread: the timer that starts monitoring
 * rounds and clears highlights comes from the composition root. FX thread only (tests pass a direct
 * executor).
 */
public final class MainViewModel {

    private final PrinterMonitor monitor;
    private final Executor fx;
    private final Supplier<ScanScope> scopes;
    private final Duration batchPeriod;
    private final ScheduledExecutorService timer;
    private final PrinterTableModel table = new PrinterTableModel();
    /** Per address, the fingerprint of an ipps certificate a read refused, until that printer answers IPP. */
    private final ObservableMap<String, String> untrusted = FXCollections.observableHashMap();
    private final ObservableMap<String, String> untrustedView = FXCollections.unmodifiableObservableMap(untrusted);

    private final BooleanProperty scanning = new SimpleBooleanProperty(this, "scanning");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final LongProperty replies = new SimpleLongProperty(this, "replies");
    private final LongProperty malformed = new SimpleLongProperty(this, "malformed");
    /** Datagrams of the current or last scan from out of scope or past the device cap. */
    private long ignored;
    private final StringProperty elapsed = new SimpleStringProperty(this, "elapsed", "");
    private final StringProperty scopeText = new SimpleStringProperty(this, "scopeText", "");
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder",
            Messages.get("main.placeholder.idle"));
    private final StringProperty countText = new SimpleStringProperty(this, "countText", "");

    private final StringProperty monitorText = new SimpleStringProperty(this, "monitorText", "");
    /** Why history is off ("" while the inventory records). */
    private final StringProperty historyProblem = new SimpleStringProperty(this, "historyProblem", "");
    /** How many rows the previous scan's changes list. */
    private final javafx.beans.property.IntegerProperty changes =
            new javafx.beans.property.SimpleIntegerProperty(this, "changes");

    private FxBatcher batcher;
    /** The monitor's running round started from here (scan, monitoring round or one-printer query), or null. */
    private volatile PrinterMonitor.Round round;
    /** The user asked for a scan while a monitoring round ran: it starts when that round has ended. */
    private boolean scanAfterRound;
    private Supplier<ScanScope.Builder> roundBase;
    private Consumer<String> alerts = a -> { };
    private volatile ScheduledFuture<?> monitorTask;
    /** Set by {@link #close}: a round posted before it (a monitoring tick) must not start after it. */
    private volatile boolean closed;
    /** How long a changed cell stays highlighted. */
    static final Duration FLASH = Duration.ofSeconds(2);

    /**
     * @param scopes builds the scope from the current settings; may throw {@link ScopeException}
     * @param timer  starts monitoring rounds and ends highlights (its tasks only post to {@code fx})
     */
    public MainViewModel(PrinterMonitor monitor, Executor fx, Supplier<ScanScope> scopes, Duration batchPeriod,
                         ScheduledExecutorService timer) {
        this.monitor = monitor;
        this.fx = fx;
        this.scopes = scopes;
        this.batchPeriod = batchPeriod;
        this.timer = timer;
        updateCounts(0, 0);
        // Rows also come from the inventory (remembered printers) and go with Forget: count them too.
        table.rows().addListener((javafx.collections.ListChangeListener<PrinterRow>) c ->
                updateCounts(replies.get(), malformed.get()));
    }

    /**
     * Starts a scan of the configured scope; false (and the reason in the placeholder) if the scope is
     * bad or a scan runs. A monitoring round or query that is running is stopped first and the scan
     * starts when it has ended.
     */
    public boolean startScan() {
        if (closed || isScanning() || scanAfterRound) {
            return false;
        }
        ScanScope scope;
        try {
            scope = scopes.get();
        } catch (ScopeException e) {
            placeholder.set(e.getMessage());
            return false;
        }
        if (round != null) {
            scanAfterRound = true;
            round.cancel();
            return true;
        }
        scopeText.set(scope.describe());
        placeholder.set(Messages.format("main.placeholder.scanning", scope.describe()));
        progress.set(-1);
        scanning.set(true);
        batcher = batcher(this::apply);
        begin(monitor.start(scope, MonitorRound.Purpose.SCAN, batcher, Set.of()));
        return true;
    }

    /** Stops the running scan; its last batch still arrives. */
    public void stopScan() {
        scanAfterRound = false;
        if (round != null) {
            round.cancel();
        }
    }

    /** Scan, or Stop when scanning: the toolbar button's action. */
    public void toggleScan() {
        if (isScanning()) {
            stopScan();
        } else {
            startScan();
        }
    }

    /**
     * Re-queries one printer (all read-only queries, including who holds TCP 9100; SNMP status too
     * unless {@code snmp} is null), unless a scan or round is running.
     *
     * @return true when the query started
     */
    public boolean refresh(Printer p, int port, org.openenpc.snmp.SnmpSettings snmp) {
        return refresh(p, port, snmp, null);
    }

    /** As above, reading IPP too with {@code ipp} (a printer known to answer IPP is read at its URI). */
    public boolean refresh(Printer p, int port, org.openenpc.snmp.SnmpSettings snmp, org.openenpc.ipp.IppSettings ipp) {
        if (closed || round != null) {
            return false;
        }
        ScanScope one = ScanScope.builder().addRange(p.ip()).port(port).quietTimeout(Duration.ofMillis(500))
                .retries(2).snmp(snmp).ipp(ipp).build();
        begin(monitor.start(one, MonitorRound.Purpose.QUERY, batcher(this::applyRows), EnumSet.of(EnpcQuery.HOLDER)));
        return true;
    }

    private void begin(PrinterMonitor.Round r) {
        round = r;
        r.completion().thenAccept(done -> post(() -> ended(r, done)));
    }

    private void post(Runnable task) {
        try {
            fx.execute(task);
        } catch (RejectedExecutionException e) {
            // the app is closing
        }
    }

    /** A round has ended and its events are known (FX thread). */
    private void ended(PrinterMonitor.Round r, MonitorRound done) {
        if (round == r) {
            round = null;
        }
        applyRound(done);
        if (scanAfterRound) {
            scanAfterRound = false;
            startScan();
        }
    }

    /** A batcher onto the FX executor; a zero period (tests) delivers only when the scan ends. */
    private FxBatcher batcher(Consumer<FxBatcher.Batch> sink) {
        return batchPeriod.isZero() ? new FxBatcher(fx, sink) : FxBatcher.start(fx, sink, batchPeriod);
    }

    /** Applies one batch of scan events (FX thread). */
    void apply(FxBatcher.Batch b) {
        applyRows(b);
        if (b.progress() != null) {
            ScanProgress p = b.progress();
            replies.set(p.replies());
            malformed.set(p.malformed());
            ignored = p.outOfScope() + p.overCap();
            elapsed.set(String.format("%.1f s", p.elapsed().toMillis() / 1000.0));
            progress.set(p.targetsTotal() > 0 ? p.firstPassShare() : -1);
        }
        if (b.finished() != null) {
            finished(b.finished());
        }
    }

    private void applyRows(FxBatcher.Batch b) {
        untrusted.putAll(b.untrusted());
        for (Printer p : b.upserts()) {
            if (p.ipp() != null && !b.untrusted().containsKey(p.ip())) {
                untrusted.remove(p.ip()); // it answered: accepted, or its certificate became trusted
            }
        }
        table.upsert(b.upserts());
        table.remove(b.removed());
        updateCounts(replies.get(), malformed.get());
    }

    private void finished(ScanSummary s) {
        scanning.set(false);
        progress.set(s.cancelled() ? 0 : 1);
        if (s.failed()) {
            placeholder.set(Messages.format("main.placeholder.error", s.error()));
        } else if (table.rows().isEmpty()) {
            placeholder.set(s.warnings().isEmpty() ? Messages.get("main.placeholder.none") : s.warnings().get(0));
        } else {
            placeholder.set(Messages.get("main.placeholder.filtered"));
        }
    }

    /** How a monitoring round asks the known printers (port, timing, SNMP; the round adds their addresses). */
    public void setRoundBase(Supplier<ScanScope.Builder> base) {
        this.roundBase = base;
    }

    /** Receives one sentence per new problem a round found (production: a notification). */
    public void setAlertSink(Consumer<String> sink) {
        this.alerts = sink;
    }

    /** Starts (or restarts with a new period) or stops periodic refreshes of the known printers. */
    public void setMonitoring(boolean on, Duration period) {
        if (monitorTask != null) {
            monitorTask.cancel(false);
            monitorTask = null;
        }
        monitorText.set(on ? Messages.format("main.monitor.on", String.valueOf(period.toSeconds())) : "");
        if (on) {
            long ms = period.toMillis();
            monitorTask = timer.scheduleWithFixedDelay(() -> post(this::refreshNow), ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * One monitoring round now, unless a scan or another round is running or nothing is known: a unicast
     * round of the table's printers. FX thread.
     *
     * @return true when a round started
     */
    public boolean refreshNow() {
        if (closed || roundBase == null || round != null || isScanning() || scanAfterRound || table.rows().isEmpty()) {
            return false;
        }
        ScanScope.Builder b = roundBase.get().includeInterfaceBroadcasts(false).allowLarge(true);
        table.snapshot().forEach(p -> b.addRange(p.ip()));
        begin(monitor.start(b.build(), MonitorRound.Purpose.REFRESH, batcher(this::applyRows), Set.of()));
        return true;
    }

    /**
     * Maps a round's events onto the table (FX thread): offline and back-online marks, a highlight of
     * {@link #FLASH} on the cells a change touched, and an alert for each new problem.
     */
    void applyRound(MonitorRound done) {
        Map<PrinterRow, Set<String>> flashes = new IdentityHashMap<>();
        for (MonitorEvent e : done.events()) {
            String ip = e.printer().ip();
            if (e instanceof MonitorEvent.Offline o) {
                table.markOffline(List.of(ip), o.since()).forEach(row -> flashes.merge(row, Set.of("status", "attention"),
                        MainViewModel::union));
            } else if (e instanceof MonitorEvent.Online) {
                table.markOnline(List.of(ip)).forEach((row, columns) -> flashes.merge(row, columns, MainViewModel::union));
            } else if (e instanceof MonitorEvent.Moved) {
                PrinterRow row = table.row(ip);
                if (row != null) {
                    flashes.merge(row, Set.of("ip"), MainViewModel::union);
                }
            } else if (e instanceof MonitorEvent.Changed c) {
                PrinterRow row = table.row(ip);
                Set<String> columns = ChangedColumns.of(c);
                if (row != null && !columns.isEmpty()) {
                    flashes.merge(row, columns, MainViewModel::union);
                }
                ProblemText.sentences(c).forEach(alerts);
            }
        }
        updateCounts(replies.get(), malformed.get());
        flash(flashes);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private void flash(Map<PrinterRow, Set<String>> changed) {
        changed.forEach((row, columns) -> {
            Set<String> shown = new HashSet<>(columns);
            shown.remove("lastSeen"); // moves on every answer: highlighting it would be noise
            shown.remove("sources");
            if (shown.isEmpty()) {
                return;
            }
            long token = row.flash(shown);
            try {
                timer.schedule(() -> post(() -> row.clearFlash(token)), FLASH.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closing
            }
        });
    }

    /** Stops monitoring and the running round (any thread: touches no property). */
    public void close() {
        closed = true;
        ScheduledFuture<?> task = monitorTask;
        if (task != null) {
            task.cancel(false);
        }
        PrinterMonitor.Round r = round;
        if (r != null) {
            r.cancel();
        }
    }

    /** Why history is off, one sentence; "" while the inventory records (the composition root binds it). */
    /**
     * Per address, the SHA-256 fingerprint of the ipps certificate that printer presented and that is neither trusted
     * nor accepted; removed once it answers IPP. Read-only; FX thread.
     */
    public ObservableMap<String, String> untrustedCertificates() {
        return untrustedView;
    }

    public StringProperty historyProblemProperty() {
        return historyProblem;
    }

    /** How many rows show a change since the previous scan. */
    public javafx.beans.property.IntegerProperty changesProperty() {
        return changes;
    }

    /** "Monitoring every 60 s" while monitoring, else "". */
    public ReadOnlyStringProperty monitorTextProperty() {
        return monitorText;
    }

    private void updateCounts(long r, long m) {
        // Datagrams from addresses the scan did not ask (or past its device cap) are counted, never listed.
        countText.set(ignored == 0 ? Messages.format("main.status.counts", table.rows().size(), r, m)
                : Messages.format("main.status.countsIgnored", table.rows().size(), r, m, ignored));
    }

    /** Batches the current or last scan's batcher has posted to the FX thread (0 before any scan). */
    public long batches() {
        return batcher == null ? 0 : batcher.batches();
    }

    public PrinterTableModel table() {
        return table;
    }

    public DeviceRegistry registry() {
        return monitor.registry();
    }

    /** True while a scan, monitoring round or query started here runs. */
    public boolean isBusy() {
        return round != null;
    }

    public boolean isScanning() {
        return scanning.get();
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning;
    }

    /** 0–1, or -1 while the share is unknown (broadcast rounds). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyLongProperty repliesProperty() {
        return replies;
    }

    public ReadOnlyLongProperty malformedProperty() {
        return malformed;
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed;
    }

    public ReadOnlyStringProperty scopeTextProperty() {
        return scopeText;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText;
    }
}
