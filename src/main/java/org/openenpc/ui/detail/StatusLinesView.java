package org.openenpc.ui.detail;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The status section ({@code #statusLines}): one line per {@link StatusLine}, a dot coloured by
 * severity, the text, and the hint underneath in smaller, dimmer type. Rebuilt when the lines
 * change, which {@link DetailViewModel} does only when they really differ. FX thread only.
 */
final class StatusLinesView extends VBox {

    StatusLinesView(ObservableList<StatusLine> lines) {
        this(lines, "statusLines");
    }

    StatusLinesView(ObservableList<StatusLine> lines, String id) {
        super(4);
        setId(id);
        lines.addListener((ListChangeListener<StatusLine>) c -> rebuild(lines));
        rebuild(lines);
    }

    private void rebuild(ObservableList<StatusLine> lines) {
        getChildren().clear();
        for (StatusLine l : lines) {
            getChildren().add(line(l));
        }
    }

    private static Node line(StatusLine l) {
        Region dot = new Region();
        dot.getStyleClass().addAll(DetailStyles.DOT, DetailStyles.of(l.severity()));
        Label text = new Label(l.text());
        text.getStyleClass().add(DetailStyles.LINE_TEXT);
        text.setWrapText(true);
        VBox words = new VBox(1, text);
        if (!l.hint().isEmpty()) {
            Label hint = new Label(l.hint());
            hint.getStyleClass().add(DetailStyles.LINE_HINT);
            hint.setWrapText(true);
            words.getChildren().add(hint);
        }
        HBox row = new HBox(8, dot, words);
        // The dot lines up with the first line of text, not the middle of text and hint.
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("status-line");
        return row;
    }
}
