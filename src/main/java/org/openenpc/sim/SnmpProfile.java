package org.openenpc.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link PrinterProfile} shows over SNMP: whether it answers at all, which "@BDC ST2" status
 * it serves (none, the captured ET-2850 value, or a SYNTHETIC one built from its state), and its
 * marker supplies. PROTOCOL.md §4 documents SNMP for inkjet and business printers only; that the TM
 * receipt printers answer the standard MIBs (without supplies or ST2) is a GUESS, and the scanner
 * does not answer, nor do the other makers' IPP-only printers ({@link PrinterProfile#IPP_LASER},
 * {@link PrinterProfile#IPP_INKJET}). The supplies are the printer's on every protocol: {@link SimState}
 * keeps their levels and IPP reports the same ones ({@link IppSupplies}). Immutable; any thread.
 *
 * @param answers        false: no SNMP socket at all (requests time out)
 * @param st2            which ST2 value it serves
 * @param levelsReported false: levels are "not reported" (ST2 0x69, Printer-MIB −2 unknown), as in
 *                       the ET-2850 capture, and printing does not change them
 * @param toner          true for the laser: its supply alerts are the toner ones
 * @param supplies       prtMarkerSuppliesTable rows in index order (index = position + 1)
 * @param serial         a fixed serial number (the capture's), or null to derive one from the MAC
 * @param initialErrors  errors a fresh printer of this profile starts with
 */
public record SnmpProfile(boolean answers, St2Kind st2, boolean levelsReported, boolean toner,
                          List<SupplySpec> supplies, String serial, Set<SimError> initialErrors) {

    /** The kinds of "@BDC ST2" value a profile serves. */
    public enum St2Kind {
        /** No ST2 object: both ST2 OIDs answer noSuchObject. */
        NONE,
        /** The ET-2850 capture byte for byte; status and error records patched when the state differs. */
        CAPTURED,
        /** SYNTHETIC: status, error, ink and serial records built from the printer's state. */
        SYNTHETIC
    }

    /** prtMarkerSuppliesLevel / MaxCapacity "unknown" (RFC 3805). */
    public static final int UNKNOWN = -2;

    /** The serial in the ET-2850 capture's record 40 (vectors/st2-status-et-2850.hex). */
    static final String CAPTURED_SERIAL = "X8RV267409";

    // EcoTank yields Epson advertises for the ET-2850's bottles: 4,500 pages black, 7,500 colour.
    private static final List<SupplySpec> ECOTANK = List.of(
            SupplySpec.consumed("Black Ink Bottle", "black", 0x00, 1, SupplySpec.TYPE_INK, 4500, 3150),
            SupplySpec.consumed("Cyan Ink Bottle", "cyan", 0x01, 3, SupplySpec.TYPE_INK, 7500, 5400),
            SupplySpec.consumed("Magenta Ink Bottle", "magenta", 0x02, 4, SupplySpec.TYPE_INK, 7500, 3000),
            SupplySpec.consumed("Yellow Ink Bottle", "yellow", 0x03, 5, SupplySpec.TYPE_INK, 7500, 6900),
            SupplySpec.receptacle("Waste Ink Pad", SupplySpec.TYPE_WASTE_INK, 50_000, 6000));

    // The capture's ink record lists cartridges 1 black, 5 yellow, 4 magenta, 3 cyan, all at 0x69.
    private static final List<SupplySpec> CAPTURED_INKS = List.of(
            SupplySpec.consumed("Black Ink Bottle", "black", 0x00, 1, SupplySpec.TYPE_INK, 4500, 4500),
            SupplySpec.consumed("Yellow Ink Bottle", "yellow", 0x03, 5, SupplySpec.TYPE_INK, 7500, 7500),
            SupplySpec.consumed("Magenta Ink Bottle", "magenta", 0x02, 4, SupplySpec.TYPE_INK, 7500, 7500),
            SupplySpec.consumed("Cyan Ink Bottle", "cyan", 0x01, 3, SupplySpec.TYPE_INK, 7500, 7500));

    private static final List<SupplySpec> TONER = List.of(
            SupplySpec.consumed("Black Toner Cartridge", "black", -1, 0, SupplySpec.TYPE_TONER_CARTRIDGE, 6000, 4200));

    // The Kyocera ECOSYS P3145dn's TK-3160 toner yields 12,500 pages; its waste toner box is built in.
    private static final List<SupplySpec> KYOCERA = List.of(
            SupplySpec.consumed("TK-3160 Black Toner", "black", -1, 0, SupplySpec.TYPE_TONER_CARTRIDGE, 12_500, 9000),
            SupplySpec.receptacle("Waste Toner Box", SupplySpec.TYPE_WASTE_TONER, 50_000, 12_000));

    // Canon GX7000-series GI-56 ink bottles and the MC-G02 maintenance cartridge (yields approximate).
    private static final List<SupplySpec> CANON = List.of(
            SupplySpec.consumed("GI-56 Black", "black", -1, 0, SupplySpec.TYPE_INK, 6000, 4800),
            SupplySpec.consumed("GI-56 Cyan", "cyan", -1, 0, SupplySpec.TYPE_INK, 14_000, 9000),
            SupplySpec.consumed("GI-56 Magenta", "magenta", -1, 0, SupplySpec.TYPE_INK, 14_000, 1300),
            SupplySpec.consumed("GI-56 Yellow", "yellow", -1, 0, SupplySpec.TYPE_INK, 14_000, 12_000),
            SupplySpec.receptacle("MC-G02 Maintenance Cartridge", SupplySpec.TYPE_WASTE_INK, 20_000, 4000));

    public SnmpProfile {
        supplies = List.copyOf(supplies);
        initialErrors = Set.copyOf(initialErrors);
    }

    private static final Map<PrinterProfile, SnmpProfile> BY_PROFILE = byProfile();

    /** The SNMP side of {@code profile}. */
    public static SnmpProfile of(PrinterProfile profile) {
        return BY_PROFILE.get(profile);
    }

    private static Map<PrinterProfile, SnmpProfile> byProfile() {
        Map<PrinterProfile, SnmpProfile> m = new EnumMap<>(PrinterProfile.class);
        for (PrinterProfile p : PrinterProfile.values()) {
            m.put(p, build(p));
        }
        return m;
    }

    private static SnmpProfile build(PrinterProfile profile) {
        return switch (profile) {
            case TM_T88V, TM_M30, TM_M30II -> new SnmpProfile(true, St2Kind.NONE, true, false, List.of(), null, Set.of());
            case INKJET -> new SnmpProfile(true, St2Kind.SYNTHETIC, true, false, ECOTANK, null, Set.of());
            case ET_2850 -> new SnmpProfile(true, St2Kind.CAPTURED, false, false, CAPTURED_INKS, CAPTURED_SERIAL,
                    Set.of(SimError.WASTE_INK_FULL));
            case LASER -> new SnmpProfile(true, St2Kind.NONE, true, true, TONER, null, Set.of());
            case SCANNER -> new SnmpProfile(false, St2Kind.NONE, true, false, List.of(), null, Set.of());
            case IPP_LASER -> new SnmpProfile(false, St2Kind.NONE, true, true, KYOCERA, null, Set.of());
            case IPP_INKJET -> new SnmpProfile(false, St2Kind.NONE, true, false, CANON, null, Set.of());
        };
    }

    /**
     * True when this profile can be put into {@code e}: ink out needs a supply, a full waste receptacle
     * an Epson inkjet (whose ST2 reports it) or a waste receptacle among the supplies.
     */
    public boolean supports(SimError e) {
        return switch (e) {
            case INK_OUT -> !supplies.isEmpty();
            case WASTE_INK_FULL -> st2 != St2Kind.NONE || wasteIndex() >= 0;
            default -> true;
        };
    }

    /** Index (0-based) of the waste-ink receptacle, or -1. */
    int wasteIndex() {
        for (int i = 0; i < supplies.size(); i++) {
            if (!supplies.get(i).consumed()) {
                return i;
            }
        }
        return -1;
    }
}
