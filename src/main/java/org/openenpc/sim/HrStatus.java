package org.openenpc.sim;

import java.util.Set;

/**
 * The Host Resources MIB (RFC 2790) status of a simulated printer, derived from its state:
 * hrPrinterDetectedErrorState bits, hrDeviceStatus and hrPrinterStatus. Pure; any thread.
 *
 * <p>hrPrinterDetectedErrorState numbers its bits from the most significant bit of the first octet
 * (bit 0 = 0x80): lowPaper 0, noPaper 1, lowToner 2, noToner 3, doorOpen 4, jammed 5, offline 6,
 * serviceRequested 7, then inputTrayMissing 8 ... overduePreventMaint 14 in the second octet (unused
 * here but always sent, so the value has a fixed length of two octets). RFC 2790 pairs the two
 * status objects: a critical condition gives hrDeviceStatus down(5) with hrPrinterStatus other(1); a
 * warning gives warning(3) with idle(3); otherwise running(2) with idle(3).
 */
final class HrStatus {

    static final int LOW_PAPER = 0;
    static final int NO_PAPER = 1;
    static final int LOW_TONER = 2;
    static final int NO_TONER = 3;
    static final int DOOR_OPEN = 4;
    static final int JAMMED = 5;
    static final int OFFLINE = 6;
    static final int SERVICE_REQUESTED = 7;

    /** hrDeviceStatus values (RFC 2790). */
    static final int DEVICE_RUNNING = 2;
    static final int DEVICE_WARNING = 3;
    static final int DEVICE_DOWN = 5;
    /** hrPrinterStatus values (RFC 2790). */
    static final int PRINTER_OTHER = 1;
    static final int PRINTER_IDLE = 3;

    /** A consumable at or below this percentage (but not empty) is "low": a warning, not an error. */
    static final int LOW_PERCENT = 10;

    /** Critical bits: any of them means the printer is down. */
    private static final int CRITICAL_MASK = bit(NO_PAPER) | bit(NO_TONER) | bit(DOOR_OPEN) | bit(JAMMED)
            | bit(OFFLINE) | bit(SERVICE_REQUESTED);

    private HrStatus() {
    }

    /** The two-octet hrPrinterDetectedErrorState value. */
    static byte[] errorState(SimState s, SnmpProfile profile) {
        int bits = bits(s, profile);
        return new byte[] {(byte) bits, 0};
    }

    /** The first octet's bits (bit 0 = 0x80). */
    static int bits(SimState s, SnmpProfile profile) {
        Set<SimError> errors = s.errors();
        int b = 0;
        b |= s.status().paperNearEnd() && !s.status().paperEnd() ? bit(LOW_PAPER) : 0;
        b |= errors.contains(SimError.PAPER_OUT) ? bit(NO_PAPER) : 0;
        b |= lowSupply(s, profile) ? bit(LOW_TONER) : 0;
        b |= errors.contains(SimError.INK_OUT) ? bit(NO_TONER) : 0;
        b |= errors.contains(SimError.COVER_OPEN) ? bit(DOOR_OPEN) : 0;
        b |= errors.contains(SimError.PAPER_JAM) ? bit(JAMMED) : 0;
        b |= s.status().offline() ? bit(OFFLINE) : 0;
        b |= errors.contains(SimError.WASTE_INK_FULL) ? bit(SERVICE_REQUESTED) : 0;
        return b;
    }

    static int deviceStatus(SimState s, SnmpProfile profile) {
        int b = bits(s, profile);
        return (b & CRITICAL_MASK) != 0 ? DEVICE_DOWN : b != 0 ? DEVICE_WARNING : DEVICE_RUNNING;
    }

    static int printerStatus(SimState s, SnmpProfile profile) {
        return deviceStatus(s, profile) == DEVICE_DOWN ? PRINTER_OTHER : PRINTER_IDLE;
    }

    /** Index (0-based) of the first reported consumable that is low but not empty, or -1. */
    static int lowSupplyIndex(SimState s, SnmpProfile profile) {
        if (!profile.levelsReported()) {
            return -1;
        }
        for (int i = 0; i < s.levels().size(); i++) {
            SupplySpec sp = profile.supplies().get(i);
            int level = s.levels().get(i);
            if (sp.consumed() && level > 0 && sp.percent(level) <= LOW_PERCENT) {
                return i;
            }
        }
        return -1;
    }

    private static boolean lowSupply(SimState s, SnmpProfile profile) {
        return lowSupplyIndex(s, profile) >= 0;
    }

    static int bit(int n) {
        return 0x80 >>> n;
    }
}
