package org.openenpc.ui.main;

import java.time.Duration;
import java.util.EnumSet;
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
    private final StringProperty elapsed = new SimpleStringProperty(this, "elapsed", "");
    private final StringProperty scopeText = new SimpleStringProperty(this, "scopeText", "");
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder",
            Messages.get("main.placeholder.idle"));
    private final StringProperty countText = new SimpleStringProperty(this, "countText", "");

    private Scan scan;
    private FxBatcher batcher;

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

    /** Re-queries one printer (all read-only queries, including who holds TCP 9100). */
    public void refresh(Printer p, int port) {
        ScanScope one = ScanScope.builder().addRange(p.ip()).port(port).quietTimeout(Duration.ofMillis(500))
                .retries(2).build();
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

    private void updateCounts(long r, long m) {
        countText.set(Messages.format("main.status.counts", table.rows().size(), r, m));
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
