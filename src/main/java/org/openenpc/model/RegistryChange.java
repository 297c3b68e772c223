package org.openenpc.model;

import java.util.Set;

/**
 * The outcome of one {@link DeviceRegistry#upsert}: the device after the merge, whether it is new,
 * and which fields changed (empty when the reply told nothing new). {@code absorbed} is a MAC-less
 * entry that turned out to be this device and was merged into it (null almost always).
 */
public record RegistryChange(Printer printer, boolean added, Set<PrinterField> changed, Printer absorbed) {
    public RegistryChange {
        // Wrapped, not copied: DeviceRegistry makes a fresh EnumSet per upsert; copy only foreign sets.
        changed = changed instanceof java.util.EnumSet<PrinterField> e
                ? java.util.Collections.unmodifiableSet(e.clone()) : Set.copyOf(changed);
    }

    /**
     * True when the device is new, absorbed another entry (which listeners must drop), or anything
     * other than its last-seen time changed.
     */
    public boolean isNews() {
        if (added || absorbed != null) {
            return true;
        }
        for (PrinterField f : changed) { // per reply on the scan thread: no stream
            if (f != PrinterField.LAST_SEEN) {
                return true;
            }
        }
        return false;
    }
}
