package org.openenpc.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.controlsfx.control.Notifications;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.Scanner;
import org.openenpc.export.ExportFormat;
import org.openenpc.model.Printer;
import org.openenpc.ui.demo.DemoMode;
import org.openenpc.inventory.Inventories;
import org.openenpc.ui.export.ExportRunner;
import org.openenpc.ui.inventory.DetailLink;
import org.openenpc.ui.inventory.InventoryService;
import org.openenpc.ui.inventory.TableInventory;
import org.openenpc.ui.main.MainActions;
import org.openenpc.ui.main.MainController;
import org.openenpc.ui.main.MainViewModel;
import org.openenpc.ui.detail.DetailActions;
import org.openenpc.ui.detail.DetailPane;
import org.openenpc.ui.detail.SystemDetailActions;
import org.openenpc.ui.settings.AppSettings;
import org.openenpc.ui.settings.SettingsDialog;
import org.openenpc.ui.settings.SettingsStore;
import org.openenpc.discovery.InterfaceSource;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's composition root: builds the engine, the view models and the views, and
 * implements the actions the views delegate. Created and used on the FX thread.
 */
public final class AppContext implements MainActions, AutoCloseable {

    private final Stage stage;
    private final HostServices host;
    private final DemoMode demo;
    private final Scanner scanner = new Scanner();
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ui-background");
        t.setDaemon(true);
        return t;
    });
    /** Starts monitoring rounds and ends cell highlights; its tasks only post to the FX thread. */
    private final java.util.concurrent.ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ui-timer");
                t.setDaemon(true);
                return t;
            });
    /** The inventory's one thread: every database call runs on it, in order. */
    private final ExecutorService inventoryIo = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ui-inventory");
        t.setDaemon(true);
        return t;
    });
    private final InventoryService inventory;
    private final org.openenpc.monitor.PrinterMonitor monitor;
    private final MainViewModel vm;
    private final DetailActions detailActions;
    private final DetailPane detail;
    private final SettingsStore store;
    private final InterfaceSource interfaces;
    private AppSettings settings;
    private String settingsProblem;
    private MainController controller;
    private final StringProperty lastAlert = new SimpleStringProperty(this, "lastAlert", "");
    private final ExportRunner exports;
    private final org.openenpc.ui.inventory.ImportRunner imports;
    /** The inventory to open once the window shows (a file or JDBC URL; blank: the default file). */
    private final String inventoryAt;
    /** Done when the work behind the window is: the demo printers run and the inventory is read (or failed). */
    private final java.util.concurrent.CompletableFuture<Void> started = new java.util.concurrent.CompletableFuture<>();
    private boolean closed;

    /**
     * @param store where settings live ({@link SettingsStore#defaultPath()} in production)
     * @param interfaces the machine's interfaces (read, never sent on from tests)
     */
    public AppContext(Stage stage, HostServices host, DemoMode demo, SettingsStore store, InterfaceSource interfaces) {
        this(stage, host, demo, store, interfaces, null, null);
    }

    /** As above, with the inventory at {@code db} (a file or JDBC URL) instead of the settings' choice. */
    public AppContext(Stage stage, HostServices host, DemoMode demo, SettingsStore store, InterfaceSource interfaces,
                      String db) {
        this(stage, host, demo, store, interfaces, null, db);
    }

    /**
     * A context whose scans use {@code scopes} instead of the settings (benchmarks: a loopback
     * broadcast scope for simulated printers in another process); null means the usual scope.
     */
    public AppContext(Stage stage, HostServices host, DemoMode demo, SettingsStore store, InterfaceSource interfaces,
                      Supplier<ScanScope> scopes) {
        this(stage, host, demo, store, interfaces, scopes, null);
    }

    /**
     * @param db the inventory (a file or a JDBC URL); null: the settings' choice, and in demo mode a
     *           throw-away file, so the demo's printers never enter the user's inventory
     */
    public AppContext(Stage stage, HostServices host, DemoMode demo, SettingsStore store, InterfaceSource interfaces,
                      Supplier<ScanScope> scopes, String db) {
        this.stage = stage;
        this.host = host;
        this.demo = demo;
        this.store = store;
        this.interfaces = interfaces;
        SettingsStore.Loaded loaded = store.load();
        this.settings = loaded.settings();
        this.settingsProblem = loaded.problem().orElse(null);
        this.monitor = new org.openenpc.monitor.PrinterMonitor(scanner, new org.openenpc.model.DeviceRegistry(),
                java.time.Clock.systemUTC(), settings.monitor().lowSupplyPercent());
        this.vm = new MainViewModel(monitor, Platform::runLater, scopes != null ? scopes : this::scope,
                FxBatcher.DEFAULT_PERIOD, timer);
        this.detailActions = new SystemDetailActions(host, this::refreshOne, this::acceptCertificate);
        this.inventory = new InventoryService(inventoryIo, Platform::runLater, java.time.Clock.systemUTC());
        monitor.onRound(inventory::record);
        this.detail = new DetailPane(detailActions, new org.openenpc.ui.detail.DetailViewModel(),
                new DetailLink(inventory, p -> vm.table().remove(List.of(p))));
        TableInventory.bind(inventory, vm.table(), vm.changesProperty());
        vm.historyProblemProperty().bind(inventory.problemProperty());
        this.inventoryAt = db != null ? db : demo != null ? demo.inventoryFile().toString() : settings.history().database();
        this.exports = new ExportRunner(stage, background, () -> settings.csvBom());
        this.imports = new org.openenpc.ui.inventory.ImportRunner(stage, inventory);
        // Scans (and monitoring rounds, which are unicast scans) read SNMP status themselves when
        // the scope carries SNMP settings: the engine's enrichment fills Printer.snmp().
        vm.untrustedCertificates().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            Printer shown = detail.viewModel().getPrinter();
            if (shown != null && shown.ip().equals(c.getKey())) {
                detail.viewModel().setUntrustedCertificate(c.wasAdded() ? c.getValueAdded() : null);
            }
        });
        vm.setRoundBase(this::refreshBase);
        vm.setAlertSink(this::alert);
        applyMonitor();
    }

    /** One printer's Refresh: ENPC, SNMP and IPP, with the settings of this moment. */
    private void refreshOne(Printer p) {
        vm.refresh(p, demo != null ? demo.simulator().port() : settings.port(), snmpSettings(), refreshIpp());
    }

    /** The user confirmed the certificate in the detail pane: kept in the settings (saved), then the printer read. */
    private void acceptCertificate(Printer p, String sha256) {
        settingsChanged(settings.withMonitor(settings.monitor().withCertificateAccepted(sha256)));
        refreshOne(p);
    }

    /** SNMP settings for status reads now, or null while SNMP is off; demo mode asks its own simulator. */
    private org.openenpc.snmp.SnmpSettings snmpSettings() {
        org.openenpc.snmp.SnmpSettings s = settings.monitor().snmpSettings();
        if (s != null && demo != null) {
            // Loopback answers at once: short tries keep a scan's non-SNMP devices from stalling it.
            return s.withPort(demo.simulator().snmpPort()).withTimeout(java.time.Duration.ofMillis(400)).withRetries(1);
        }
        return s;
    }

    /**
     * IPP for refreshes (a round, or one printer's Refresh): the printers known to answer IPP are read again at their
     * URI, nobody else is asked (probing is for scans); demo mode on its simulator's IPP port.
     */
    private org.openenpc.ipp.IppSettings refreshIpp() {
        return demo != null ? demo.ippSettings(false) : settings.monitor().ippSettings().withProbe(false);
    }

    /** Port, timing, SNMP and IPP for a monitoring round; the refresher adds the printers' IPs. */
    private ScanScope.Builder refreshBase() {
        return ScanScope.builder().port(demo != null ? demo.simulator().port() : settings.port())
                .quietTimeout(java.time.Duration.ofMillis(settings.timeoutMs())).retries(settings.retries())
                .rate(settings.rate()).snmp(snmpSettings()).ipp(refreshIpp());
    }

    /** Threshold and monitoring from the settings, into the table, the detail pane and the timer. */
    private void applyMonitor() {
        org.openenpc.ui.settings.MonitorSettings m = settings.monitor();
        vm.table().setLowSupplyPercent(m.lowSupplyPercent());
        monitor.setLowSupplyPercent(m.lowSupplyPercent());
        detail.viewModel().setLowSupplyPercent(m.lowSupplyPercent());
        vm.setMonitoring(m.monitoring(), java.time.Duration.ofSeconds(m.refreshSeconds()));
    }

    /** A monitoring alert: a toast (only on the transition, see PrinterDiff.problems) and the last one kept for tests. */
    private void alert(String text) {
        lastAlert.set(text);
        Notifications.create().owner(stage).title(Messages.get("main.monitor.title")).text(text)
                .hideAfter(javafx.util.Duration.seconds(8)).showWarning();
    }

    /** The latest monitoring alert's sentence ("" before any). */
    public ReadOnlyStringProperty lastAlertProperty() {
        return lastAlert;
    }

    /** Builds the main window with this context's controller and puts it in the stage's scene. */
    public Scene createScene() throws IOException {
        controller = new MainController(vm, this);
        Scene scene = new Scene(controller.load());
        FirstFrame.then(scene, this::startBehindWindow);
        Theme.apply(scene, settings.theme());
        vm.table().filterProperty().set(settings.filter());
        WindowMemory.restore(settings, stage, controller.masterDetail(), controller.table());
        stage.setOnHidden(e -> saveLayout());
        if (settingsProblem != null) {
            // Reported once: the store has moved the bad file aside.
            Platform.runLater(() -> warn(settingsProblem));
            settingsProblem = null;
        }
        return scene;
    }

    /**
     * What the window does not wait for (issue 14), after its first frame: the demo's printers start, then the
     * inventory opens (SQLite, its migrations) and the remembered printers fill the table.
     */
    private void startBehindWindow() {
        if (closed) {
            return; // closed before its first frame's follow-up ran (tests)
        }
        java.util.concurrent.CompletableFuture<Void> demoUp = new java.util.concurrent.CompletableFuture<>();
        if (demo != null) {
            demo.startIn(background);
            demo.whenStarted(problem -> {
                if (problem != null) {
                    Platform.runLater(() -> warn(problem));
                }
                demoUp.complete(null);
            });
        } else {
            demoUp.complete(null);
        }
        inventory.open(() -> Inventories.open(inventoryAt.isBlank() ? null : inventoryAt),
                java.time.Duration.ofDays(settings.history().keepDays()));
        java.util.concurrent.CompletableFuture<Void> opened = new java.util.concurrent.CompletableFuture<>();
        inventoryIo.execute(() -> Platform.runLater(() -> opened.complete(null))); // after the open and its reload
        java.util.concurrent.CompletableFuture.allOf(demoUp, opened).whenComplete((v, e) -> started.complete(null));
    }

    /** Done (on any thread) when the demo printers run and the inventory was read, after the window's first frame. */
    public java.util.concurrent.CompletionStage<Void> started() {
        return started;
    }

    private ScanScope scope() {
        if (demo != null) {
            return demo.scope(ScanScope.builder().quietTimeout(java.time.Duration.ofMillis(settings.timeoutMs()))
                    .retries(settings.retries()).rate(settings.rate()).snmp(snmpSettings()));
        }
        return settings.toScope(interfaces);
    }

    private void warn(String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        alert.initOwner(stage);
        alert.show();
    }

    private void saveLayout() {
        if (controller != null) {
            settings = WindowMemory.capture(settings, stage, controller.masterDetail(), controller.table())
                    .withFilter(vm.table().filterProperty().get());
            save();
        }
    }

    private void save() {
        AppSettings snapshot = settings;
        try {
            store.save(snapshot);
        } catch (IOException e) {
            LoggerFactory.getLogger(AppContext.class).warn("Could not save settings to {}: {}", store.file(), e.getMessage());
        }
    }

    @Override
    public Node detailNode() {
        return detail;
    }

    @Override
    public void showDetail(Printer printer) {
        detail.show(printer);
        detail.viewModel().setUntrustedCertificate(printer == null ? null : vm.untrustedCertificates().get(printer.ip()));
    }

    @Override
    public void export(List<Printer> printers, ExportFormat format) {
        exports.export(printers, inventory.devicesProperty().get()::userFields, format);
    }

    @Override
    public void importUserFields() {
        imports.run();
    }

    /** The spreadsheet import (tests replace its file chooser and read its outcome). */
    public org.openenpc.ui.inventory.ImportRunner imports() {
        return imports;
    }

    @Override
    public void copy(String text) {
        detailActions.copy(text);
    }

    @Override
    public void openSettings(boolean focusRanges) {
        SettingsDialog dialog = new SettingsDialog(settings, interfaces);
        dialog.initOwner(stage);
        if (focusRanges) {
            dialog.setOnShown(e -> {
                Node ranges = dialog.getDialogPane().lookup("#rangesField");
                if (ranges != null) {
                    ranges.requestFocus();
                }
            });
        }
        dialog.showAndWait().ifPresent(this::settingsChanged);
    }

    /** Takes edited settings (from the dialog or the scope picker) and saves them. */
    public void settingsChanged(AppSettings edited) {
        boolean monitorChanged = !edited.monitor().equals(settings.monitor());
        settings = edited;
        if (monitorChanged) {
            applyMonitor();
        }
        background.execute(this::save);
    }

    @Override
    public List<MenuItem> scopeItems() {
        return ScopeMenu.items(settings, interfaces, demo, this::settingsChanged, () -> openSettings(true));
    }

    @Override
    public String theme() {
        return settings.theme();
    }

    @Override
    public void setTheme(String theme) {
        settingsChanged(settings.withTheme(theme));
        if (stage.getScene() != null) {
            Theme.apply(stage.getScene(), theme);
        }
    }

    @Override
    public boolean csvBom() {
        return settings.csvBom();
    }

    @Override
    public void setCsvBom(boolean bom) {
        settingsChanged(settings.withCsvBom(bom));
    }

    public AppSettings settings() {
        return settings;
    }

    @Override
    public void quit() {
        stage.close();
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** The app's side of the inventory (tests wait on it). */
    public InventoryService inventory() {
        return inventory;
    }

    public MainController controller() {
        return controller;
    }

    public DemoMode demo() {
        return demo;
    }

    /** The last export outcome in words (for tests and the status bar). */
    public ReadOnlyStringProperty lastExportProperty() {
        return exports.lastProperty();
    }

    /** Replaces the file chooser (tests cannot drive a native dialog). */
    public void setExportTarget(BiFunction<ExportFormat, Stage, Optional<Path>> chooser) {
        exports.setTarget(chooser);
    }

    @Override
    public void close() {
        closed = true;
        vm.close();
        monitor.close();
        inventory.close();
        inventoryIo.shutdown();
        timer.shutdownNow();
        background.shutdownNow();
        if (demo != null) {
            demo.close();
        }
    }

}
