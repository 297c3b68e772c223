package org.openenpc.inventory;

import java.time.Instant;
import java.util.List;

/**
 * What changed between two recorded scans: devices new in the later one, gone from it, heard at another
 * address, and changes of status or supplies between the two. Immutable.
 *
 * @param older the earlier scan, null when the diff starts from an empty inventory
 * @param newer the later scan, null when nothing was recorded yet
 */
public record InventoryDiff(ScanInfo older, ScanInfo newer, List<KnownDevice> added, List<KnownDevice> gone,
                            List<Move> moved, List<Change> changed) {

    public InventoryDiff {
        added = List.copyOf(added);
        gone = List.copyOf(gone);
        moved = List.copyOf(moved);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && gone.isEmpty() && moved.isEmpty() && changed.isEmpty();
    }

    /** A device heard at another address in the later scan than in the earlier one. */
    public record Move(KnownDevice device, String from, String to) {
    }

    /** What kind of change. */
    public enum What {
        /** Its status or conditions changed. */
        STATUS,
        /** A supply's level rose sharply: refilled or replaced. */
        SUPPLY_REPLACED
    }

    /**
     * One change of a device present in both scans.
     *
     * @param text what it became, in words (e.g. "error: paper jam", or "Black ink: 4 % → 100 %")
     */
    public record Change(KnownDevice device, Instant at, What what, String text) {
    }
}
