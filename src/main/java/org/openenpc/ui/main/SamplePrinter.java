package org.openenpc.ui.main;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;

/**
 * A made-up printer with something in every column of the table (model, card, address, status, supplies,
 * protocol badges), for the rows {@link PrinterTable#buildRowCells} lays out and draws once before the first
 * scan. Never shown, never stored.
 */
final class SamplePrinter {

    private static final List<Supply> SUPPLIES = List.of(
            new Supply("Black", "black", Supply.Kind.COLORANT, 80, "", "sample"),
            new Supply("Cyan", "cyan", Supply.Kind.COLORANT, 40, "", "sample"),
            new Supply("Magenta", "magenta", Supply.Kind.COLORANT, 20, "", "sample"),
            new Supply("Yellow", "yellow", Supply.Kind.COLORANT, null, "", "sample"));

    private SamplePrinter() {
    }

    /** Sample {@code i}: address 0.0.0.i (mod 256), ENPC and SNMP answered, four supplies. */
    static Printer numbered(int i) {
        Instant at = Instant.EPOCH;
        SnmpView snmp = new SnmpView("Sample", "sample", "", "", "Sample", "", "", "", null, List.of(), SUPPLIES, "",
                at, null, Map.of());
        return new Printer("0.0.0." + (i & 0xff), null, "Sample Model-" + i, "Sample Card", "", Printer.IpSettings.NONE,
                PrinterStatus.UNKNOWN, "", new TreeSet<>(List.of("ENPC")), new TreeSet<>(),
                new TreeMap<>(), at, at, snmp);
    }
}
