package org.openenpc.ui.main;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.MenuItem;

import org.openenpc.export.ExportFormat;
import org.openenpc.model.Printer;

/**
 * What the main window asks of the rest of the app (the composition root implements it), so
 * the controller stays a thin binder. FX thread only.
 */
public interface MainActions {

    /** The detail view placed next to the table. */
    Node detailNode();

    /** Shows a device in the detail view (null: nothing selected). */
    void showDetail(Printer printer);

    /** Asks where to export, then writes in the background; {@code printers} is a snapshot. */
    void export(List<Printer> printers, ExportFormat format);

    /** Puts text on the clipboard. */
    void copy(String text);

    /** Opens the scan settings; {@code focusRanges} puts the cursor in the unicast ranges field. */
    void openSettings(boolean focusRanges);

    /** The scope picker's entries (interfaces with their broadcasts, custom ranges). */
    List<MenuItem> scopeItems();

    /** "system", "light" or "dark". */
    String theme();

    void setTheme(String theme);

    /** Whether CSV exports start with a byte-order mark (for Excel). */
    boolean csvBom();

    void setCsvBom(boolean bom);

    void quit();

    /** File › Import names and notes: a CSV file, previewed, then written into the inventory. */
    default void importUserFields() {
    }
}
