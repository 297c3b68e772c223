package org.openenpc.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.controlsfx.control.Notifications;
import org.openenpc.export.ExportFormat;
import org.openenpc.export.WriteFailures;
import org.openenpc.model.Printer;
import org.openenpc.ui.Messages;

/**
 * The desktop app's export: asks for a file (a save dialog), writes it in an {@link ExportTask} on
 * the background executor, then says how it went (a notification, or an error dialog whose text
 * is one sentence naming the file and why, never a stack trace). The file is complete or untouched
 * and keeps its permissions ({@link org.openenpc.export.AtomicFileWriter}). FX thread.
 */
public final class ExportRunner {
    private final Stage owner;
    private final Executor background;
    private final BooleanSupplier csvBom;
    private final StringProperty last = new SimpleStringProperty(this, "last", "");
    private BiFunction<ExportFormat, Stage, Optional<Path>> target = ExportRunner::chooseFile;

    /** @param csvBom whether CSV files start with a byte-order mark (the setting, read at each export) */
    public ExportRunner(Stage owner, Executor background, BooleanSupplier csvBom) {
        this.owner = owner;
        this.background = background;
        this.csvBom = csvBom;
    }

    /** Exports {@code printers} as {@code format}, unless there are none or the user cancels the dialog. */
    public void export(List<Printer> printers, ExportFormat format) {
        export(printers, p -> org.openenpc.model.UserFields.NONE, format);
    }

    /**
     * As above, with the user's fields of each printer ({@code user} is called on the background thread:
     * pass an immutable lookup).
     */
    public void export(List<Printer> printers, java.util.function.Function<Printer, org.openenpc.model.UserFields> user,
                       ExportFormat format) {
        if (printers.isEmpty()) {
            notify(Messages.get("main.export.nothing"));
            return;
        }
        Optional<Path> file = target.apply(format, owner);
        if (file.isEmpty()) {
            return;
        }
        ExportTask task = new ExportTask(printers, user, file.get(), format, csvBom.getAsBoolean());
        task.setOnSucceeded(e -> notify(Messages.format("main.export.done", task.getValue(), task.target())));
        task.setOnFailed(e -> failed(task));
        background.execute(task);
    }

    /** The last export outcome in words (for tests and the status bar). */
    public ReadOnlyStringProperty lastProperty() {
        return last;
    }

    /** Replaces the file dialog (tests cannot drive a native dialog). */
    public void setTarget(BiFunction<ExportFormat, Stage, Optional<Path>> chooser) {
        this.target = chooser;
    }

    private void failed(ExportTask task) {
        String why = task.getException() == null ? "?" : WriteFailures.reason(task.getException());
        String text = Messages.format("main.export.failedText", task.target(), why);
        last.set(text);
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(Messages.get("main.export.failed"));
        alert.initOwner(owner);
        alert.show();
    }

    private void notify(String text) {
        last.set(text);
        Notifications.create().owner(owner).text(text).hideAfter(javafx.util.Duration.seconds(4)).showInformation();
    }

    private static Optional<Path> chooseFile(ExportFormat format, Stage owner) {
        FileChooser chooser = new FileChooser();
        String ext = format.extension();
        chooser.setInitialFileName("printers." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }
}
