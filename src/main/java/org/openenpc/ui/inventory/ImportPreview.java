package org.openenpc.ui.inventory;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import org.openenpc.inventory.UserFieldsImport;
import org.openenpc.model.SafeText;
import org.openenpc.ui.Messages;

/**
 * What importing a spreadsheet would change, before anything is written: one line per changed field
 * (line, MAC, address, model, field, before, after), the rows that cannot be imported with their
 * sentences, and the file's warnings. "Import" writes the valid rows; Cancel writes nothing. Text from
 * the file and the devices is escaped for display. FX thread only.
 */
public final class ImportPreview extends Dialog<ButtonType> {

    /** The button that writes the changes. */
    public static final ButtonType IMPORT = new ButtonType(Messages.get("import.button"), ButtonBar.ButtonData.OK_DONE);

    /** One shown line: a field of one printer, before and after. */
    public record Line(int line, String mac, String address, String model, String field, String before, String after) {
    }

    public ImportPreview(String fileName, UserFieldsImport.Plan plan) {
        setTitle(Messages.get("import.title"));
        setHeaderText(Messages.format("import.header", SafeText.escape(fileName)));
        getDialogPane().setId("importPreview");
        Label summary = new Label(Messages.format("import.summary", plan.changes().size(), plan.unchanged(),
                plan.errors().size()));
        summary.setId("importSummary");
        summary.setWrapText(true);
        TableView<Line> changes = new TableView<>(FXCollections.observableArrayList(lines(plan)));
        changes.setId("importChanges");
        changes.setPrefHeight(240);
        changes.setPlaceholder(new Label(Messages.get("import.noChanges")));
        changes.getColumns().addAll(List.of(column("line", l -> String.valueOf(l.line()), 50),
                column("mac", Line::mac, 130), column("address", Line::address, 110), column("model", Line::model, 130),
                column("field", Line::field, 90), column("before", Line::before, 150),
                column("after", Line::after, 150)));
        VBox box = new VBox(8, summary, changes);
        for (String w : plan.warnings()) {
            Label l = new Label(w);
            l.getStyleClass().add("import-warning");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        if (plan.hasErrors()) {
            Label heading = new Label(Messages.get("import.errors"));
            ListView<String> errors = new ListView<>(FXCollections.observableArrayList(
                    plan.errors().stream().map(UserFieldsImport.RowError::message).toList()));
            errors.setId("importErrors");
            errors.setPrefHeight(Math.min(160, 26 * plan.errors().size() + 4));
            box.getChildren().addAll(heading, errors);
        }
        box.setPrefWidth(860);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        getDialogPane().lookupButton(IMPORT).setDisable(plan.changes().isEmpty());
        setResizable(true);
    }

    /** The preview's lines: one per changed field, texts escaped. */
    static List<Line> lines(UserFieldsImport.Plan plan) {
        List<Line> out = new ArrayList<>();
        for (UserFieldsImport.Change c : plan.changes()) {
            for (UserFieldsImport.Field f : c.fields()) {
                out.add(new Line(c.line(), c.mac(), SafeText.escape(c.address()), SafeText.escape(c.model()), f.label(),
                        SafeText.escape(f.of(c.before())), SafeText.escape(f.of(c.after()))));
            }
        }
        return out;
    }

    private static TableColumn<Line, String> column(String id, java.util.function.Function<Line, String> value,
                                                    double width) {
        TableColumn<Line, String> c = new TableColumn<>(Messages.get("import.column." + id));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
