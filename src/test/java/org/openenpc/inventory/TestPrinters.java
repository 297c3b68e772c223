package org.openenpc.inventory;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;

/** Printers and scans for the inventory tests. */
final class TestPrinters {

    static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    private TestPrinters() {
    }

    static Printer printer(String ip, String mac, String model, Instant at) {
        return new Printer(ip, mac == null ? null : MacAddress.parse(mac), model, "UB-E03", "",
                Printer.IpSettings.NONE, PrinterStatus.UNKNOWN, "", new TreeSet<>(List.of("ENPC broadcast")),
                new TreeSet<>(List.of("Q 03-0000")), new TreeMap<>(), at, at, null);
    }

    /** {@code p} read over SNMP with one black ink at {@code black} %, a page count and optional condition. */
    static Printer withSnmp(Printer p, Integer black, long pages, String condition) {
        List<SnmpCondition> conditions = condition == null ? List.of()
                : List.of(new SnmpCondition(condition.toLowerCase().replace(' ', '-'), condition,
                        SnmpCondition.Severity.ERROR, "ST2"));
        SnmpView v = new SnmpView("EPSON", "", "", "", "ET-2850", "running", "idle", "X8RV0001", pages, conditions,
                List.of(new Supply("Black Ink", "black", Supply.Kind.COLORANT, black, "ok", "ST2"),
                        new Supply("Maintenance box", "", Supply.Kind.WASTE, 20, "ok", "ST2")), "", p.lastSeen(), null);
        return p.withSnmp(v);
    }

    /** A printer found only over IPP (no MAC): its make and model, state and one toner, with this printer-uuid. */
    static Printer ippOnly(String ip, String uuid, Integer toner, Instant at) {
        org.openenpc.model.IppView v = new org.openenpc.model.IppView("ipp://" + ip + ":631/ipp/print",
                "Office Laser 4000", "laser", "", "", uuid, "idle", List.of(), "", List.of(),
                List.of(new Supply("Black Toner", "black", Supply.Kind.COLORANT, toner, "ok",
                        org.openenpc.model.IppView.SOURCE)), "", "http://" + ip + "/", List.of(), "", 5000L, List.of(),
                at, null);
        return new Printer(ip, null, "Office Laser 4000", "", "", Printer.IpSettings.NONE, PrinterStatus.UNKNOWN, "",
                new TreeSet<>(List.of("IPP")), new TreeSet<>(), new TreeMap<>(), at, at, null, List.of(), false, v,
                List.of());
    }

    static ScanRecord scan(Instant at, boolean complete, Printer... answered) {
        return new ScanRecord(at, at.plusSeconds(2), "127.0.0.0/24 (256 addresses), port 3289", "SCAN", complete,
                ip -> ip.startsWith("127."), List.of(answered));
    }
}
