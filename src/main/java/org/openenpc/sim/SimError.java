package org.openenpc.sim;

import java.util.Locale;

/**
 * The errors a simulated printer can be put into through {@link SimulatedPrinter#raise} and the
 * {@code simulate --raise} option, so that monitoring can be tested. Each shows everywhere the
 * printer reports it: the ENPC ASB bytes where ESC/POS has a bit for it (cover open, paper end, see
 * {@link SimStatus}), and over SNMP in the ST2 status (status 00 + the error code of PROTOCOL.md §4),
 * hrPrinterDetectedErrorState, hrDeviceStatus and a prtAlertTable row. Immutable; any thread.
 */
public enum SimError {
    /** Out of paper: ASB paper end, ST2 error 06, hr noPaper, alert inputMediaSupplyEmpty(808). */
    PAPER_OUT("paper-out", 0x06),
    /** Paper jam: ST2 error 04, hr jammed, alert jam(8). ESC/POS has no jam bit, so the ASB stays as it is. */
    PAPER_JAM("paper-jam", 0x04),
    /** Cover open: ASB cover open, ST2 error 02, hr doorOpen, alert coverOpen(3). */
    COVER_OPEN("cover-open", 0x02),
    /**
     * Ink (toner, on the laser) out: the first cartridge drops to 0; ST2 error 05, hr noToner, alert
     * markerInkEmpty(1102) or markerTonerEmpty(1101). Only for profiles with marker supplies.
     */
    INK_OUT("ink-out", 0x05),
    /**
     * Waste-ink pad full (service required): ST2 error 10, hr serviceRequested, alert
     * markerWasteInkReceptacleFull(1110), IPP marker-waste-full-error. Only for Epson inkjet profiles
     * and printers with a waste receptacle (the IPP-only laser's waste toner box counts).
     */
    WASTE_INK_FULL("waste-ink-full", 0x10);

    private final String cliName;
    private final int st2Code;

    SimError(String cliName, int st2Code) {
        this.cliName = cliName;
        this.st2Code = st2Code;
    }

    /** The name used on the command line, e.g. "paper-jam". */
    public String cliName() {
        return cliName;
    }

    /** The byte of the ST2 error record (type 02) for this error (PROTOCOL.md §4). */
    public int st2Code() {
        return st2Code;
    }

    /** The error with this command-line name (case-insensitive), or IllegalArgumentException listing them. */
    public static SimError ofCliName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (SimError e : values()) {
            if (e.cliName.equals(n)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown error \"" + name + "\"; use one of " + names());
    }

    /** "paper-out, paper-jam, cover-open, ink-out, waste-ink-full". */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (SimError e : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.cliName);
        }
        return sb.toString();
    }
}
