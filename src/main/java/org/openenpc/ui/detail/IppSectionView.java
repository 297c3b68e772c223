package org.openenpc.ui.detail;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The detail pane's IPP section: its heading, the conditions as status lines, the facts as selectable rows, and
 * every attribute as received in a collapsed pane (long, and wanted mostly by whoever debugs a printer). Takes no
 * space while the printer has not answered IPP. FX thread only.
 */
final class IppSectionView extends VBox {

    IppSectionView(DetailViewModel model) {
        super(4);
        setId("ippSection");
        Label heading = new Label(DetailViewModel.heading("ipp"));
        heading.getStyleClass().add(DetailStyles.SECTION);
        IdentityGrid facts = new IdentityGrid(model.getIppRows());
        facts.setId("ippRows");
        getChildren().addAll(heading, new StatusLinesView(model.getIppLines(), "ippLines"), facts, raw(model));
        visibleProperty().bind(model.ippShownProperty());
        managedProperty().bind(visibleProperty());
    }

    private static TitledPane raw(DetailViewModel model) {
        TextArea text = new TextArea();
        text.setId("ippRawText");
        text.setEditable(false);
        text.setWrapText(false); // one attribute per line, as received
        text.setPrefRowCount(12);
        text.getStyleClass().add(DetailStyles.RAW);
        text.textProperty().bind(model.ippRawTextProperty());
        TitledPane pane = new TitledPane();
        pane.setId("ippRaw");
        pane.textProperty().bind(model.ippRawTitleProperty());
        pane.setContent(text);
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }
}
