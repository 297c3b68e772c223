package org.openenpc.model;

/**
 * One consumable a printer reports over SNMP: an ink cartridge or toner (from the Epson ST2 ink
 * record or the Printer-MIB supplies table), a maintenance box or waste-ink pad. Immutable.
 *
 * @param name    what the printer calls it ("Black Ink", "Toner Cartridge", "cartridge 1")
 * @param colour  a colour name in lower case ("black", "cyan", "light magenta"), "" when it has none
 * @param kind    what sort of supply it is; supplies are matched across sources only within one kind
 * @param percent 0–100 when the level is known; null when it is not (never faked as 0 or 100). What is
 *                left: of an ink or toner the supply remaining, of a {@link Kind#WASTE} receptacle the
 *                space remaining (RFC 3805 prtMarkerSuppliesLevel)
 * @param state   "ok", "low", "empty", or why the level is unknown ("level not reported",
 *                "missing", "chip error", "some remaining", "unknown"); a maintenance box, which
 *                fills rather than empties, says "ok", "near full" or "full" ("some space left"
 *                when the Printer-MIB says only that)
 * @param source  where the level shown came from: "ST2" or "Printer-MIB"
 */
public record Supply(String name, String colour, Kind kind, Integer percent, String state, String source) {

    /** What sort of supply: the merge of ST2 and Printer-MIB supplies never pairs two different kinds. */
    public enum Kind {
        /** Ink or toner, a colorant that empties: ST2 ink entries, Printer-MIB toner, ink, wax and ribbons. */
        COLORANT,
        /** A receptacle for used ink or toner that fills: maintenance box, waste-ink pad, waste toner box. */
        WASTE,
        /** Anything else, or a Printer-MIB row whose type was not reported: never matched across sources. */
        OTHER
    }

    /**
     * True when the level is known and at or below {@code thresholdPercent}, or the supply is empty.
     * Never for a {@link Kind#WASTE} receptacle: it fills, and its fullness shows as a condition.
     */
    public boolean isLow(int thresholdPercent) {
        if (kind == Kind.WASTE) {
            return false;
        }
        return (percent != null && percent <= thresholdPercent) || "empty".equals(state);
    }
}
