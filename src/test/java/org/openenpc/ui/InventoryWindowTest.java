package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.ui.demo.DemoMode;
import org.openenpc.ui.main.PrinterRow;
import org.openenpc.ui.support.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inventory in the real main window (demo printers on loopback, a real SQLite file): notes typed in
 * the detail pane survive a restart and the printer's move to another address (same MAC); a printer
 * switched off shows "Not seen since"; the Changes filter lists new, gone and moved printers after the
 * second scan; the supply chart draws a draining inkjet.
 */
@ExtendWith(ApplicationExtension.class)
class InventoryWindowTest {

    private static final String INKJET = "127.0.77.20";
    private static final String MOVED_TO = "127.0.77.50";
    private static final String SWITCHED_OFF = "127.0.77.12";
    private static final String ADDED = "127.0.77.51";
    /** The devices the demo leaves in the inventory: one per MAC (the clone at .18 shares one). */
    private static final int KEPT = DemoMode.COUNT - 1;

    @TempDir
    Path dir;
    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            fx(() -> {
                context.close();
                return null;
            });
        }
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return DemoWindow.fx(c);
    }

    /** Opens the window (after closing the one before, as a restart would) and waits for the inventory. */
    private void open(List<PrinterSpec> printers, int printRate) throws Exception {
        DemoMode demo = DemoMode.start(printers, printRate);
        context = fx(() -> {
            if (context != null) {
                context.close();
            }
            return DemoWindow.open(stage, 1280, 760, demo, dir.resolve("settings.json"),
                    dir.resolve("inventory.db").toString());
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> context.inventory().reloadsProperty().get() >= 1));
        assertThat(fx(() -> context.inventory().problemProperty().get())).isEmpty();
    }

    /** Clicks Scan and waits until the scan has ended and been recorded. */
    private void scan(FxRobot robot) throws Exception {
        long before = fx(() -> context.inventory().reloadsProperty().get());
        robot.clickOn("#scanButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> !context.viewModel().isScanning()
                && context.inventory().reloadsProperty().get() > before));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<PrinterRow> table() {
        return context.controller().table();
    }

    private PrinterRow row(String ip) throws Exception {
        return fx(() -> context.viewModel().table().row(ip));
    }

    /** Clicks the printer's IP address cell, as a user selects a row. */
    private void select(FxRobot robot, String ip) throws Exception {
        robot.interact(() -> table().scrollTo(context.viewModel().table().row(ip)));
        WaitForAsyncUtils.waitForFxEvents();
        var cell = org.testfx.matcher.control.LabeledMatchers.hasText(ip);
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup(".table-cell").match(cell).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".table-cell").match(cell).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ipValue").queryTextInputControl().getText()).isEqualTo(ip);
    }

    /** Scrolls the detail pane until {@code id} is in view (as a user would) and clicks it. */
    private org.testfx.api.FxRobotInterface clickInDetail(FxRobot robot, String id) {
        scrollDetailTo(robot, id);
        return robot.clickOn(id);
    }

    private static void scrollDetailTo(FxRobot robot, String id) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup("#detailContent").queryAs(javafx.scene.control.ScrollPane.class);
            javafx.scene.Node node = robot.lookup(id).query();
            double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<PrinterSpec> movedAddedAndOff() {
        List<PrinterSpec> specs = new ArrayList<>();
        for (PrinterSpec s : DemoMode.printers()) {
            specs.add(s.ip().getHostAddress().equals(INKJET) ? s.movedTo(MOVED_TO) : s);
        }
        specs.add(PrinterSpec.of(ADDED, PrinterProfile.TM_M30II));
        return specs;
    }

    @Test
    void notesSurviveARestartAndAMoveAndTheChangesViewListsNewGoneAndMoved(FxRobot robot) throws Exception {
        open(DemoMode.printers(), 0);
        scan(robot);
        assertThat(fx(() -> table().getItems().size())).isEqualTo(DemoMode.COUNT);
        // The first scan: all new. The clone at .18 claims the first TM's MAC: the inventory keeps one
        // device per MAC, so it keeps 13.
        assertThat(fx(() -> context.viewModel().changesProperty().get())).as("the first scan: all new")
                .isEqualTo(KEPT);

        select(robot, INKJET);
        clickInDetail(robot, "#nameField").write("Front desk");
        clickInDetail(robot, "#locationField").write("Room 4.12");
        clickInDetail(robot, "#notesArea").write("Toner in cupboard 3, ask Kim");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(INKJET).nameProperty().get()).as("the table shows the name at once").isEqualTo("Front desk");

        // Restart: the inkjet now answers from another address (same MAC), one printer is switched off,
        // a new one is plugged in. Before any scan, every printer shows as remembered.
        open(movedAddedAndOff(), 0);
        context.demo().simulator().at(SWITCHED_OFF).setPoweredOff(true);
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> table().getItems().size()) == KEPT);
        assertThat(row(INKJET).isRemembered()).isTrue();
        assertThat(row(INKJET).statusText()).startsWith("Not seen since");
        assertThat(row(INKJET).nameProperty().get()).isEqualTo("Front desk");
        assertThat(row(INKJET).locationProperty().get()).isEqualTo("Room 4.12");
        assertThat(row(INKJET).needsAttention()).as("greyed, not alarming").isFalse();
        assertThat(fx(() -> context.viewModel().countTextProperty().get())).startsWith(KEPT + " printers");
        ScreenshotTest.save(stage, "inventory-remembered.png");

        scan(robot);
        assertThat(row(INKJET)).as("no row is left at the old address").isNull();
        PrinterRow moved = row(MOVED_TO);
        assertThat(moved.isRemembered()).isFalse();
        assertThat(moved.nameProperty().get()).isEqualTo("Front desk");
        assertThat(row(SWITCHED_OFF).statusText()).as("switched off").startsWith("Not seen since");
        assertThat(row(ADDED)).isNotNull();

        select(robot, MOVED_TO);
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo("Toner in cupboard 3, ask Kim");
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo("Front desk");

        robot.clickOn("#changesToggle");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = fx(() -> table().getItems().stream().map(r -> r.ip() + " " + r.change()).toList());
        assertThat(shown).containsExactlyInAnyOrder(ADDED + " New", SWITCHED_OFF + " Gone",
                MOVED_TO + " Moved from " + INKJET);
        assertThat(fx(() -> table().getColumns().stream().filter(c -> "change".equals(c.getId()))
                .findFirst().orElseThrow().isVisible())).isTrue();
        assertThat(robot.lookup("#changesToggle").queryAs(javafx.scene.control.ToggleButton.class).getText()).isEqualTo("Changes (3)");
        ScreenshotTest.save(stage, "inventory-changes.png");
    }

    @Test
    void forgetRemovesThePrinterAndItsNotes(FxRobot robot) throws Exception {
        open(DemoMode.printers(), 0);
        scan(robot);
        select(robot, INKJET);
        clickInDetail(robot, "#nameField").write("Gone soon");
        assertThat(robot.lookup("#forgetButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#forgetButton");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane dialog = robot.lookup("#forgetDialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).contains("comes back as a new printer");
        robot.clickOn((javafx.scene.Node) dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        await().atMost(Duration.ofSeconds(10)).until(() -> row(INKJET) == null);
        assertThat(fx(() -> context.inventory().devicesProperty().get().all().stream()
                .noneMatch(d -> d.address().equals(INKJET)))).isTrue();

        open(DemoMode.printers(), 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> table().getItems().size()) == KEPT - 1);
        assertThat(row(INKJET)).as("forgotten across a restart").isNull();
    }

    @Test
    void aSpreadsheetIsPreviewedThenImportedAndABadRowIsNamed(FxRobot robot) throws Exception {
        open(DemoMode.printers(), 0);
        scan(robot);
        String mac = row(INKJET).mac();
        Path sheet = dir.resolve("printers.csv");
        java.nio.file.Files.writeString(sheet, "mac,name,location,asset tag,notes\n" + mac + ",Front desk,Room 4,A-17,"
                + "Shared with accounts\nzz:11,Nobody,,,\n");
        robot.interact(() -> {
            context.imports().setSource(owner -> java.util.Optional.of(sheet));
            context.importUserFields();
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#importPreview").tryQuery().isPresent());
        javafx.scene.control.DialogPane preview = robot.lookup("#importPreview").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(robot.lookup("#importSummary").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("1 printer changes, no row is unchanged, 1 row has an error and is left out.");
        assertThat(fx(() -> robot.lookup("#importChanges").queryTableView().getItems().size())).isEqualTo(4);
        assertThat(fx(() -> robot.lookup("#importErrors").queryListView().getItems()))
                .singleElement().asString().startsWith("line 3: ");
        assertThat(row(INKJET).nameProperty().get()).as("nothing written before Import").isEmpty();
        robot.clickOn((javafx.scene.Node) preview.lookupButton(org.openenpc.ui.inventory.ImportPreview.IMPORT));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> row(INKJET).nameProperty().get()).equals("Front desk"));
        assertThat(fx(() -> context.imports().lastProperty().get())).startsWith("1 printer updated from printers.csv");
        select(robot, INKJET);
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo("Shared with accounts");
        assertThat(robot.lookup("#assetTagField").queryAs(TextField.class).getText()).isEqualTo("A-17");
    }

    @Test
    void theSupplyChartDrawsADrainingInkjet(FxRobot robot) throws Exception {
        open(List.of(PrinterSpec.of(INKJET, PrinterProfile.INKJET)), 6000);
        for (int i = 0; i < 4; i++) {
            scan(robot);
            Thread.sleep(1000); // 100 pages a second: black ink falls about 2 % between scans
        }
        select(robot, INKJET);
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> {
            @SuppressWarnings("unchecked")
            LineChart<Number, Number> chart = robot.lookup("#supplyChart").queryAs(LineChart.class);
            return chart.isVisible() && chart.getData().stream().mapToInt(s -> s.getData().size()).max().orElse(0) >= 3;
        }));
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#supplyChart").queryAs(LineChart.class);
        XYChart.Series<Number, Number> first = fx(() -> chart.getData().get(0));
        List<Double> levels = fx(() -> first.getData().stream().map(d -> d.getYValue().doubleValue()).toList());
        assertThat(levels.get(levels.size() - 1)).as("the ink fell").isLessThan(levels.get(0));
        assertThat(fx(() -> robot.lookup("#supplyForecasts").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().size())).isGreaterThanOrEqualTo(4);
        assertThat(robot.lookup("#supplyHistoryPlaceholder").query().isVisible()).isFalse();
        scrollDetailTo(robot, "#supplyHistory");
        ScreenshotTest.save(stage, "inventory-chart.png");
    }
}
