package org.openenpc.ui.main;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
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

import org.openenpc.discovery.Scan;
import org.openenpc.discovery.ScanProgress;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.discovery.ScopeException;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.ui.FxBatcher;
import org.openenpc.ui.Messages;

/**
 * State and commands of the main window: start and stop scans, counters for the status bar,
 * the placeholder text, and the table's rows. Scan events arrive through an {@link FxBatcher}
 * on the {@code fx} executor. FX thread only (tests pass a direct executor).
 */
public final class MainViewModel {

    private final Scanner scanner;
    private final Executor fx;
    private final Supplier<ScanScope> scopes;
    private final Duration batchPeriod;
    private final DeviceRegistry registry = new DeviceRegistry();
    private final PrinterTableModel table = new PrinterTableModel();

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

    private Scan scan;
    private FxBatcher batcher;
    private Refresher refresher;
    private java.util.concurrent.Executor background = r -> {
        Thread t = new Thread(r, "ui-refresh");
        t.setDaemon(true);
        t.start();
    };
    private java.util.function.Consumer<String> alerts = a -> { };
    private java.util.concurrent.ScheduledExecutorService timer;
    private java.util.concurrent.ScheduledFuture<?> monitorTask;
    private boolean refreshing;
    private java.time.Clock clock = java.time.Clock.systemUTC();
    /** How long a changed cell stays highlighted. */
    static final Duration FLASH = Duration.ofSeconds(2);

    /**
     * @param scopes builds the scope from the current settings; may throw {@link ScopeException}
     */
    public MainViewModel(Scanner scanner, Executor fx, Supplier<ScanScope> scopes, Duration batchPeriod) {
        this.scanner = scanner;
        this.fx = fx;
        this.scopes = scopes;
        this.batchPeriod = batchPeriod;
        updateCounts(0, 0);
    }

    /** Starts a scan of the configured scope; false (and the reason in the placeholder) if the scope is bad. */
    public boolean startScan() {
        if (isScanning()) {
            return false;
        }
        ScanScope scope;
        try {
            scope = scopes.get();
        } catch (ScopeException e) {
            placeholder.set(e.getMessage());
            return false;
        }
        scopeText.set(scope.describe());
        placeholder.set(Messages.format("main.placeholder.scanning", scope.describe()));
        progress.set(-1);
        scanning.set(true);
        batcher = batcher(this::apply);
        scan = scanner.start(scope, batcher, registry, Set.of());
        return true;
    }

    /** Stops the running scan; its last batch still arrives. */
    public void stopScan() {
        if (scan != null) {
            scan.cancel();
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

    /** Re-queries one printer (all read-only queries, including who holds TCP 9100; SNMP status too unless {@code snmp} is null). */
    public void refresh(Printer p, int port, org.openenpc.snmp.SnmpSettings snmp) {
        ScanScope one = ScanScope.builder().addRange(p.ip()).port(port).quietTimeout(Duration.ofMillis(500))
                .retries(2).snmp(snmp).build();
        scanner.start(one, batcher(this::applyRows), registry, EnumSet.of(EnpcQuery.HOLDER));
    }

    /** A batcher onto the FX executor; a zero period (tests) delivers only when the scan ends. */
    private FxBatcher batcher(java.util.function.Consumer<FxBatcher.Batch> sink) {
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
        table.upsert(b.upserts());
        table.remove(b.removed());
        updateCounts(replies.get(), malformed.get());
    }

    private void finished(ScanSummary s) {
        scanning.set(false);
        progress.set(s.cancelled() ? 0 : 1);
        scan = null;
        if (s.failed()) {
            placeholder.set(Messages.format("main.placeholder.error", s.error()));
        } else if (table.rows().isEmpty()) {
            placeholder.set(s.warnings().isEmpty() ? Messages.get("main.placeholder.none") : s.warnings().get(0));
        } else {
            placeholder.set(Messages.get("main.placeholder.filtered"));
        }
    }

    /** Monitoring: how a round asks the known printers again (production: a unicast scan). */
    public void setRefresher(Refresher refresher) {
        this.refresher = refresher;
    }

    /** Where refresh rounds run (production: the app's background pool). */
    public void setBackground(java.util.concurrent.Executor background) {
        this.background = background;
    }

    /** Receives one sentence per new problem found by monitoring (production: a notification). */
    public void setAlertSink(java.util.function.Consumer<String> sink) {
        this.alerts = sink;
    }

    /** The clock that stamps "offline since" (tests pass a fixed one). */
    public void setClock(java.time.Clock clock) {
        this.clock = clock;
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
            monitorTask = timer().scheduleWithFixedDelay(() -> fx.execute(this::refreshNow), ms, ms,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /**
     * One monitoring round now, unless a scan or another round is running or nothing is known: the
     * refresher runs on the background executor and its result comes back in ONE post to the FX
     * executor. FX thread.
     *
     * @return true when a round started
     */
    public boolean refreshNow() {
        if (refresher == null || isScanning() || table.rows().isEmpty()) {
            return false;
        }
        return runRound(refresher);
    }

    private boolean runRound(Refresher r) {
        if (refreshing) {
            return false;
        }
        refreshing = true;
        List<Printer> known = table.snapshot();
        try {
            background.execute(() -> round(r, known));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            refreshing = false; // the app is closing
            return false;
        }
        return true;
    }

    private void round(Refresher r, List<Printer> known) {
        List<Printer> answered;
        try {
            answered = r.refresh(known);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answered = null;
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(MainViewModel.class).warn("Refresh failed: {}", e.getMessage());
            answered = null;
        }
        List<Printer> result = answered;
        fx.execute(() -> {
            refreshing = false;
            if (result != null) {
                applyRound(known, result);
            }
        });
    }

    /**
     * Applies a round's answers (FX thread): updates the rows in one change, marks the printers that
     * did not answer as offline, highlights the cells whose value changed
     * for {@link #FLASH} and sends an alert for each new error or newly low supply.
     */
    void applyRound(List<Printer> known, List<Printer> answered) {
        Map<PrinterRow, Set<String>> changed = new java.util.IdentityHashMap<>();
        table.upsert(answered, changed);
        updateCounts(replies.get(), malformed.get());
        Set<String> answeredIps = new java.util.HashSet<>();
        answered.forEach(p -> answeredIps.add(p.ip()));
        table.markOnline(answeredIps).forEach((row, columns) -> changed.merge(row, columns, MainViewModel::union));
        List<String> missing = known.stream().map(Printer::ip).filter(ip -> !answeredIps.contains(ip)).toList();
        for (PrinterRow row : table.markOffline(missing, clock.instant())) {
            changed.merge(row, Set.of("status", "attention"), MainViewModel::union);
        }
        flash(changed);
        Map<String, Printer> before = new java.util.HashMap<>();
        known.forEach(p -> before.put(p.ip(), p));
        int threshold = table.lowSupplyPercent();
        for (Printer p : answered) {
            PrinterRow row = table.row(p.ip());
            Printer now = row == null ? p : row.printer();
            Alerts.between(before.get(p.ip()), now, threshold).forEach(alerts);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new java.util.HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private void flash(Map<PrinterRow, Set<String>> changed) {
        changed.forEach((row, columns) -> {
            Set<String> shown = new java.util.HashSet<>(columns);
            shown.remove("lastSeen"); // moves on every answer: highlighting it would be noise
            shown.remove("sources");
            if (shown.isEmpty()) {
                return;
            }
            long token = row.flash(shown);
            timer().schedule(() -> fx.execute(() -> row.clearFlash(token)), FLASH.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        });
    }

    private synchronized java.util.concurrent.ScheduledExecutorService timer() {
        if (timer == null) {
            timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ui-monitor");
                t.setDaemon(true);
                return t;
            });
        }
        return timer;
    }

    /** Stops monitoring and its timer. */
    public void close() {
        stopScan();
        if (timer != null) {
            timer.shutdownNow();
        }
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
        return registry;
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
