package org.openenpc.sim;

import org.openenpc.snmp.PrinterOids;

/** OIDs of prtMarkerSuppliesTable cells of device 1, for tests. */
final class PrinterSupplies {
    private PrinterSupplies() {
    }

    static String column(int column, int index) {
        return PrinterOids.PRT_SUPPLIES_ENTRY + "." + column + ".1." + index;
    }

    static String level(int index) {
        return column(PrinterOids.SUPPLIES_LEVEL, index);
    }

    static String max(int index) {
        return column(PrinterOids.SUPPLIES_MAX_CAPACITY, index);
    }

    static String description(int index) {
        return column(PrinterOids.SUPPLIES_DESCRIPTION, index);
    }
}
