package org.openenpc.sim;

import java.util.Locale;

import org.openenpc.protocol.EnpcQuery;

/**
 * The kinds of device the simulator can play, and which ENPC functions each answers. TM profiles
 * answer every function with the captured replies (PROTOCOL.md §3); {@link #INKJET} and
 * {@link #SCANNER} are SYNTHETIC: no byte-level ENPC capture of either exists (PROTOCOL.md §5), so
 * their behaviour below is a GUESS made explicit. {@link #IPP_LASER} and {@link #IPP_INKJET} are
 * other makers' office printers that answer only IPP ({@link #answersEnpc()} false, no SNMP agent):
 * what a scan of a mixed office finds besides the Epson devices. What each shows over SNMP is its
 * {@link #snmp()}, over IPP its {@link #ipp()}. Immutable; any thread.
 */
public enum PrinterProfile {
    /** TM-T88V behind a UB-E03 interface card: the device most vectors were captured from. */
    TM_T88V("tm-t88v", "TM-T88V", "UB-E03", Family.TM),
    /** TM-m30 with its built-in interface (the Q 00-0000 and 00-0010 captures). */
    TM_M30("tm-m30", "TM-m30", "Built-in LAN", Family.TM),
    /** TM-m30II with its built-in interface. */
    TM_M30II("tm-m30ii", "TM-m30II", "Built-in LAN", Family.TM),
    /**
     * SYNTHETIC EcoTank inkjet. GUESS: it answers the probe and the identity queries, but Q 03-0010
     * and 03-0017 with FFFF, because inkjets report status over SNMP (PROTOCOL.md §4-§5).
     */
    INKJET("inkjet", "ET-2850 Series", "Built-in LAN", Family.INKJET),
    /**
     * The same SYNTHETIC EcoTank on ENPC, but over SNMP it serves the captured ET-2850 "@BDC ST2"
     * value byte for byte (PROTOCOL.md §4): a printer in the waste-ink-full error state.
     */
    ET_2850("et-2850", "ET-2850 Series", "Built-in LAN", Family.INKJET),
    /**
     * SYNTHETIC monochrome laser (a business printer): Printer-MIB toner over SNMP but no ST2.
     * GUESS: on ENPC it behaves like the inkjet (status over SNMP only).
     */
    LASER("laser", "AL-M320DN", "Built-in LAN", Family.LASER),
    /**
     * SYNTHETIC document scanner. SANE says scanners answer the probe with 76 bytes (content
     * unpublished, PROTOCOL.md §2). GUESS: every Q 03-xxxx gets FFFE "no such device", as there is
     * no printer behind its network interface.
     */
    SCANNER("scanner", "DS-530", "Built-in LAN", Family.SCANNER),
    /**
     * SYNTHETIC Kyocera monochrome office laser, IPP only: one black toner and a waste toner box.
     * It neither answers ENPC (it is not an Epson device) nor, here, SNMP.
     */
    IPP_LASER("ipp-laser", "ECOSYS P3145dn", "Built-in LAN", Family.OTHER_MAKE),
    /** SYNTHETIC Canon colour ink-tank inkjet, IPP only: four inks and a maintenance cartridge (waste ink). */
    IPP_INKJET("ipp-inkjet", "GX7000 series", "Built-in LAN", Family.OTHER_MAKE);

    /** How a profile answers one request. */
    public enum Answer {
        /** Result 0000 with the function's layout. */
        OK,
        /** Result FFFF, no data: function not supported (DOC). */
        UNSUPPORTED,
        /** Result FFFE, no data: no such device (DOC). */
        NO_SUCH_DEVICE
    }

    private enum Family { TM, INKJET, LASER, SCANNER, OTHER_MAKE }

    /** Length of the NIC-information layout that answers the probe (CODE, PROTOCOL.md §3). */
    static final int NIC_REPLY_LENGTH = 68;
    /** Scanners answer the SANE probe with exactly 76 bytes (PROTOCOL.md §2). */
    static final int SCANNER_PROBE_REPLY_LENGTH = 76;

    private final String cliName;
    private final String defaultModel;
    private final String defaultCardName;
    private final Family family;

    PrinterProfile(String cliName, String defaultModel, String defaultCardName, Family family) {
        this.cliName = cliName;
        this.defaultModel = defaultModel;
        this.defaultCardName = defaultCardName;
        this.family = family;
    }

    /** The name used on the command line, e.g. "tm-m30ii". */
    public String cliName() {
        return cliName;
    }

    public String defaultModel() {
        return defaultModel;
    }

    /** The interface card name of Q 03-0001 (synthetic except UB-E03, which the captures name). */
    public String defaultCardName() {
        return defaultCardName;
    }

    /** True when no capture of this kind of device exists and all its replies are invented. */
    public boolean synthetic() {
        return family != Family.TM;
    }

    /** Length of this profile's probe reply: 68 bytes, or 76 for the scanner (the 68-byte layout + 8 zeros). */
    public int probeReplyLength() {
        return family == Family.SCANNER ? SCANNER_PROBE_REPLY_LENGTH : NIC_REPLY_LENGTH;
    }

    /**
     * How this profile answers a Query to {@code deviceType} whose function is {@code query}
     * (null when the function is not one of the known {@link EnpcQuery} values).
     */
    public Answer answer(int deviceType, EnpcQuery query) {
        if (family == Family.SCANNER && deviceType == 0x03) {
            return Answer.NO_SUCH_DEVICE;
        }
        if (query == null) {
            return Answer.UNSUPPORTED;
        }
        if (family == Family.OTHER_MAKE) {
            return Answer.UNSUPPORTED; // never sent: the simulator ignores their datagrams (answersEnpc)
        }
        if ((family == Family.INKJET || family == Family.LASER) && (query == EnpcQuery.STATUS || query == EnpcQuery.HOLDER)) {
            return Answer.UNSUPPORTED;
        }
        return Answer.OK;
    }

    /** False for other makers' printers: they ignore every ENPC datagram (the simulator still binds their UDP socket). */
    public boolean answersEnpc() {
        return family != Family.OTHER_MAKE;
    }

    /** What this profile shows over IPP (make, formats, firmware, whether it answers at all). */
    public IppProfile ipp() {
        return IppProfile.of(this);
    }

    /** What this profile shows over SNMP (supplies, ST2, whether it answers at all). */
    public SnmpProfile snmp() {
        return SnmpProfile.of(this);
    }

    /** The profile with this command-line name (case-insensitive), or IllegalArgumentException. */
    public static PrinterProfile ofCliName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (PrinterProfile p : values()) {
            if (p.cliName.equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown printer profile \"" + name + "\"");
    }
}
