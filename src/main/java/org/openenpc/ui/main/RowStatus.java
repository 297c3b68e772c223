package org.openenpc.ui.main;

import java.time.Instant;
import java.util.Comparator;

import org.openenpc.model.PrinterStatus;

/**
 * What the status column shows: the level, and since when the printer has not answered (null while it
 * answers). Sorted worst first: offline, then error, warning, OK, unknown. Immutable.
 */
public record RowStatus(PrinterStatus.Level level, Instant offlineSince) {

    static final Comparator<RowStatus> WORST_FIRST = Comparator
            .comparing((RowStatus s) -> s.offlineSince() == null)
            .thenComparing(RowStatus::level);

    public boolean offline() {
        return offlineSince != null;
    }
}
