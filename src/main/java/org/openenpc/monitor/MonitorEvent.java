package org.openenpc.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;

/**
 * One change a {@link PrinterMonitor} round found, typed by what happened. Immutable; any thread.
 * {@link #at()} is when the round that found it ended; {@link #printer()} is the device as now known
 * (for {@link Offline}: as last seen).
 */
public sealed interface MonitorEvent {

    Instant at();

    Printer printer();

    /** A device the monitor did not know answered. */
    record Found(Instant at, Printer printer) implements MonitorEvent {
    }

    /**
     * A known device told something new.
     *
     * @param before   the device as the monitor knew it before this round
     * @param fields   the registry's changed-field set over the round (every reply and read merged), as
     *                 it computed it; may name fields whose shown value ended up the same (an SNMP view
     *                 read again), which {@code items} then leaves out
     * @param items    the values that differ, one per status, SNMP answering, printer status, error
     *                 list and supply level
     * @param problems what became worse: a new error condition, a supply that fell to the low threshold
     */
    record Changed(Instant at, Printer before, Printer printer, Set<PrinterField> fields, List<ItemChange> items,
                   List<Problem> problems) implements MonitorEvent {
        public Changed {
            fields = fields.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(fields));
            items = List.copyOf(items);
            problems = List.copyOf(problems);
        }
    }

    /** A known device (same MAC) now answers at another address; its history goes with it. */
    record Moved(Instant at, Printer printer, String fromIp) implements MonitorEvent {
    }

    /** A known device did not answer a round that asked it; it is kept, never dropped. */
    record Offline(Instant at, Printer printer) implements MonitorEvent {
        /** Its last reply. */
        public Instant since() {
            return printer.lastSeen();
        }
    }

    /** A device that was offline answered again. {@code offlineSince} is its last reply before it went away. */
    record Online(Instant at, Printer printer, Instant offlineSince) implements MonitorEvent {
    }
}
