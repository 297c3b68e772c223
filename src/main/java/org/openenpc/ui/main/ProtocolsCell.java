package org.openenpc.ui.main;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import org.openenpc.model.Printer;

/**
 * The table's Protocols column: a small badge for each protocol the printer answered (ENPC, SNMP, IPP, mDNS, in
 * {@link Printer#PROTOCOLS} order). Each cell owns one label per protocol, built once; an update only shows or hides
 * them, and only when the row's text changed; the badges stay the cell's graphic, hidden when there are none (the row shares one string per combination). FX thread only.
 */
final class ProtocolsCell extends FlashingCell<String> {

    private final HBox box = new HBox(3);
    private final Label[] badges = new Label[Printer.PROTOCOLS.size()];
    private String shown;

    ProtocolsCell() {
        box.getStyleClass().add("protocol-badges");
        for (int i = 0; i < badges.length; i++) {
            String name = Printer.PROTOCOLS.get(i);
            Label b = new Label(name);
            b.getStyleClass().addAll("protocol-badge", "protocol-" + name.toLowerCase(java.util.Locale.ROOT));
            b.setVisible(false);
            b.setManaged(false);
            badges[i] = b;
        }
        box.getChildren().addAll(badges);
    }

    @Override
    protected void show(String protocols) {
        if (!protocols.equals(shown)) {
            shown = protocols;
            String padded = " " + protocols + " ";
            for (int i = 0; i < badges.length; i++) {
                boolean on = padded.contains(" " + Printer.PROTOCOLS.get(i) + " ");
                badges[i].setVisible(on);
                badges[i].setManaged(on);
            }
        }
        setText(null);
        keepGraphic(box, !protocols.isEmpty());
    }

    @Override
    protected void clear() {
        setText(null);
        keepGraphic(box, false);
    }
}
