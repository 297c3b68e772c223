package org.openenpc.ui.main;

import java.time.Instant;
import java.util.Comparator;

import org.openenpc.model.PrinterStatus;

/**
 * What the status column shows: the level, and since when the printer has not answered (null while it
 * answers); {@code remembered} when the printer is only known from the inventory (not seen by a scan
 * of this session). Sorted worst first: offline, then error, warning, OK, unknown. Immutable.
 */
public record RowStatus(PrinterStatus.Level level, Instant offlineSince, boolean remembered) {

    public RowStatus(PrinterStatus.Level level, Instant offlineSince) {
        this(level, offlineSince, false);
    }

    static final Comparator<RowStatus> WORST_FIRST = Comparator
            .comparing((RowStatus s) -> s.offlineSince() == null)
            .thenComparing(RowStatus::level);

    public boolean offline() {
        return offlineSince != null;
    }
}
