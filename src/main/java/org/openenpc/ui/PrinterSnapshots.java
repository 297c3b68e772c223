package org.openenpc.ui;

import org.openenpc.model.Printer;
import org.openenpc.model.SnmpView;

/** Small helpers over the immutable {@link Printer} snapshot. Pure; any thread. */
public final class PrinterSnapshots {

    private PrinterSnapshots() {
    }

    /** {@code p} with its SNMP view replaced ({@code p} itself when it already has that view). */
    public static Printer withSnmp(Printer p, SnmpView v) {
        return p.withSnmp(v);
    }
}
