package org.openenpc.model;

import java.util.List;
import java.util.Set;

/**
 * The outcome of one {@link DeviceRegistry} update: the device after the merge, whether it is new,
 * and which fields changed (empty when the reply told nothing new). {@code absorbed} is an entry
 * that listeners must drop: a MAC-less entry that turned out to be this device, or the device that
 * answered at this address before another one took it (null almost always). {@code flagged} are
 * other devices whose duplicate-MAC flag changed with this update (empty almost always).
 */
public record RegistryChange(Printer printer, boolean added, Set<PrinterField> changed, Printer absorbed,
                             List<Printer> flagged) {
    public RegistryChange {
        // Wrapped, not copied: DeviceRegistry makes a fresh EnumSet per upsert; copy only foreign sets.
        changed = changed instanceof java.util.EnumSet<PrinterField> e
                ? java.util.Collections.unmodifiableSet(e.clone()) : Set.copyOf(changed);
        flagged = flagged.isEmpty() ? List.of() : List.copyOf(flagged);
    }

    public RegistryChange(Printer printer, boolean added, Set<PrinterField> changed, Printer absorbed) {
        this(printer, added, changed, absorbed, List.of());
    }

    /**
     * True when the device is new, absorbed another entry (which listeners must drop), or anything
     * other than its last-seen time changed.
     */
    public boolean isNews() {
        if (added || absorbed != null || !flagged.isEmpty()) {
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
