package org.openenpc.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openenpc.protocol.Hex;
import org.openenpc.snmp.PrinterOids;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * Builds the {@link MibView} of one simulated printer from its identity and a {@link SimState}:
 * the system group, the Host Resources device and printer status (see {@link HrStatus}), the
 * Printer MIB general serial, marker life count, supplies, colorants and alerts (see
 * {@link AlertTable}), and the "@BDC ST2" value on both of its OIDs (see {@link St2Block}). Every
 * table uses device index 1 (hrDeviceIndex), as PROTOCOL.md §4 gives the instances. Pure; any thread.
 *
 * <p>SYNTHETIC identity: sysContact and the serial numbers of simulated printers say so ("SIM...");
 * only the ET-2850 profile reports the serial of its capture. sysObjectID is Epson's enterprise
 * arc 1.3.6.1.4.1.1248 (GUESS: the model-specific suffix is not public).
 *
 * <p>Objects in the spec's {@link PrinterSpec#snmpObjects()} replace or add to all of these, so tests
 * can serve any bytes (escape sequences, invalid UTF-8) through a real agent.
 */
final class PrinterMib {

    static final String SYS_CONTACT = "SYNTHETIC: OpenENPC simulated printer";
    static final String EPSON_ENTERPRISE = "1.3.6.1.4.1.1248";
    /** prtAlertGroupIndex column (RFC 3805 prtAlertEntry 5). */
    static final int ALERT_GROUP_INDEX = 5;
    private static final String DEVICE = ".1";

    private PrinterMib() {
    }

    /** The view of {@code p} in state {@code s}; {@code st2Unreported}: supply indexes whose ST2 level is hidden. */
    static MibView build(SimulatedPrinter p, SimState s, Set<Integer> st2Unreported) {
        SnmpProfile profile = p.profile().snmp();
        if (!profile.answers()) {
            return MibView.EMPTY;
        }
        MibView.Builder b = new MibView.Builder();
        system(b, p);
        b.put(PrinterOids.HR_DEVICE_DESCR, text("EPSON " + p.model()));
        b.put(PrinterOids.HR_DEVICE_STATUS, new Integer32(HrStatus.deviceStatus(s, profile)));
        b.put(PrinterOids.HR_PRINTER_STATUS, new Integer32(HrStatus.printerStatus(s, profile)));
        b.put(PrinterOids.HR_PRINTER_ERROR_STATE, new OctetString(HrStatus.errorState(s, profile)));
        b.put(PrinterOids.PRT_GENERAL_SERIAL, text(serial(p)));
        b.put(PrinterOids.PRT_MARKER_LIFE_COUNT, new Counter32(s.pages()));
        supplies(b, profile, s);
        alerts(b, AlertTable.rows(s, profile));
        byte[] st2 = switch (profile.st2()) {
            case NONE -> null;
            case CAPTURED -> St2Block.captured(s);
            case SYNTHETIC -> St2Block.synthetic(s, profile, serial(p), st2Unreported);
        };
        if (st2 != null) {
            b.put(PrinterOids.EPSON_ST2, new OctetString(st2));
            b.put(PrinterOids.EPSON_CTRL_ST2, new OctetString(st2));
        }
        p.spec().snmpObjects().forEach(b::replace); // a test's hostile text wins over the profile's
        return b.build();
    }

    /** The serial number: the profile's fixed one, or "SIM" + the low three MAC bytes + 1 digit (10 characters). */
    static String serial(SimulatedPrinter p) {
        String fixed = p.profile().snmp().serial();
        if (fixed != null) {
            return fixed;
        }
        byte[] mac = p.mac();
        return "SIM" + Hex.of(mac, 3, 3).replace(" ", "").toUpperCase(Locale.ROOT) + "0";
    }

    private static void system(MibView.Builder b, SimulatedPrinter p) {
        String macTail = Hex.of(p.mac(), 3, 3).replace(" ", "").toUpperCase(Locale.ROOT);
        b.put(PrinterOids.SYS_DESCR, text("EPSON " + p.model() + " (simulated by OpenENPC)"));
        b.put(PrinterOids.SYS_OBJECT_ID, new OID(EPSON_ENTERPRISE));
        b.put(PrinterOids.SYS_CONTACT, text(SYS_CONTACT));
        b.put(PrinterOids.SYS_NAME, text("EPSON" + macTail));
        b.put(PrinterOids.SYS_LOCATION, text(location(p)));
    }

    /** sysLocation, and IPP's printer-location: "loopback 127.0.1.5". */
    static String location(SimulatedPrinter p) {
        return "loopback " + p.address();
    }

    private static void supplies(MibView.Builder b, SnmpProfile profile, SimState s) {
        List<String> colorants = new ArrayList<>();
        for (int i = 0; i < profile.supplies().size(); i++) {
            SupplySpec sp = profile.supplies().get(i);
            int index = i + 1;
            int colorant = 0;
            if (sp.colorant() != null) {
                colorants.add(sp.colorant());
                colorant = colorants.size();
                b.put(PrinterOids.PRT_COLORANT_VALUE + DEVICE + "." + colorant, text(sp.colorant()));
            }
            b.put(supply(PrinterOids.SUPPLIES_COLORANT_INDEX, index), new Integer32(colorant));
            b.put(supply(PrinterOids.SUPPLIES_CLASS, index), new Integer32(sp.supplyClass()));
            b.put(supply(PrinterOids.SUPPLIES_TYPE, index), new Integer32(sp.type()));
            b.put(supply(PrinterOids.SUPPLIES_DESCRIPTION, index), text(sp.description()));
            b.put(supply(PrinterOids.SUPPLIES_UNIT, index), new Integer32(SupplySpec.UNIT_IMPRESSIONS));
            boolean known = profile.levelsReported();
            b.put(supply(PrinterOids.SUPPLIES_MAX_CAPACITY, index),
                    new Integer32(known ? sp.maxCapacity() : SnmpProfile.UNKNOWN));
            b.put(supply(PrinterOids.SUPPLIES_LEVEL, index),
                    new Integer32(known ? mibLevel(sp, s.levels().get(i)) : SnmpProfile.UNKNOWN));
        }
    }

    /**
     * prtMarkerSuppliesLevel for a supply whose state holds {@code level}: a consumable's level as it
     * is; for a receptacle, whose state counts what it has taken in, the space remaining, which is
     * what RFC 3805 has the object report for a receptacle.
     */
    static int mibLevel(SupplySpec sp, int level) {
        return sp.consumed() ? level : Math.max(0, sp.maxCapacity() - level);
    }

    private static void alerts(MibView.Builder b, List<AlertTable.Alert> rows) {
        for (int i = 0; i < rows.size(); i++) {
            AlertTable.Alert a = rows.get(i);
            int index = i + 1;
            b.put(alert(PrinterOids.ALERT_SEVERITY, index), new Integer32(a.severity()));
            b.put(alert(PrinterOids.ALERT_GROUP, index), new Integer32(a.group()));
            b.put(alert(ALERT_GROUP_INDEX, index), new Integer32(a.groupIndex()));
            b.put(alert(PrinterOids.ALERT_LOCATION, index), new Integer32(a.location()));
            b.put(alert(PrinterOids.ALERT_CODE, index), new Integer32(a.code()));
            b.put(alert(PrinterOids.ALERT_DESCRIPTION, index), text(a.description()));
        }
    }

    static String supply(int column, int index) {
        return PrinterOids.PRT_SUPPLIES_ENTRY + "." + column + DEVICE + "." + index;
    }

    static String alert(int column, int index) {
        return PrinterOids.PRT_ALERT_ENTRY + "." + column + DEVICE + "." + index;
    }

    private static OctetString text(String s) {
        return new OctetString(s.getBytes(StandardCharsets.UTF_8));
    }
}
