package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;


import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openenpc.ui.demo.DemoMode;
import org.openenpc.ui.support.DemoWindow;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the main window in demo mode after a scan, with a printer selected, to
 * target/screenshots/main.png (the picture committed as docs/screenshot.png).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        context = DemoWindow.open(stage, 1280, 760);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void rendersTheMainWindowAfterAScan(FxRobot robot) throws Exception {
        robot.clickOn("#scanButton");
        await().atMost(Duration.ofSeconds(15)).until(() -> !context.viewModel().isScanning()
                && WaitForAsyncUtils.asyncFx(() -> context.controller().table().getItems().size()).get() == DemoMode.COUNT
                && WaitForAsyncUtils.asyncFx(() -> context.viewModel().table().row(DemoMode.JAMMED_INKJET).printer().snmp())
                        .get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // The jammed inkjet: supply bars, the SNMP error with its fix hint.
        robot.clickOn(robot.lookup(".table-cell").match(LabeledMatchers.hasText(DemoMode.JAMMED_INKJET))
                .<javafx.scene.Node>query());
        await().atMost(Duration.ofSeconds(5)).until(() -> WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#supplies .supply-bar").queryAll().size()).get() == 5); // 4 inks, the waste pad
        assertThat(robot.lookup("#snmpLines .status-hint").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("Open the cover and remove the jammed paper.");
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = save(stage, "main.png");
        assertThat(Files.size(Path.of("target/screenshots/main.png"))).isGreaterThan(10_000);
        assertThat(image.getWidth()).isGreaterThan(1000);
    }

    /** Renders the stage's scene to target/screenshots/{@code name} (to look at what a test built). */
    static WritableImage save(Stage stage, String name) throws Exception {
        return org.openenpc.ui.support.Screenshots.save(stage.getScene(), name);
    }
}
