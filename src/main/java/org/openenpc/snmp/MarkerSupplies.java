package org.openenpc.snmp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openenpc.model.Supply;

/**
 * Turns prtMarkerSuppliesTable rows (RFC 3805 Printer-MIB) into supplies. The level and maximum
 * capacity carry special values: -1 "other" (no restriction), -2 "unknown", -3 "some remaining". The
 * percentage is level × 100 / max only when both are ≥ 0 and max > 0 (capped at 100 for agents whose
 * level exceeds their maximum); otherwise it stays null and the state says why. For a receptacle
 * (prtMarkerSuppliesClass receptacleThatIsFilled) the level is the space remaining (RFC 3805), so 0
 * is "full", not "empty". The kind comes from prtMarkerSuppliesType (IANA-PRINTER-MIB
 * PrtMarkerSuppliesTypeTC) alone; a row without one is {@link Supply.Kind#OTHER}, which the merge
 * with ST2 never pairs (a description is no safe guide to what a row is). Pure; any thread.
 */
public final class MarkerSupplies {

    static final String SOURCE = "Printer-MIB";

    // Longest first, so "light cyan" wins over "cyan" and "photo black" over "black".
    private static final String[][] COLOUR_WORDS = {
        {"light light black", "light light black"}, {"light cyan", "light cyan"},
        {"light magenta", "light magenta"}, {"light black", "light black"}, {"light gray", "light black"},
        {"light grey", "light black"}, {"photo black", "black"}, {"matte black", "black"},
        {"dark yellow", "dark yellow"}, {"cyan", "cyan"}, {"magenta", "magenta"}, {"yellow", "yellow"},
        {"black", "black"}, {"red", "red"}, {"green", "green"}, {"blue", "blue"}, {"violet", "violet"},
        {"orange", "orange"}, {"gray", "gray"}, {"grey", "gray"}, {"white", "white"},
    };

    /** PrtMarkerSuppliesClassTC supplyThatIsConsumed(3) and receptacleThatIsFilled(4). */
    static final int CLASS_CONSUMED = 3;
    static final int CLASS_RECEPTACLE = 4;
    /** PrtMarkerSuppliesTypeTC unknown(2): also what a row without prtMarkerSuppliesType gets. */
    static final int TYPE_UNKNOWN = 2;

    // PrtMarkerSuppliesTypeTC (IANA-PRINTER-MIB): toner(3), ink(5), inkCartridge(6), inkRibbon(7),
    // solidWax(12), ribbonWax(13), tonerCartridge(21) put colour on paper; wasteToner(4), wasteInk(8)
    // and wasteWax(14) receive what was not used. Every other type (opc, fuser, staples, ...) is OTHER.
    private static final Set<Integer> COLORANT_TYPES = Set.of(3, 5, 6, 7, 12, 13, 21);
    private static final Set<Integer> WASTE_TYPES = Set.of(4, 8, 14);

    /**
     * One row of prtMarkerSuppliesTable.
     *
     * @param description   prtMarkerSuppliesDescription, "" when not reported
     * @param maxCapacity   prtMarkerSuppliesMaxCapacity, -2 when not reported
     * @param level         prtMarkerSuppliesLevel, -2 when not reported
     * @param colorantIndex prtMarkerSuppliesColorantIndex, 0 when none or not reported
     * @param type          prtMarkerSuppliesType, 2 (unknown) when not reported
     * @param supplyClass   prtMarkerSuppliesClass, 1 (other) when not reported
     */
    public record Row(String description, int maxCapacity, int level, int colorantIndex, int type,
                      int supplyClass) {

        /** A row without type and class, as agents that leave those columns out send it. */
        public Row(String description, int maxCapacity, int level, int colorantIndex) {
            this(description, maxCapacity, level, colorantIndex, TYPE_UNKNOWN, 1);
        }

        /** A receptacle by its class, or, when the class is not consumed-or-filled, by a waste type. */
        boolean receptacle() {
            return supplyClass == CLASS_RECEPTACLE || (supplyClass != CLASS_CONSUMED && WASTE_TYPES.contains(type));
        }
    }

    private MarkerSupplies() {
    }

    /** The supplies, in table order; {@code colorants} maps prtMarkerColorantIndex to its value. */
    public static List<Supply> supplies(List<Row> rows, Map<Integer, String> colorants) {
        List<Supply> out = new ArrayList<>();
        int n = 0;
        for (Row r : rows) {
            n++;
            String name = r.description().isBlank() ? "supply " + n : r.description().strip();
            String colorant = colorants.getOrDefault(r.colorantIndex(), "").strip().toLowerCase(Locale.ROOT);
            String colour = colorant.isEmpty() || "unknown".equals(colorant) ? guessColour(name) : colorant;
            Integer percent = percent(r.level(), r.maxCapacity());
            String state = r.receptacle() ? receptacleState(r.level(), percent) : state(r.level(), percent);
            out.add(new Supply(name, colour, kind(r.type()), percent, state, SOURCE));
        }
        return out;
    }

    /** level × 100 / max when both are known and max > 0, capped at 100; else null. */
    public static Integer percent(int level, int max) {
        if (level < 0 || max <= 0) {
            return null;
        }
        return (int) Math.min(100, (long) level * 100 / max);
    }

    /** The kind prtMarkerSuppliesType names; OTHER for every other type and when it is not reported. */
    static Supply.Kind kind(int type) {
        if (COLORANT_TYPES.contains(type)) {
            return Supply.Kind.COLORANT;
        }
        return WASTE_TYPES.contains(type) ? Supply.Kind.WASTE : Supply.Kind.OTHER;
    }

    /** A receptacle's state: no space left is "full"; -3 means there is some space (RFC 3805). */
    static String receptacleState(int level, Integer percent) {
        if (percent != null) {
            return percent == 0 ? "full" : "ok";
        }
        return switch (level) {
            case -3 -> "some space left";
            case -1, -2 -> "unknown";
            default -> level == 0 ? "full" : "level not reported";
        };
    }

    static String state(int level, Integer percent) {
        if (percent != null) {
            return percent == 0 ? "empty" : "ok";
        }
        return switch (level) {
            case -3 -> "some remaining";
            case -1, -2 -> "unknown";
            default -> level == 0 ? "empty" : "level not reported"; // a level without a usable maximum
        };
    }

    /** A colour named in the description ("Cyan Ink Cartridge" → "cyan"), or "" when none is. */
    public static String guessColour(String description) {
        String d = " " + description.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
        for (String[] w : COLOUR_WORDS) {
            if (d.contains(" " + w[0] + " ")) {
                return w[1];
            }
        }
        return "";
    }
}
