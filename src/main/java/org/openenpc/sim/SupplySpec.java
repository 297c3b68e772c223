package org.openenpc.sim;

/**
 * One marker supply of a simulated printer, as the Printer-MIB prtMarkerSuppliesTable describes it
 * (RFC 3805; enumerations from the IANA-PRINTER-MIB). SYNTHETIC: the capacities are the page yields
 * Epson advertises, and every level is counted in impressions (pages), so one printed page takes
 * one unit from every consumable and adds one to a receptacle. A receptacle's level in
 * {@link SimState} is what it holds; the Printer-MIB shows the space remaining, as RFC 3805 defines
 * prtMarkerSuppliesLevel for receptacles (see {@link PrinterMib#mibLevel}). Immutable; any thread.
 *
 * @param description  prtMarkerSuppliesDescription, e.g. "Black Ink Bottle"
 * @param colorant     prtMarkerColorantValue of its colorant ("black"), or null for none (waste pad)
 * @param st2Colour    the colour code of its ST2 ink entry (PROTOCOL.md §4), or -1 when not in ST2
 * @param st2Cartridge the cartridge id of its ST2 ink entry
 * @param type         prtMarkerSuppliesType (PrtMarkerSuppliesTypeTC)
 * @param supplyClass  prtMarkerSuppliesClass: {@link #CONSUMED} or {@link #RECEPTACLE}
 * @param maxCapacity  prtMarkerSuppliesMaxCapacity, in impressions
 * @param initialLevel the level a fresh simulator starts with (for a receptacle: how much it holds)
 */
public record SupplySpec(String description, String colorant, int st2Colour, int st2Cartridge, int type,
                         int supplyClass, int maxCapacity, int initialLevel) {

    /** PrtMarkerSuppliesClassTC supplyThatIsConsumed(3). */
    public static final int CONSUMED = 3;
    /** PrtMarkerSuppliesClassTC receptacleThatIsFilled(4). */
    public static final int RECEPTACLE = 4;
    /** PrtMarkerSuppliesTypeTC wasteToner(4). */
    public static final int TYPE_WASTE_TONER = 4;
    /** PrtMarkerSuppliesTypeTC ink(5). */
    public static final int TYPE_INK = 5;
    /** PrtMarkerSuppliesTypeTC wasteInk(8). */
    public static final int TYPE_WASTE_INK = 8;
    /** PrtMarkerSuppliesTypeTC tonerCartridge(21). */
    public static final int TYPE_TONER_CARTRIDGE = 21;
    /** PrtMarkerSuppliesSupplyUnitTC impressions(7): every level here counts pages. */
    public static final int UNIT_IMPRESSIONS = 7;

    public SupplySpec {
        if (maxCapacity < 1 || initialLevel < 0 || initialLevel > maxCapacity) {
            throw new IllegalArgumentException("level " + initialLevel + " of " + description
                    + " must lie in 0.." + maxCapacity);
        }
    }

    /** An ink or toner that is used up page by page. */
    static SupplySpec consumed(String description, String colorant, int st2Colour, int st2Cartridge, int type,
                               int maxCapacity, int initialLevel) {
        return new SupplySpec(description, colorant, st2Colour, st2Cartridge, type, CONSUMED, maxCapacity,
                initialLevel);
    }

    /** A receptacle (waste-ink pad, waste toner box) that fills page by page. */
    static SupplySpec receptacle(String description, int type, int maxCapacity, int initialLevel) {
        return new SupplySpec(description, null, -1, 0, type, RECEPTACLE, maxCapacity, initialLevel);
    }

    public boolean consumed() {
        return supplyClass == CONSUMED;
    }

    /** The level as the whole percentage ST2 reports, rounded up so that only an empty supply shows 0. */
    public int percent(int level) {
        return (int) ((level * 100L + maxCapacity - 1) / maxCapacity);
    }
}
