package org.openenpc.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.RawReply;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;

/** Printers for the export tests, built directly (no registry, no network). */
final class Fixtures {

    static final Instant FIRST = Instant.parse("2026-11-27T10:00:00.123Z");
    static final Instant LAST = Instant.parse("2026-11-27T10:05:30Z");

    /** Paper near end, online. */
    static final PrinterStatus NEAR_END =
            new PrinterStatus(true, true, false, false, false, false, false, false, true, false, "14 00 03 0f");

    private Fixtures() {
    }

    /** A fully known printer. */
    static Printer printer(String ip, String mac, String model) {
        return new Printer(ip, mac == null ? null : MacAddress.parse(mac), model, "UB-E03", "UB-EEAE083ENSN",
                new Printer.IpSettings(ip, "255.255.255.0", "192.0.2.1", "0x01"), NEAR_END, "192.0.2.50",
                new TreeSet<>(List.of("ENPC broadcast", "ENPC unicast")),
                new TreeSet<>(List.of("Q 03-0000", "Q 03-0010")),
                new TreeMap<>(Map.of("Q 03-0000", new RawReply("Q 03-0000", "EPSON".getBytes(java.nio.charset.StandardCharsets.US_ASCII), FIRST))), FIRST, LAST, null);
    }

    /** A printer that only answered a broadcast: no MAC, nothing else known. */
    static Printer bare(String ip) {
        return Printer.seen(ip, FIRST);
    }

    /** {@code p} with another model name. */
    static Printer withModel(Printer p, String model) {
        return new Printer(p.ip(), p.mac(), model, p.cardName(), p.nicName(), p.ipSettings(), p.status(), p.holder(),
                p.sources(), p.answered(), p.replies(), p.firstSeen(), p.lastSeen(), p.snmp());
    }

    /** {@code p} with other card and NIC names. */
    static Printer withNames(Printer p, String card, String nic) {
        return new Printer(p.ip(), p.mac(), p.model(), card, nic, p.ipSettings(), p.status(), p.holder(),
                p.sources(), p.answered(), p.replies(), p.firstSeen(), p.lastSeen(), p.snmp());
    }

    /**
     * {@code p} read over SNMP: error state, three supplies (one of unknown level; {@code inkName}'s
     * level from the Printer-MIB, the others' from ST2).
     */
    static Printer withSnmp(Printer p, String inkName) {
        SnmpView v = new SnmpView("EPSON ET-2850", "et", "", "", "ET-2850 Series", "down", "error", "X8RV267409",
                1234L, List.of(new SnmpCondition("paper-jam", "Paper jam", SnmpCondition.Severity.ERROR, "ST2"),
                        new SnmpCondition("ink-low", "Ink low", SnmpCondition.Severity.WARNING, "ST2")),
                List.of(new Supply(inkName, "black", Supply.Kind.COLORANT, 40, "ok", "Printer-MIB"),
                        new Supply("Cyan Ink", "cyan", Supply.Kind.COLORANT, null, "level not reported", "ST2"),
                        new Supply("Maintenance box", "", Supply.Kind.WASTE, 90, "near full", "ST2")), "", LAST, null);
        TreeSet<String> sources = new TreeSet<>(p.sources());
        sources.add("SNMP");
        return new Printer(p.ip(), p.mac(), p.model(), p.cardName(), p.nicName(), p.ipSettings(), p.status(), p.holder(),
                sources, p.answered(), p.replies(), p.firstSeen(), p.lastSeen(), v);
    }

    static Printer withSerial(Printer p, String serial) {
        SnmpView v = p.snmp();
        return snmp(p, new SnmpView(v.sysDescr(), v.sysName(), v.location(), v.contact(), v.deviceDescr(),
                v.deviceStatus(), v.printerStatus(), serial, v.pageCount(), v.conditions(), v.supplies(), v.st2Hex(),
                v.readAt(), null));
    }

    static Printer withFirstError(Printer p, String text) {
        SnmpView v = p.snmp();
        return snmp(p, new SnmpView(v.sysDescr(), v.sysName(), v.location(), v.contact(), v.deviceDescr(),
                v.deviceStatus(), v.printerStatus(), v.serial(), v.pageCount(),
                List.of(new SnmpCondition("alert-9999", text, SnmpCondition.Severity.ERROR, "prtAlertTable")),
                v.supplies(), v.st2Hex(), v.readAt(), null));
    }

    /** {@code p}'s SNMP view, kept after SNMP stopped answering at {@code since}. */
    static Printer withSnmpSilentSince(Printer p, java.time.Instant since) {
        return snmp(p, p.snmp().silent(since));
    }

    private static Printer snmp(Printer p, SnmpView v) {
        return new Printer(p.ip(), p.mac(), p.model(), p.cardName(), p.nicName(), p.ipSettings(), p.status(), p.holder(),
                p.sources(), p.answered(), p.replies(), p.firstSeen(), p.lastSeen(), v);
    }

    static List<Printer> sample() {
        return List.of(printer("192.0.2.10", "00:26:AB:0C:0D:0E", "TM-T88V"), bare("192.0.2.11"));
    }
}
