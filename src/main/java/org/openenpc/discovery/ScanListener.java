package org.openenpc.discovery;

import java.util.Set;

import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;

/**
 * Events out of a running scan. All methods are called on the scan's own thread, in order; they
 * must return quickly (hand work to another thread, e.g. the UI's batcher).
 */
public interface ScanListener {

    /** A device answered for the first time. */
    default void deviceAdded(Printer printer) {
    }

    /** A known device told something new; {@code changed} names what. */
    default void deviceChanged(Printer printer, Set<PrinterField> changed) {
    }

    /** A MAC-less entry turned out to be another known device and was merged into it. */
    default void deviceRemoved(Printer printer) {
    }

    /** Counters, at most every 100 ms and once at the end. */
    default void progress(ScanProgress progress) {
    }

    /** The scan ended (done, cancelled or failed). Called exactly once, last. */
    default void finished(ScanSummary summary) {
    }
}
