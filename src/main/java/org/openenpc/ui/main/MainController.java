package org.openenpc.ui.main;

import java.util.List;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import org.controlsfx.control.MasterDetailPane;
import org.openenpc.export.ExportFormat;
import org.openenpc.model.Printer;
import org.openenpc.ui.Messages;

/**
 * Builds the main window ({@link MainView}), binds it to the {@link MainViewModel} and delegates commands to
 * {@link MainActions}. FX thread only.
 */
public final class MainController {

    private BorderPane root;
    private Button scanButton;
    private MenuButton scopeButton;
    private TextField filterField;
    private ProgressBar progressBar;
    private Label countLabel;
    private Label elapsedLabel;
    private Label scopeLabel;
    private Label monitorLabel;
    private javafx.scene.control.ToggleButton attentionToggle;
    private javafx.scene.control.ToggleButton changesToggle;
    private Label historyLabel;
    private RadioMenuItem themeSystem;
    private RadioMenuItem themeLight;
    private RadioMenuItem themeDark;
    private javafx.scene.control.CheckMenuItem bomItem;

    private final MainViewModel vm;
    private final MainActions actions;
    private TableView<PrinterRow> table;
    private MasterDetailPane masterDetail;

    public MainController(MainViewModel vm, MainActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    /** Builds the window's nodes and binds them; the root goes into the scene. */
    public BorderPane load() {
        MainView v = new MainView(this);
        root = v.root;
        scanButton = v.scanButton;
        scopeButton = v.scopeButton;
        filterField = v.filterField;
        progressBar = v.progressBar;
        countLabel = v.countLabel;
        elapsedLabel = v.elapsedLabel;
        scopeLabel = v.scopeLabel;
        monitorLabel = v.monitorLabel;
        attentionToggle = v.attentionToggle;
        changesToggle = v.changesToggle;
        historyLabel = v.historyLabel;
        themeSystem = v.themeSystem;
        themeLight = v.themeLight;
        themeDark = v.themeDark;
        bomItem = v.bomItem;
        initialize();
        return root;
    }

    private void initialize() {
        table = PrinterTable.create(vm.table(), vm.placeholderProperty());
        masterDetail = new MasterDetailPane(Side.RIGHT, table, actions.detailNode(), true);
        masterDetail.setId("masterDetail");
        masterDetail.setDividerPosition(0.62);
        root.setCenter(masterDetail);
        scanButton.textProperty().bind(Bindings.when(vm.scanningProperty())
                .then(Messages.get("main.stop")).otherwise(Messages.get("main.scan")));
        vm.scanningProperty().addListener((o, was, now) -> {
            if (now) {
                scanButton.getStyleClass().add("stop");
            } else {
                scanButton.getStyleClass().remove("stop");
            }
        });
        filterField.textProperty().bindBidirectional(vm.table().filterProperty());
        attentionToggle.selectedProperty().bindBidirectional(vm.table().attentionOnlyProperty());
        monitorLabel.textProperty().bind(vm.monitorTextProperty());
        bindChanges();
        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.scanningProperty().or(vm.progressProperty().greaterThan(0)));
        countLabel.textProperty().bind(vm.countTextProperty());
        elapsedLabel.textProperty().bind(vm.elapsedProperty());
        scopeLabel.textProperty().bind(vm.scopeTextProperty());
        scopeButton.setOnShowing(e -> scopeButton.getItems().setAll(actions.scopeItems()));
        scopeButton.getItems().setAll(actions.scopeItems());
        bindSelection();
        buildRowCellsWhenShown();
        bindTheme();
        bomItem.setSelected(actions.csvBom());
    }

    /** The Changes toggle: its count, the filter, and the Change column while it is on. */
    private void bindChanges() {
        changesToggle.selectedProperty().bindBidirectional(vm.table().changesOnlyProperty());
        changesToggle.textProperty().bind(Bindings.createStringBinding(() -> vm.changesProperty().get() == 0
                ? Messages.get("main.changes.toggle")
                : Messages.format("main.changes.toggleCount", vm.changesProperty().get()), vm.changesProperty()));
        vm.table().changesOnlyProperty().addListener((o, was, on) -> table.getColumns().stream()
                .filter(c -> "change".equals(c.getId())).findFirst().ifPresent(c -> {
                    if (on) {
                        c.setVisible(true);
                    }
                }));
        historyLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.historyProblemProperty().get().isEmpty()
                ? "" : Messages.format("main.history.off", vm.historyProblemProperty().get()),
                vm.historyProblemProperty()));
        historyLabel.visibleProperty().bind(vm.historyProblemProperty().isNotEmpty());
        historyLabel.managedProperty().bind(historyLabel.visibleProperty());
    }

    private void bindSelection() {
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PrinterRow>) c -> showSelected());
        // The selected row updates in place (no list event for it): follow its snapshot directly.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.printerProperty().removeListener(selectedChanged);
            }
            if (now != null) {
                now.printerProperty().addListener(selectedChanged);
            }
        });
    }

    private final javafx.beans.value.ChangeListener<Printer> selectedChanged = (o, was, now) -> showSelected();

    private void showSelected() {
        PrinterRow row = table.getSelectionModel().getSelectedItem();
        actions.showDetail(row == null ? null : row.printer());
    }

    /**
     * Once the window shows and has its size, the table builds its row cells before any scan needs them: after the
     * window's first frame, which must not wait for them (issue 14).
     */
    private void buildRowCellsWhenShown() {
        table.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .addListener((o, was, now) -> {
                    if (Boolean.TRUE.equals(now)) {
                        org.openenpc.ui.FirstFrame.then(table.getScene(), () -> PrinterTable.buildRowCells(table));
                    }
                });
    }

    private void bindTheme() {
        ToggleGroup group = new ToggleGroup();
        themeSystem.setToggleGroup(group);
        themeLight.setToggleGroup(group);
        themeDark.setToggleGroup(group);
        switch (actions.theme()) {
            case "light" -> themeLight.setSelected(true);
            case "dark" -> themeDark.setSelected(true);
            default -> themeSystem.setSelected(true);
        }
    }

    public TableView<PrinterRow> table() {
        return table;
    }

    public MasterDetailPane masterDetail() {
        return masterDetail;
    }

    void onToggleScan() {
        vm.toggleScan();
    }

    void onScan() {
        vm.startScan();
    }

    void onStop() {
        vm.stopScan();
    }

    void onSettings() {
        actions.openSettings(false);
    }

    void onFocusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    void onCopyRows() {
        if (filterField.isFocused()) {
            filterField.copy();
            return;
        }
        String text = table.getSelectionModel().getSelectedItems().stream()
                .map(r -> String.join("\t", r.statusText(), r.model(), r.ip(), r.mac(), r.card(),
                        r.summary()))
                .collect(Collectors.joining("\n"));
        if (!text.isEmpty()) {
            actions.copy(text + "\n");
        }
    }

    void onExportCsvAll() {
        actions.export(all(), ExportFormat.CSV);
    }

    void onExportCsvSelection() {
        actions.export(selected(), ExportFormat.CSV);
    }

    void onExportJsonAll() {
        actions.export(all(), ExportFormat.JSON);
    }

    void onExportJsonSelection() {
        actions.export(selected(), ExportFormat.JSON);
    }

    void onTheme() {
        actions.setTheme(themeDark.isSelected() ? "dark" : themeLight.isSelected() ? "light" : "system");
    }

    void onBom() {
        actions.setCsvBom(bomItem.isSelected());
    }

    void onImport() {
        actions.importUserFields();
    }

    void onQuit() {
        actions.quit();
    }

    /** The rows as shown (filtered and sorted). */
    private List<Printer> all() {
        return table.getItems().stream().map(PrinterRow::printer).toList();
    }

    private List<Printer> selected() {
        return table.getSelectionModel().getSelectedItems().stream().map(PrinterRow::printer).toList();
    }
}
