package org.openenpc.discovery;

import java.time.Duration;
import java.util.List;

import org.openenpc.model.Printer;

/**
 * How a scan ended.
 *
 * @param printers  every device found, ordered by IP
 * @param progress  the final counters
 * @param rounds    discovery rounds sent
 * @param cancelled true when {@link Scan#cancel()} stopped it
 * @param error     why the scan could not run (e.g. the socket could not be opened), "" if it ran
 * @param warnings  problems it survived, e.g. a broadcast address that could not be reached
 * @param deadlineReached true when the scan stopped at its hard deadline with work left ({@link ScanBudget})
 */
public record ScanSummary(List<Printer> printers, ScanProgress progress, int rounds, boolean cancelled,
                          String error, List<String> warnings, boolean deadlineReached) {

    public ScanSummary {
        printers = List.copyOf(printers);
        warnings = List.copyOf(warnings);
    }

    public ScanSummary(List<Printer> printers, ScanProgress progress, int rounds, boolean cancelled,
                       String error, List<String> warnings) {
        this(printers, progress, rounds, cancelled, error, warnings, false);
    }

    public boolean failed() {
        return !error.isEmpty();
    }

    public Duration elapsed() {
        return progress.elapsed();
    }
}
