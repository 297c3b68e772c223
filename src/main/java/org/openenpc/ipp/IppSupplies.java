package org.openenpc.ipp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openenpc.model.IppView;
import org.openenpc.model.Supply;

/**
 * Turns an IPP printer's supply attributes into supplies with the same meaning as the SNMP side's
 * ({@code snmp/MarkerSupplies}): PWG 5100.13 printer-supply values first, CUPS's marker-* attributes when a
 * printer has none. Every supply has source {@link IppView#SOURCE}. Pure; any thread.
 *
 * <p>printer-supply carries the Printer-MIB columns as text (PWG 5100.13 §6.5.3): level and maxcapacity with
 * RFC 3805's special values (-1 other, -2 unknown, -3 some remaining), so the maths is MarkerSupplies's: the
 * percentage is level × 100 / maxcapacity when both are usable (capped at 100), the level itself when the unit
 * is "percent" and no maximum is given, else null with the state saying why. For a receptacle
 * (class receptacleThatIsFilled, or a waste type when the class is not supplyThatIsConsumed) the level is the
 * space remaining (RFC 3805 prtMarkerSuppliesLevel), so 0 is "full". printer-supply gives no thresholds, so its
 * states are "ok" and "empty" (or "ok" and "full"), as on the SNMP side; "low" is the caller's threshold
 * ({@link Supply#isLow}).
 *
 * <p>CUPS's marker-levels are percentages (-1 and -2 unknown, -3 some remaining), and for a waste receptacle
 * they say how full it is: CUPS's SNMP backend writes 100 − the space remaining there. They are turned back into
 * space remaining here, so a waste supply means the same whichever source it came from. CUPS does send
 * thresholds: a level at or below marker-low-levels is "low", a waste level at or above marker-high-levels is
 * "near full".
 */
public final class IppSupplies {

    /** At most this many supplies are kept from one reply. */
    static final int MAX_SUPPLIES = 64;
    static final int MAX_NAME = 256;
    static final int MISSING = Integer.MIN_VALUE;

    // PWG 5100.13 type keywords (PrtMarkerSuppliesTypeTC names) and CUPS's marker-types, compared without '-'
    // and in lower case, so "tonerCartridge" and "toner-cartridge" are the same type.
    private static final Set<String> COLORANT_TYPES = Set.of("toner", "ink", "inkcartridge", "inkribbon",
            "ribbonwax", "tonercartridge", "solidwax");
    private static final Set<String> WASTE_TYPES = Set.of("wastetoner", "wasteink", "wastewax", "wastewater");
    private static final Set<String> NO_COLOUR = Set.of("", "no-color", "no-colour", "none", "unknown");
    private static final Map<String, String> CUPS_COLOURS = Map.of("#000000", "black", "#00ffff", "cyan",
            "#ff00ff", "magenta", "#ffff00", "yellow");

    /**
     * CUPS's marker attributes, each list in the same order (the i-th value of each is the i-th marker); a list
     * that is shorter than the others just leaves its value out.
     */
    public record CupsMarkers(List<String> names, List<Integer> levels, List<String> colors, List<String> types,
                              List<Integer> lowLevels, List<Integer> highLevels) {

        public CupsMarkers {
            names = List.copyOf(names);
            levels = List.copyOf(levels);
            colors = List.copyOf(colors);
            types = List.copyOf(types);
            lowLevels = List.copyOf(lowLevels);
            highLevels = List.copyOf(highLevels);
        }

        int count() {
            return Math.min(MAX_SUPPLIES, Math.max(names.size(), levels.size()));
        }
    }

    private IppSupplies() {
    }

    /** printer-supply values as supplies, named from printer-supply-description by position when it has one. */
    public static List<Supply> fromPrinterSupply(List<String> values, List<String> descriptions) {
        List<Supply> out = new ArrayList<>();
        for (int i = 0; i < values.size() && out.size() < MAX_SUPPLIES; i++) {
            Map<String, String> kv = SupplyKeyValues.parse(values.get(i));
            String type = kv.getOrDefault("type", "");
            String colour = colour(kv.getOrDefault("colorantname", ""));
            int level = SupplyKeyValues.integer(kv, "level", MISSING);
            int max = SupplyKeyValues.integer(kv, "maxcapacity", MISSING);
            Integer percent = percent(level, max, "percent".equalsIgnoreCase(kv.getOrDefault("unit", "")));
            String supplyClass = kv.getOrDefault("class", "");
            boolean receptacle = "receptacleThatIsFilled".equalsIgnoreCase(supplyClass)
                    || (!"supplyThatIsConsumed".equalsIgnoreCase(supplyClass) && WASTE_TYPES.contains(norm(type)));
            String state = receptacle ? receptacleState(level, percent) : state(level, percent);
            String name = name(i < descriptions.size() ? descriptions.get(i) : "", colour, type, i + 1);
            out.add(new Supply(name, colour, kind(type), percent, state, IppView.SOURCE));
        }
        return out;
    }

    /** CUPS's marker-* attributes as supplies, in marker order. */
    public static List<Supply> fromMarkers(CupsMarkers m) {
        List<Supply> out = new ArrayList<>();
        for (int i = 0; i < m.count(); i++) {
            String type = at(m.types(), i, "");
            String colour = cupsColour(at(m.colors(), i, ""));
            int level = at(m.levels(), i, MISSING);
            Supply.Kind kind = kind(type);
            Integer percent = level >= 0 ? Math.min(level, 100) : null;
            String state;
            if (kind == Supply.Kind.WASTE) {
                int high = at(m.highLevels(), i, MISSING);
                percent = percent == null ? null : 100 - percent; // CUPS says how full; we keep the space left
                state = percent == null ? receptacleState(level, null)
                        : percent == 0 ? "full" : high > 0 && level >= high ? "near full" : "ok";
            } else {
                int low = at(m.lowLevels(), i, MISSING);
                state = percent == null ? state(level, null)
                        : percent == 0 ? "empty" : low > 0 && level <= low ? "low" : "ok";
            }
            out.add(new Supply(name(at(m.names(), i, ""), colour, type, i + 1), colour, kind, percent, state,
                    IppView.SOURCE));
        }
        return out;
    }

    /** level × 100 / max when both are usable (capped at 100); the level when it is a percentage; else null. */
    static Integer percent(int level, int max, boolean unitPercent) {
        if (level < 0) {
            return null;
        }
        if (max > 0) {
            return (int) Math.min(100, (long) level * 100 / max);
        }
        return unitPercent && max < 0 ? Math.min(level, 100) : null;
    }

    /** The kind the type names; OTHER for every other type and when there is none. */
    static Supply.Kind kind(String type) {
        String t = norm(type);
        if (COLORANT_TYPES.contains(t)) {
            return Supply.Kind.COLORANT;
        }
        return WASTE_TYPES.contains(t) ? Supply.Kind.WASTE : Supply.Kind.OTHER;
    }

    static String state(int level, Integer percent) {
        if (percent != null) {
            return percent == 0 ? "empty" : "ok";
        }
        return switch (level) {
            case -3 -> "some remaining";
            case -1, -2 -> "unknown";
            case 0 -> "empty";
            default -> level < 0 && level != MISSING ? "unknown" : "level not reported";
        };
    }

    /** A receptacle's state: no space left is "full"; -3 means there is some space (RFC 3805). */
    static String receptacleState(int level, Integer percent) {
        if (percent != null) {
            return percent == 0 ? "full" : "ok";
        }
        return switch (level) {
            case -3 -> "some space left";
            case -1, -2 -> "unknown";
            case 0 -> "full";
            default -> level < 0 && level != MISSING ? "unknown" : "level not reported";
        };
    }

    /** A PWG colour keyword in words, lower case: "light-cyan" → "light cyan"; "" for none or unknown. */
    static String colour(String colorantName) {
        String c = colorantName.strip().toLowerCase(Locale.ROOT);
        if (NO_COLOUR.contains(c) || c.length() > 64) {
            return "";
        }
        return c.replaceAll("[^a-z]+", " ").strip();
    }

    /** A CUPS marker colour (#RRGGBB) as one of the four process colours' names, else "". */
    static String cupsColour(String hex) {
        return CUPS_COLOURS.getOrDefault(hex.strip().toLowerCase(Locale.ROOT), "");
    }

    /** The printer's own name when it has one; else colour and type in words ("Black toner"), else "supply N". */
    static String name(String description, String colour, String type, int n) {
        String d = description.strip();
        if (!d.isEmpty()) {
            return d.length() > MAX_NAME ? d.substring(0, MAX_NAME) : d;
        }
        String words = (colour + " " + typeWords(type)).strip();
        if (words.isEmpty()) {
            return "supply " + n;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "inkCartridge" or "ink-cartridge" → "ink cartridge"; only letters kept, bounded. */
    static String typeWords(String type) {
        if ("unknown".equalsIgnoreCase(type) || "other".equalsIgnoreCase(type)) {
            return "";
        }
        String t = type.length() > 64 ? type.substring(0, 64) : type;
        return t.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    }

    private static String norm(String type) {
        return type.strip().replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static <T> T at(List<T> list, int i, T fallback) {
        return i < list.size() && list.get(i) != null ? list.get(i) : fallback;
    }
}
