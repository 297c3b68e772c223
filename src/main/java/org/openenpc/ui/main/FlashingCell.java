package org.openenpc.ui.main;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;

/**
 * A table cell that shows the {@code :changed} pseudo-class while its row's {@link PrinterRow#flashProperty()}
 * names the cell's column (a refresh changed the value: highlighted for about two seconds). It
 * listens to one row at a time, moving the listener when the cell is reused for another row; the
 * pseudo-class is touched only when the highlight state really changes. FX thread only.
 */
class FlashingCell<T> extends TableCell<PrinterRow, T> {

    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private final InvalidationListener onFlash = o -> showFlash();
    private PrinterRow watched;
    private boolean flashing;

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        watch(empty ? null : rowAt(getIndex()));
        if (empty || item == null) {
            clear();
        } else {
            show(item);
        }
    }

    /** Shows nothing (an empty row, a null value); cells with a kept graphic hide it instead. */
    protected void clear() {
        setText(null);
        setGraphic(null);
    }

    /**
     * Shows or hides {@code graphic}, which stays the cell's graphic either way: a node that leaves the scene and
     * comes back has its whole style matched again (a full CSS selector match for it and every child), which made
     * the first rows of a scan, and every row that scrolls between "no supplies" and "supplies", cost a layout pass
     * of tens of milliseconds. Hidden, it is unmanaged too, so the label lays out as if it had none.
     */
    protected final void keepGraphic(javafx.scene.Node graphic, boolean shown) {
        if (getGraphic() != graphic) {
            setGraphic(graphic);
        }
        if (graphic.isVisible() != shown || graphic.isManaged() != shown) {
            graphic.setVisible(shown);
            graphic.setManaged(shown);
        }
    }

    /** Shows a non-null item; text cells set the text. */
    protected void show(T item) {
        setText(item.toString());
    }

    private PrinterRow rowAt(int index) {
        var items = getTableView() == null ? null : getTableView().getItems();
        return items == null || index < 0 || index >= items.size() ? null : items.get(index);
    }

    private void watch(PrinterRow row) {
        if (row != watched) {
            if (watched != null) {
                watched.flashProperty().removeListener(onFlash);
            }
            watched = row;
            if (row != null) {
                row.flashProperty().addListener(onFlash);
            }
        }
        showFlash();
    }

    private void showFlash() {
        boolean on = watched != null && getTableColumn() != null
                && watched.flashProperty().get().contains(getTableColumn().getId());
        if (on != flashing) {
            flashing = on;
            pseudoClassStateChanged(CHANGED, on);
        }
    }
}
