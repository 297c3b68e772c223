package org.openenpc.ui.detail;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.openenpc.model.Printer;
import org.openenpc.model.UserFields;
import org.openenpc.ui.Messages;

/**
 * The user's own fields of the shown printer ({@code #userFields}): name, location, asset tag, tags and
 * notes, edited in place and saved as they are typed. They belong to the inventory's device (its MAC),
 * so they follow the printer to a new address and across restarts. While the printer is not recorded
 * yet (or history is off) the fields are disabled and a sentence says why. Text is kept exactly as
 * typed, at most {@link UserFields#MAX_LENGTH} characters a field. FX thread only.
 */
public final class UserFieldsView extends VBox {

    private final DetailInventory inventory;
    private final TextField name = field("nameField");
    private final TextField location = field("locationField");
    private final TextField assetTag = field("assetTagField");
    private final TextField tags = field("tagsField");
    private final TextArea notes = new TextArea();
    /** The fields in display order, with their label's message key. */
    private final List<Map.Entry<String, TextInputControl>> inputs = List.of(Map.entry("detail.user.name", name),
            Map.entry("detail.user.location", location), Map.entry("detail.user.assetTag", assetTag),
            Map.entry("detail.user.tags", tags), Map.entry("detail.user.notes", notes));
    private final Label hint = new Label();
    private Printer printer;
    /** The kept device whose fields are shown; empty while the printer is not recorded (or history is off). */
    private final ReadOnlyObjectWrapper<OptionalLong> shown =
            new ReadOnlyObjectWrapper<>(this, "deviceId", OptionalLong.empty());
    private boolean loading;

    public UserFieldsView(DetailInventory inventory) {
        super(4);
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        setId("userFields");
        notes.setId("notesArea");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        limit(notes);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Asset tag", never "…"
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        for (Map.Entry<String, TextInputControl> input : inputs) {
            Label l = new Label(Messages.get(input.getKey()));
            l.getStyleClass().add(DetailStyles.ROW_LABEL);
            l.setLabelFor(input.getValue());
            grid.addRow(row++, l, input.getValue());
        }
        hint.setId("userFieldsHint");
        hint.getStyleClass().add(DetailStyles.PLACEHOLDER_INLINE);
        hint.setWrapText(true);
        getChildren().addAll(grid, hint);
        inputs.forEach(input -> input.getValue().textProperty().addListener((o, was, now) -> typed()));
        inventory.devicesChanged().addListener(o -> devicesChanged());
        inventory.problem().addListener(o -> showHint());
        show(null);
    }

    /** Shows the fields of {@code p}'s device; the same device again leaves what is being typed alone. */
    public void show(Printer p) {
        printer = p;
        OptionalLong id = p == null ? OptionalLong.empty() : inventory.deviceId(p);
        if (id.equals(shown.get()) && id.isPresent()) {
            return;
        }
        shown.set(id);
        load();
    }

    /** The kept device shown, if any (the Forget button's target, the supply chart's device). */
    public ReadOnlyObjectProperty<OptionalLong> deviceIdProperty() {
        return shown.getReadOnlyProperty();
    }

    private void devicesChanged() {
        OptionalLong id = printer == null ? OptionalLong.empty() : inventory.deviceId(printer);
        if (!id.equals(shown.get())) {
            shown.set(id);
            load();
        } else if (id.isPresent() && !editing()
                && !inventory.userFields(id.getAsLong()).equals(current())) {
            load(); // changed elsewhere (an import) while nobody types here
        }
    }

    private boolean editing() {
        return inputs.stream().anyMatch(input -> input.getValue().isFocused());
    }

    private void load() {
        OptionalLong id = shown.get();
        UserFields f = id.isPresent() ? inventory.userFields(id.getAsLong()) : UserFields.NONE;
        loading = true;
        try {
            set(name, f.name());
            set(location, f.location());
            set(assetTag, f.assetTag());
            set(tags, f.tags());
            set(notes, f.notes());
        } finally {
            loading = false;
        }
        boolean off = id.isEmpty();
        inputs.forEach(input -> input.getValue().setDisable(off));
        showHint();
    }

    private static void set(TextInputControl c, String text) {
        if (!c.getText().equals(text)) {
            c.setText(text);
        }
    }

    private void showHint() {
        String problem = inventory.problem().getValue();
        if (problem != null && !problem.isEmpty()) {
            hint.setText(problem);
        } else if (printer != null && shown.get().isEmpty()) {
            hint.setText(Messages.get("detail.user.notRecorded"));
        } else {
            hint.setText(Messages.get("detail.user.saved"));
        }
    }

    private UserFields current() {
        return new UserFields(name.getText(), location.getText(), assetTag.getText(), notes.getText(), tags.getText());
    }

    private void typed() {
        OptionalLong id = shown.get();
        if (loading || id.isEmpty()) {
            return;
        }
        inventory.save(id.getAsLong(), current());
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        limit(f);
        return f;
    }

    /** Refuses an edit that would make the text longer than the inventory keeps. */
    private static void limit(TextInputControl c) {
        c.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() > UserFields.MAX_LENGTH ? null : change));
    }
}
