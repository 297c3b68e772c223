package org.openenpc.model;

/**
 * One consumable a printer reports over SNMP: an ink cartridge or toner (from the Epson ST2 ink
 * record or the Printer-MIB supplies table), a maintenance box or waste-ink pad. Immutable.
 *
 * @param name    what the printer calls it ("Black Ink", "Toner Cartridge", "cartridge 1")
 * @param colour  a colour name in lower case ("black", "cyan", "light magenta"), "" when it has none
 * @param percent 0–100 when the level is known; null when it is not (never faked as 0 or 100)
 * @param state   "ok", "low", "empty", or why the level is unknown ("level not reported",
 *                "missing", "chip error", "some remaining", "unknown"); a maintenance box, which
 *                fills rather than empties, says "ok", "near full" or "full"
 * @param source  "ST2" or "Printer-MIB"
 */
public record Supply(String name, String colour, Integer percent, String state, String source) {

    /** True when the level is known and at or below {@code thresholdPercent}, or the supply is empty. */
    public boolean isLow(int thresholdPercent) {
        return (percent != null && percent <= thresholdPercent) || "empty".equals(state);
    }
}
