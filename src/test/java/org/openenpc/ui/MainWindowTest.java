package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.export.CsvExporter;
import org.openenpc.ui.demo.DemoMode;
import org.openenpc.ui.support.DemoWindow;
import org.openenpc.ui.main.PrinterRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window in demo mode, in a real JavaFX scene (headless Monocle in CI). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = DemoWindow.open(stage, 1200, 760);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private TableView<PrinterRow> table() {
        return context.controller().table();
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return DemoWindow.fx(c);
    }

    @Test
    void scanInDemoModeFillsTheTableWithEveryPrinter(FxRobot robot) throws Exception {
        robot.clickOn("#scanButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> table().getItems().size()) == DemoMode.COUNT);
        List<String> models = fx(() -> table().getItems().stream().map(r -> r.modelProperty().get()).toList());
        assertThat(models).contains("TM-T88V", "TM-m30", "TM-m30II", "ET-2850 Series", DemoMode.HOSTILE_NAME);
        await().atMost(Duration.ofSeconds(10)).until(() -> !context.viewModel().isScanning());
    }

    @Test
    void stopEndsTheScanPromptly(FxRobot robot) throws Exception {
        robot.clickOn("#scanButton");
        await().atMost(Duration.ofSeconds(5)).until(() -> context.viewModel().isScanning());
        long t0 = System.nanoTime();
        robot.type(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(2)).until(() -> !context.viewModel().isScanning());
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
        assertThat(fx(() -> context.controller().table().getPlaceholder() != null)).isTrue();
    }

    @Test
    void filterNarrowsRowsWhileAScanRuns(FxRobot robot) throws Exception {
        robot.clickOn("#scanButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> table().getItems().size()) >= 10);
        robot.clickOn("#filterField").write("m30II");
        assertThat(context.viewModel().isScanning()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> table().getItems().size()) == 2);
        assertThat(fx(() -> table().getItems().stream().allMatch(r -> r.modelProperty().get().equals("TM-m30II"))))
                .isTrue();
    }

    @Test
    void exportWritesACsvThatReadsBackToTheSameRowsWithTheHostileNameNeutralised(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("printers.csv");
        context.setExportTarget((format, stage) -> Optional.of(file));
        robot.clickOn("#scanButton");
        await().atMost(Duration.ofSeconds(15)).until(() -> !context.viewModel().isScanning()
                && fx(() -> table().getItems().size()) == DemoMode.COUNT);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(file));
        List<Map<String, String>> rows = new CsvExporter().read(Files.newInputStream(file));
        List<String> ips = fx(() -> table().getItems().stream().map(r -> r.ipProperty().get()).toList());
        assertThat(rows).extracting(r -> r.get("ip")).containsExactlyElementsOf(ips);
        assertThat(rows).extracting(r -> r.get("model")).contains("'" + DemoMode.HOSTILE_NAME)
                .doesNotContain(DemoMode.HOSTILE_NAME);
        for (Map<String, String> r : rows) {
            PrinterRow row = fx(() -> table().getItems().stream().filter(x -> x.ipProperty().get().equals(r.get("ip")))
                    .findFirst().orElseThrow());
            assertThat(r.get("mac")).isEqualTo(row.macProperty().get());
        }
    }

    @Test
    void anInvalidRangeShowsItsErrorNextToTheFieldAndDoesNotStartAScan(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#rangesField").write("127.0.0.300/24");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label error = robot.lookup("#rangesError").queryAs(javafx.scene.control.Label.class);
        assertThat(error.getText()).contains("127.0.0.300/24");
        assertThat(error.isVisible()).isTrue();
        javafx.scene.Node ok = robot.lookup("#okButton").query();
        assertThat(ok.isDisabled()).isTrue();
        // The field's error sits right under the field.
        javafx.scene.Node field = robot.lookup("#rangesField").query();
        assertThat(error.localToScreen(error.getBoundsInLocal()).getMinY())
                .isGreaterThanOrEqualTo(field.localToScreen(field.getBoundsInLocal()).getMaxY() - 1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.viewModel().isScanning()).isFalse();
        assertThat(context.settings().ranges()).isEmpty();
        assertThat(fx(() -> table().getItems().size())).isZero();
    }

    @Test
    void selectingARowShowsItsMacAndStatusInTheDetailPane(FxRobot robot) throws Exception {
        robot.clickOn("#scanButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> table().getItems().stream()
                .anyMatch(r -> r.ipProperty().get().equals("127.0.77.11") && !r.macProperty().get().isEmpty()
                        && r.printer().status().reported())));
        WaitForAsyncUtils.waitForFxEvents();
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup(".table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("127.0.77.11")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".table-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("127.0.77.11"))
                .<javafx.scene.Node>query());
        String mac = fx(() -> table().getSelectionModel().getSelectedItem().macProperty().get());
        assertThat(mac).isEqualTo("64:eb:8c:00:4d:0b");
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() ->
                robot.lookup("#macValue").queryTextInputControl().getText()).equals(mac));
        String status = fx(() -> robot.lookup("#statusLines").queryAs(javafx.scene.layout.Pane.class)
                .lookupAll(".label").stream().map(n -> ((javafx.scene.control.Label) n).getText())
                .collect(java.util.stream.Collectors.joining(" | ")));
        assertThat(status).contains("Cover open").contains("Close the printer cover.");
    }
}
