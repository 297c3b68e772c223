package org.openenpc.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.openenpc.ui.Messages;

/**
 * One printer-table column as the user left it; a list of these in display order restores the
 * column order, widths and visibility. Immutable; any thread.
 *
 * @param id      the column's stable id (not its translated header)
 * @param width   width in pixels, positive
 * @param visible whether the column is shown
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ColumnState(String id, double width, boolean visible) {

    /** @throws IllegalArgumentException if the id is blank or the width not positive */
    public ColumnState {
        if (id == null || id.isBlank() || !Double.isFinite(width) || width <= 0) {
            throw new IllegalArgumentException(Messages.format("settings.invalid.column",
                    String.valueOf(id), String.valueOf(width)));
        }
    }
}
