package org.openenpc.ui.main;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import org.openenpc.model.Supply;
import org.openenpc.ui.SupplyColours;

/**
 * The table's compact supplies: one thin vertical bar per supply, filled to its level in its colour
 * (striped grey when the level is unknown). Each cell owns a fixed set of {@value #MAX} bar nodes,
 * built once; an update only resizes fills and flips pseudo-classes, and only when the row's supply
 * list really changed (the row replaces the list only then). FX thread only.
 */
final class SuppliesCell extends FlashingCell<List<Supply>> {

    static final int MAX = 10;
    static final double BAR_W = 6;
    static final double BAR_H = 14;
    private final HBox box = new HBox(2);
    private final Pane[] tracks = new Pane[MAX];
    private final Region[] fills = new Region[MAX];
    private final PseudoClass[] colours = new PseudoClass[MAX];
    private List<Supply> shown;

    SuppliesCell() {
        box.getStyleClass().add("mini-supplies");
        for (int i = 0; i < MAX; i++) {
            Region fill = new Region();
            fill.getStyleClass().add("mini-fill");
            Pane track = new Pane(fill);
            track.getStyleClass().add("mini-track");
            track.setMinSize(BAR_W, BAR_H);
            track.setPrefSize(BAR_W, BAR_H);
            track.setMaxSize(BAR_W, BAR_H);
            track.setVisible(false);
            track.setManaged(false);
            tracks[i] = track;
            fills[i] = fill;
        }
        box.getChildren().addAll(tracks);
        box.setMaxHeight(BAR_H);
    }

    @Override
    protected void show(List<Supply> supplies) {
        if (supplies != shown) {
            shown = supplies;
            for (int i = 0; i < MAX; i++) {
                bar(i, i < supplies.size() ? supplies.get(i) : null);
            }
        }
        setText(null);
        keepGraphic(box, !supplies.isEmpty());
    }

    @Override
    protected void clear() {
        setText(null);
        keepGraphic(box, false);
    }

    private void bar(int i, Supply s) {
        Pane track = tracks[i];
        boolean visible = s != null;
        if (track.isVisible() != visible) {
            track.setVisible(visible);
            track.setManaged(visible);
        }
        if (s == null) {
            return;
        }
        PseudoClass colour = SupplyColours.of(s.colour());
        if (colour != colours[i]) {
            if (colours[i] != null) {
                fills[i].pseudoClassStateChanged(colours[i], false);
            }
            fills[i].pseudoClassStateChanged(colour, true);
            colours[i] = colour;
        }
        boolean unknown = s.percent() == null;
        track.pseudoClassStateChanged(SupplyColours.UNKNOWN, unknown);
        double h = unknown ? 0 : Math.max(1, BAR_H * Math.min(100, Math.max(0, s.percent())) / 100.0);
        Region fill = fills[i];
        fill.setPrefSize(BAR_W, h);
        fill.setLayoutY(BAR_H - h);
        fill.setVisible(!unknown);
    }

    /** Lowest known level first; printers without SNMP supplies last. */
    static int order(List<Supply> a, List<Supply> b) {
        return Integer.compare(lowest(a), lowest(b));
    }

    private static int lowest(List<Supply> supplies) {
        int min = Integer.MAX_VALUE;
        for (Supply s : supplies) {
            if (s.percent() != null && s.percent() < min) {
                min = s.percent();
            } else if (s.percent() == null && min == Integer.MAX_VALUE) {
                min = 101; // unknown levels after every known one
            }
        }
        return min;
    }
}
