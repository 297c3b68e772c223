package org.openenpc.ui.main;

import java.util.List;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
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
 * Binds main.fxml to the {@link MainViewModel} and delegates commands to {@link MainActions}.
 * FX thread only.
 */
public final class MainController {

    @FXML
    private BorderPane root;
    @FXML
    private Button scanButton;
    @FXML
    private MenuButton scopeButton;
    @FXML
    private TextField filterField;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label countLabel;
    @FXML
    private Label elapsedLabel;
    @FXML
    private Label scopeLabel;
    @FXML
    private Label monitorLabel;
    @FXML
    private javafx.scene.control.ToggleButton attentionToggle;
    @FXML
    private javafx.scene.control.ToggleButton changesToggle;
    @FXML
    private Label historyLabel;
    @FXML
    private RadioMenuItem themeSystem;
    @FXML
    private RadioMenuItem themeLight;
    @FXML
    private RadioMenuItem themeDark;
    @FXML
    private javafx.scene.control.CheckMenuItem bomItem;

    private final MainViewModel vm;
    private final MainActions actions;
    private TableView<PrinterRow> table;
    private MasterDetailPane masterDetail;

    public MainController(MainViewModel vm, MainActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    @FXML
    void initialize() {
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

    @FXML
    void onToggleScan() {
        vm.toggleScan();
    }

    @FXML
    void onScan() {
        vm.startScan();
    }

    @FXML
    void onStop() {
        vm.stopScan();
    }

    @FXML
    void onSettings() {
        actions.openSettings(false);
    }

    @FXML
    void onFocusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    @FXML
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

    @FXML
    void onExportCsvAll() {
        actions.export(all(), ExportFormat.CSV);
    }

    @FXML
    void onExportCsvSelection() {
        actions.export(selected(), ExportFormat.CSV);
    }

    @FXML
    void onExportJsonAll() {
        actions.export(all(), ExportFormat.JSON);
    }

    @FXML
    void onExportJsonSelection() {
        actions.export(selected(), ExportFormat.JSON);
    }

    @FXML
    void onTheme() {
        actions.setTheme(themeDark.isSelected() ? "dark" : themeLight.isSelected() ? "light" : "system");
    }

    @FXML
    void onBom() {
        actions.setCsvBom(bomItem.isSelected());
    }

    @FXML
    void onImport() {
        actions.importUserFields();
    }

    @FXML
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
