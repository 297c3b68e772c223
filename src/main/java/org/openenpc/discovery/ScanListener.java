package org.openenpc.discovery;

import java.util.Set;

import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.snmp.SnmpReadResult;

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

    /**
     * An SNMP status read of the device at {@code ip} finished (only when the scope has SNMP); an
     * answered read has already been merged and reported through {@link #deviceChanged} or
     * {@link #deviceAdded}. {@code printer} is the device as now known, or null if it is not in the
     * registry (a silent device found by neither protocol).
     */
    default void snmpRead(String ip, Printer printer, SnmpReadResult result) {
    }

    /**
     * An IPP read of the device at {@code ip} finished (only when the scope has IPP); an answered read has already
     * been merged and reported. {@code printer} is the device as now known, or null when no protocol found one there.
     */
    default void ippRead(String ip, Printer printer, org.openenpc.ipp.IppReadResult result) {
    }

    /** Counters, at most every 100 ms and once at the end. */
    default void progress(ScanProgress progress) {
    }

    /** The scan ended (done, cancelled or failed). Called exactly once, last. */
    default void finished(ScanSummary summary) {
    }
}
