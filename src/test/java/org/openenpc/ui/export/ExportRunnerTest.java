package org.openenpc.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.export.ExportFormat;
import org.openenpc.model.Printer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The GUI's export: a failure is one sentence in an error dialog; an existing file keeps its permissions. */
@ExtendWith(ApplicationExtension.class)
class ExportRunnerTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private ExportRunner exportTo(FxRobot robot, Path file) {
        ExportRunner runner = new ExportRunner(stage, background, () -> false);
        runner.setTarget((format, owner) -> Optional.of(file));
        robot.interact(() -> runner.export(List.of(Printer.seen("127.0.67.1", Instant.now())), ExportFormat.CSV));
        await().atMost(Duration.ofSeconds(10)).until(() -> !runner.lastProperty().get().isEmpty());
        return runner;
    }

    @Test
    void aFolderInTheWayIsOneSentenceInAnErrorDialog(FxRobot robot, @TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("printers.csv"));
        ExportRunner runner = exportTo(robot, folder);

        String text = runner.lastProperty().get();
        assertThat(text).isEqualTo("Could not write " + folder + ": it is a folder, not a file; nothing was changed.");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo(text).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(dialog.getHeaderText()).isEqualTo("Export failed");
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void anExistingFileKeepsItsPermissions(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("printers.csv"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        ExportRunner runner = exportTo(robot, file);

        assertThat(runner.lastProperty().get()).startsWith("Exported 1 printers to ");
        assertThat(Files.readString(file)).contains("127.0.67.1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }
}
