package org.openenpc.ui.inventory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.controlsfx.control.Notifications;
import org.openenpc.inventory.UserFieldsImport;
import org.openenpc.model.SafeText;
import org.openenpc.ui.Messages;

/**
 * File › Import names and notes: picks a CSV file, reads what it would change on the inventory's thread,
 * shows the {@link ImportPreview}, and writes the valid rows when the user says Import. The outcome is
 * one sentence ({@link #lastProperty()}, also shown as a notification); a file that cannot be imported is
 * one sentence in a warning. FX thread only.
 */
public final class ImportRunner {

    private final Stage owner;
    private final InventoryService service;
    private final StringProperty last = new SimpleStringProperty(this, "last", "");
    private Function<Stage, Optional<Path>> source = ImportRunner::choose;

    public ImportRunner(Stage owner, InventoryService service) {
        this.owner = owner;
        this.service = service;
    }

    /** Replaces the file chooser (tests cannot drive a native dialog). */
    public void setSource(Function<Stage, Optional<Path>> chooser) {
        this.source = chooser;
    }

    /** The last import's outcome in words ("" before any). */
    public ReadOnlyStringProperty lastProperty() {
        return last;
    }

    /** Asks for a file, previews it, and imports it if the user agrees. */
    public void run() {
        source.apply(owner).ifPresent(this::preview);
    }

    private void preview(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        service.call(inv -> UserFieldsImport.preview(file, inv), plan -> confirm(name, plan),
                problem -> failed(name, problem));
    }

    private void confirm(String name, UserFieldsImport.Plan plan) {
        ImportPreview dialog = new ImportPreview(name, plan);
        dialog.initOwner(owner);
        dialog.showAndWait().filter(b -> b == ImportPreview.IMPORT).ifPresent(b ->
                service.call(inv -> UserFieldsImport.apply(inv, plan), applied -> done(name, applied),
                        problem -> failed(name, problem)));
    }

    private void done(String name, UserFieldsImport.Applied applied) {
        String text = applied.notWritten().isEmpty()
                ? Messages.format("import.done", applied.written(), SafeText.escape(name))
                : Messages.format("import.doneSkipped", applied.written(), SafeText.escape(name),
                        applied.notWritten().size(), applied.notWritten().get(0).message());
        last.set(text);
        Notifications.create().owner(owner).title(Messages.get("import.title")).text(text)
                .hideAfter(javafx.util.Duration.seconds(8)).showInformation();
    }

    private void failed(String name, String problem) {
        String text = Messages.format("import.failed", SafeText.escape(name), problem);
        last.set(text);
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        alert.initOwner(owner);
        alert.getDialogPane().setId("importFailed");
        alert.show();
    }

    private static Optional<Path> choose(Stage owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }
}
