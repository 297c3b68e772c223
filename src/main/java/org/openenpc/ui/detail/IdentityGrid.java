package org.openenpc.ui.detail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.openenpc.ui.Messages;

/**
 * The identity section: one label and one value per {@link Row}. Values are read-only text fields
 * styled as labels, so users can select and copy any of them. When only values change (the usual
 * scan update) the fields are updated in place, which keeps a selection the user is making. FX
 * thread only.
 */
final class IdentityGrid extends GridPane {

    /** Node ids of the values tests and the main window look up, keyed by row label key. */
    private static final Map<String, String> IDS = Map.of(
            IdentityRows.MODEL, "modelValue",
            IdentityRows.MAC, "macValue",
            IdentityRows.IP, "ipValue");

    private final List<Label> labels = new ArrayList<>();
    private final List<TextField> values = new ArrayList<>();

    IdentityGrid(ObservableList<Row> rows) {
        setHgap(12);
        setVgap(2);
        ColumnConstraints labelColumn = new ColumnConstraints();
        ColumnConstraints valueColumn = new ColumnConstraints();
        valueColumn.setHgrow(Priority.ALWAYS);
        valueColumn.setFillWidth(true);
        getColumnConstraints().addAll(labelColumn, valueColumn);
        rows.addListener((ListChangeListener<Row>) c -> update(rows));
        update(rows);
    }

    private void update(List<Row> rows) {
        if (!sameLabels(rows)) {
            rebuild(rows);
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            values.get(i).setText(rows.get(i).value());
        }
    }

    private boolean sameLabels(List<Row> rows) {
        if (rows.size() != labels.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).label().equals(labels.get(i).getText())) {
                return false;
            }
        }
        return true;
    }

    private void rebuild(List<Row> rows) {
        getChildren().clear();
        labels.clear();
        values.clear();
        Map<String, String> idByLabel = idsByLabel();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Label label = new Label(r.label());
            label.getStyleClass().add(DetailStyles.ROW_LABEL);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels never shrink to "Interface …"
            TextField value = valueField(r.value());
            value.setId(idByLabel.get(r.label()));
            label.setLabelFor(value);
            addRow(i, label, value);
            labels.add(label);
            values.add(value);
        }
    }

    private static TextField valueField(String text) {
        TextField f = new TextField(text);
        f.setEditable(false);
        f.getStyleClass().add(DetailStyles.VALUE);
        f.setPrefColumnCount(28);
        return f;
    }

    /** Rows carry translated labels; translating the keys the same way finds the ids again. */
    private static Map<String, String> idsByLabel() {
        Map<String, String> out = new HashMap<>();
        IDS.forEach((key, id) -> out.put(Messages.get(key), id));
        return out;
    }
}
