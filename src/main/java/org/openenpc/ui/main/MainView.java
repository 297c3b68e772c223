package org.openenpc.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.openenpc.ui.Messages;

/**
 * The main window's nodes: menu, toolbar and status bar around the centre, which {@link MainController} fills
 * with the table and its detail pane. Written as code, not FXML (issue 14: loading main.fxml took about
 * 120 ms of the FX thread before the window). Node ids and style classes are those the FXML had; the
 * menu items and buttons call the controller's commands. FX thread.
 */
final class MainView {
    final BorderPane root = new BorderPane();
    final Button scanButton = new Button();
    final MenuButton scopeButton = new MenuButton(Messages.get("main.scope"));
    final TextField filterField = new TextField();
    final ToggleButton attentionToggle = new ToggleButton(Messages.get("main.attention.toggle"));
    final ToggleButton changesToggle = new ToggleButton(Messages.get("main.changes.toggle"));
    final ProgressBar progressBar = new ProgressBar(0);
    final Label countLabel = new Label();
    final Label elapsedLabel = new Label();
    final Label monitorLabel = new Label();
    final Label historyLabel = new Label();
    final Label scopeLabel = new Label();
    final RadioMenuItem themeSystem = new RadioMenuItem(Messages.get("main.theme.system"));
    final RadioMenuItem themeLight = new RadioMenuItem(Messages.get("main.theme.light"));
    final RadioMenuItem themeDark = new RadioMenuItem(Messages.get("main.theme.dark"));
    final CheckMenuItem bomItem = new CheckMenuItem(Messages.get("main.export.bom"));

    MainView(MainController c) {
        root.setId("root");
        root.setPrefSize(1200, 760);
        root.setTop(new VBox(menuBar(c), toolBar(c)));
        root.setBottom(statusBar());
    }

    private MenuBar menuBar(MainController c) {
        Menu file = new Menu(Messages.get("main.menu.file"));
        file.getItems().addAll(exports(c, "exportCsvItem", "Shortcut+E"));
        file.getItems().addAll(new SeparatorMenuItem(), item("main.menu.import", "importItem", null, c::onImport),
                new SeparatorMenuItem(), item("main.menu.quit", null, "Shortcut+Q", c::onQuit));
        Menu scan = new Menu(Messages.get("main.menu.scan"));
        scan.getItems().addAll(item("main.scan", "scanItem", "F5", c::onScan),
                item("main.scanAgain", null, "Shortcut+R", c::onScan), item("main.stop", "stopItem", "Esc", c::onStop),
                new SeparatorMenuItem(), item("main.settings", null, null, c::onSettings));
        Menu edit = new Menu(Messages.get("main.menu.edit"));
        edit.getItems().addAll(item("main.copyRows", null, "Shortcut+C", c::onCopyRows),
                item("main.findFilter", null, "Shortcut+F", c::onFocusFilter));
        Menu view = new Menu(Messages.get("main.menu.view"));
        themeSystem.setId("themeSystem");
        themeLight.setId("themeLight");
        themeDark.setId("themeDark");
        for (RadioMenuItem theme : java.util.List.of(themeSystem, themeLight, themeDark)) {
            theme.setOnAction(e -> c.onTheme());
            view.getItems().add(theme);
        }
        MenuBar bar = new MenuBar(file, scan, edit, view);
        bar.setId("menuBar");
        return bar;
    }

    private ToolBar toolBar(MainController c) {
        scanButton.setId("scanButton");
        scanButton.setMinWidth(90);
        scanButton.setOnAction(e -> c.onToggleScan());
        scopeButton.setId("scopeButton");
        filterField.setId("filterField");
        filterField.setPromptText(Messages.get("main.filter.prompt"));
        filterField.setPrefColumnCount(22);
        attentionToggle.setId("attentionToggle");
        changesToggle.setId("changesToggle");
        changesToggle.setTooltip(new Tooltip(Messages.get("main.changes.tooltip")));
        MenuButton export = new MenuButton(Messages.get("main.export"));
        export.setId("exportButton");
        export.getItems().addAll(exports(c, null, null));
        bomItem.setId("bomItem");
        bomItem.setOnAction(e -> c.onBom());
        export.getItems().addAll(new SeparatorMenuItem(), bomItem);
        Button settings = new Button(Messages.get("main.settings"));
        settings.setId("settingsButton");
        settings.setOnAction(e -> c.onSettings());
        ToolBar bar = new ToolBar(scanButton, scopeButton, new Separator(Orientation.VERTICAL), filterField,
                attentionToggle, changesToggle, spring(), export, settings);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private HBox statusBar() {
        progressBar.setId("progressBar");
        progressBar.setPrefWidth(160);
        countLabel.setId("countLabel");
        elapsedLabel.setId("elapsedLabel");
        monitorLabel.setId("monitorLabel");
        monitorLabel.getStyleClass().add("scope-label");
        historyLabel.setId("historyLabel");
        historyLabel.getStyleClass().add("history-problem");
        scopeLabel.setId("scopeLabel");
        scopeLabel.getStyleClass().add("scope-label");
        HBox bar = new HBox(12, progressBar, countLabel, elapsedLabel, monitorLabel, historyLabel, spring(), scopeLabel);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    /** The four exports (all or selected rows, CSV or JSON); the first with {@code firstId} and its shortcut. */
    private static java.util.List<MenuItem> exports(MainController c, String firstId, String firstKeys) {
        return java.util.List.of(item("main.export.csvAll", firstId, firstKeys, c::onExportCsvAll),
                item("main.export.csvSelection", null, null, c::onExportCsvSelection),
                item("main.export.jsonAll", null, null, c::onExportJsonAll),
                item("main.export.jsonSelection", null, null, c::onExportJsonSelection));
    }

    private static MenuItem item(String key, String id, String keys, Runnable command) {
        MenuItem item = new MenuItem(Messages.get(key));
        if (id != null) {
            item.setId(id);
        }
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> command.run());
        return item;
    }

    /** Space that takes what the bar has left (pushes what follows to the right). */
    private static Node spring() {
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return spring;
    }
}
