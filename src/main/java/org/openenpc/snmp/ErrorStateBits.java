package org.openenpc.snmp;

import java.util.ArrayList;
import java.util.List;

import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpCondition.Severity;

/**
 * Decodes hrPrinterDetectedErrorState (RFC 2790, HOST-RESOURCES-MIB): an OCTET STRING bit map whose
 * bit 0 is the most significant bit of the first octet (0x80), bit 7 its least significant, bit 8 the
 * most significant of the second octet, and so on. The names and numbers below are the RFC's:
 * lowPaper 0, noPaper 1, lowToner 2, noToner 3, doorOpen 4, jammed 5, offline 6, serviceRequested 7,
 * inputTrayMissing 8, outputTrayMissing 9, markerSupplyMissing 10, outputNearFull 11, outputFull 12,
 * inputTrayEmpty 13, overduePreventMaint 14 (bits 8–14 are new in RFC 2790; RFC 1514 had one octet).
 * Pure; any thread.
 */
public final class ErrorStateBits {

    static final String SOURCE = "hrPrinterDetectedErrorState";

    private static final String[][] BITS = {
        {"paper-low", "Paper low", "W"},
        {"paper-out", "Paper out", "E"},
        // "Toner" in the RFC; inkjets report their ink through the same bits.
        {"toner-low", "Toner or ink low", "W"},
        {"toner-out", "Toner or ink out", "E"},
        {"door-open", "Door open", "E"},
        {"paper-jam", "Paper jam", "E"},
        {"offline", "Offline", "E"},
        {"service-requested", "Service requested", "E"},
        {"input-missing", "Input tray missing", "E"},
        {"hr-bit-9", "Output tray missing", "E"},
        {"hr-bit-10", "Marker supply missing", "E"},
        {"hr-bit-11", "Output tray nearly full", "W"},
        {"output-full", "Output tray full", "E"},
        {"paper-out", "Input tray empty", "E"},
        {"hr-bit-14", "Preventive maintenance overdue", "W"},
    };

    private ErrorStateBits() {
    }

    /** The conditions the set bits stand for, in bit order; bits past 14 become "hr-bit-N" warnings. */
    public static List<SnmpCondition> conditions(byte[] map) {
        List<SnmpCondition> out = new ArrayList<>();
        if (map == null) {
            return out;
        }
        for (int bit = 0; bit < map.length * 8; bit++) {
            if (!isSet(map, bit)) {
                continue;
            }
            if (bit < BITS.length) {
                String[] b = BITS[bit];
                out.add(new SnmpCondition(b[0], b[1], "E".equals(b[2]) ? Severity.ERROR : Severity.WARNING, SOURCE));
            } else {
                out.add(new SnmpCondition("hr-bit-" + bit, "Unknown error bit " + bit, Severity.WARNING, SOURCE));
            }
        }
        return out;
    }

    /** True when {@code bit} is set, counting from the most significant bit of the first octet. */
    static boolean isSet(byte[] map, int bit) {
        return (map[bit / 8] & (0x80 >>> (bit % 8))) != 0;
    }
}
