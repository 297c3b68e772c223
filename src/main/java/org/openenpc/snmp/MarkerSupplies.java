package org.openenpc.snmp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openenpc.model.Supply;

/**
 * Turns prtMarkerSuppliesTable rows (RFC 3805 Printer-MIB) into supplies. The level and maximum
 * capacity carry special values: -1 "other" (no restriction), -2 "unknown", -3 "some remaining". The
 * percentage is level × 100 / max only when both are ≥ 0 and max > 0 (capped at 100 for agents whose
 * level exceeds their maximum); otherwise it stays null and the state says why. Pure; any thread.
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

    /**
     * One row of prtMarkerSuppliesTable.
     *
     * @param description   prtMarkerSuppliesDescription, "" when not reported
     * @param maxCapacity   prtMarkerSuppliesMaxCapacity, -2 when not reported
     * @param level         prtMarkerSuppliesLevel, -2 when not reported
     * @param colorantIndex prtMarkerSuppliesColorantIndex, 0 when none or not reported
     */
    public record Row(String description, int maxCapacity, int level, int colorantIndex) {
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
            out.add(new Supply(name, colour, percent, state(r.level(), percent), SOURCE));
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
