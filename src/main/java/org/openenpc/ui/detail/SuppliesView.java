package org.openenpc.ui.detail;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.openenpc.ui.SupplyColours;

/**
 * The supplies section ({@code #supplies}): per supply its name, a bar in the supply's colour, the
 * level in words and, small and dimmed at the end of the row, the source the level came from ("ST2"
 * or "Printer-MIB", with a sentence in its tooltip). An unknown level is a striped grey bar with
 * "Level unknown", never an empty or full one. Rebuilt when the list changes, which the view model
 * does only when it differs. FX thread only.
 */
final class SuppliesView extends VBox {

    static final String ROW = "supply-row";
    static final String BAR = "supply-bar";
    static final String NAME = "supply-name";
    static final String LEVEL = "supply-level";
    static final String SOURCE = "supply-source";
    /** Wide enough for "Printer-MIB" in the default font, so the bars of ST2 and MIB rows line up. */
    static final double SOURCE_WIDTH = 72;

    SuppliesView(ObservableList<SupplyLevel> supplies) {
        super(3);
        setId("supplies");
        supplies.addListener((ListChangeListener<SupplyLevel>) c -> rebuild(supplies));
        rebuild(supplies);
    }

    private void rebuild(ObservableList<SupplyLevel> supplies) {
        getChildren().clear();
        for (SupplyLevel s : supplies) {
            getChildren().add(row(s));
        }
    }

    private static Node row(SupplyLevel s) {
        Label name = new Label(s.name());
        name.getStyleClass().add(NAME);
        name.setMinWidth(130);
        name.setPrefWidth(130);
        ProgressBar bar = new ProgressBar(s.percent() == null ? 0 : s.percent() / 100.0);
        bar.getStyleClass().add(BAR);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.pseudoClassStateChanged(SupplyColours.of(s.colour()), true);
        bar.pseudoClassStateChanged(SupplyColours.UNKNOWN, s.percent() == null);
        bar.pseudoClassStateChanged(SupplyColours.LOW, s.low());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label level = new Label(s.text());
        level.getStyleClass().add(LEVEL);
        level.pseudoClassStateChanged(SupplyColours.LOW, s.low());
        level.setMinWidth(Label.USE_PREF_SIZE);
        Label source = new Label(s.source());
        source.getStyleClass().add(SOURCE);
        source.setMinWidth(SOURCE_WIDTH);
        source.setPrefWidth(SOURCE_WIDTH);
        if (!s.sourceHint().isEmpty()) {
            source.setTooltip(new Tooltip(s.sourceHint()));
        }
        HBox row = new HBox(8, name, bar, level, source);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(ROW);
        return row;
    }
}
