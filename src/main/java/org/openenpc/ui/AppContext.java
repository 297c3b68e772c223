package org.openenpc.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.controlsfx.control.Notifications;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.Scanner;
import org.openenpc.export.ExportFormat;
import org.openenpc.model.Printer;
import org.openenpc.ui.demo.DemoMode;
import org.openenpc.ui.export.ExportTask;
import org.openenpc.ui.main.MainActions;
import org.openenpc.ui.main.MainController;
import org.openenpc.ui.main.MainViewModel;

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
    private final MainViewModel vm;
    private final Label detail = new Label();
    private final StringProperty lastExport = new SimpleStringProperty(this, "lastExport", "");
    private String theme = "system";
    private MainController controller;
    private BiFunction<ExportFormat, Stage, Optional<Path>> exportTarget = AppContext::chooseFile;

    public AppContext(Stage stage, HostServices host, DemoMode demo) {
        this(stage, host, demo, null);
    }

    /**
     * A context whose scans use {@code scopes} instead of the settings (benchmarks: a loopback
     * broadcast scope for simulated printers in another process); null means the usual scope.
     */
    public AppContext(Stage stage, HostServices host, DemoMode demo, Supplier<ScanScope> scopes) {
        this.stage = stage;
        this.host = host;
        this.demo = demo;
        this.vm = new MainViewModel(scanner, Platform::runLater, scopes != null ? scopes : this::scope,
                FxBatcher.DEFAULT_PERIOD);
    }

    /** Loads main.fxml with this context's controller and puts it in the stage's scene. */
    public Scene createScene() throws IOException {
        FXMLLoader loader = new FXMLLoader(MainController.class.getResource("main.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> new MainController(vm, this));
        Parent root = loader.load();
        controller = loader.getController();
        Scene scene = new Scene(root);
        Theme.apply(scene, theme);
        return scene;
    }

    private ScanScope scope() {
        ScanScope.Builder b = ScanScope.builder();
        return demo != null ? demo.scope(b) : b.includeInterfaceBroadcasts(true).build();
    }

    @Override
    public Node detailNode() {
        return detail;
    }

    @Override
    public void showDetail(Printer printer) {
        detail.setText(printer == null ? "" : printer.ip() + " " + printer.macText());
    }

    @Override
    public void export(List<Printer> printers, ExportFormat format) {
        if (printers.isEmpty()) {
            notify(Messages.get("main.export.nothing"));
            return;
        }
        Optional<Path> target = exportTarget.apply(format, stage);
        if (target.isEmpty()) {
            return;
        }
        ExportTask task = new ExportTask(printers, target.get(), format, false);
        task.setOnSucceeded(e -> notify(Messages.format("main.export.done", task.getValue(), task.target())));
        task.setOnFailed(e -> exportFailed(task));
        background.execute(task);
    }

    private void exportFailed(ExportTask task) {
        String why = task.getException() == null ? "?" : String.valueOf(task.getException().getMessage());
        String text = Messages.format("main.export.failedText", task.target(), why);
        lastExport.set(text);
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(Messages.get("main.export.failed"));
        alert.initOwner(stage);
        alert.show();
    }

    private void notify(String text) {
        lastExport.set(text);
        Notifications.create().owner(stage).text(text).hideAfter(javafx.util.Duration.seconds(4)).showInformation();
    }

    private static Optional<Path> chooseFile(ExportFormat format, Stage owner) {
        FileChooser chooser = new FileChooser();
        String ext = format.extension();
        chooser.setInitialFileName("printers." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
    }

    @Override
    public void openSettings(boolean focusRanges) {
        // The settings dialog arrives with its own package; until then the scope is the default one.
    }

    @Override
    public List<MenuItem> scopeItems() {
        List<MenuItem> items = new ArrayList<>();
        if (demo != null) {
            CheckMenuItem d = new CheckMenuItem(Messages.format("main.scope.demo",
                    "127.255.255.255:" + demo.simulator().port()));
            d.setSelected(true);
            d.setDisable(true);
            items.add(d);
        }
        return items;
    }

    @Override
    public String theme() {
        return theme;
    }

    @Override
    public void setTheme(String theme) {
        this.theme = theme;
        if (stage.getScene() != null) {
            Theme.apply(stage.getScene(), theme);
        }
    }

    @Override
    public void quit() {
        stage.close();
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public MainController controller() {
        return controller;
    }

    public DemoMode demo() {
        return demo;
    }

    /** The last export outcome in words (for tests and the status bar). */
    public ReadOnlyStringProperty lastExportProperty() {
        return lastExport;
    }

    /** Replaces the file chooser (tests cannot drive a native dialog). */
    public void setExportTarget(BiFunction<ExportFormat, Stage, Optional<Path>> chooser) {
        this.exportTarget = chooser;
    }

    @Override
    public void close() {
        vm.stopScan();
        background.shutdownNow();
        if (demo != null) {
            demo.close();
        }
    }

    static Duration batchPeriod() {
        return FxBatcher.DEFAULT_PERIOD;
    }
}
