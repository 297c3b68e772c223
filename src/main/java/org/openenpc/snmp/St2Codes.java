package org.openenpc.snmp;

import java.util.Locale;
import java.util.Map;

/**
 * Readable names for the codes inside an "@BDC ST2" status, from the tables in PROTOCOL.md §4
 * (Epson's own driver names). Codes the tables do not list get a name that shows the raw byte, so
 * nothing is hidden. Pure functions; any thread.
 */
public final class St2Codes {

    /** Levels 0x00–0x64 are percentages (PROTOCOL.md §4); everything above is a state code. */
    public static final int MAX_PERCENT = 0x64;

    private static final Map<Integer, String> STATUS = Map.of(
            0x00, "error", 0x01, "self-printing", 0x02, "busy", 0x03, "waiting", 0x04, "idle",
            0x05, "paused", 0x07, "cleaning", 0x0A, "shutting down", 0x0D, "busy");

    // Error codes are largely model-specific; PROTOCOL.md §4 lists only the ones known to be common.
    private static final Map<Integer, String> ERRORS = Map.of(
            0x02, "cover open", 0x04, "paper jam", 0x05, "ink out", 0x06, "paper out",
            0x10, "waste-ink pad full (service required)");

    private static final String[] COLOURS = {"black", "cyan", "magenta", "yellow", "light cyan", "light magenta",
        "light yellow", "dark yellow", "light black", "red", "violet", "clear", "light light black", "orange",
        "green", "white"};

    private St2Codes() {
    }

    /** The status record's (type 0x01) code as text, e.g. 0x04 → "idle"; unknown → "unknown (0xNN)". */
    public static String statusText(int code) {
        return STATUS.getOrDefault(code, "unknown (" + hex(code) + ")");
    }

    /** An error record's (type 0x02) code as text, e.g. 0x10 → waste-ink pad; unknown → "error 0xNN". */
    public static String errorText(int code) {
        return ERRORS.getOrDefault(code, "error " + hex(code));
    }

    /** An ink entry's colour code as a name, e.g. 0x00 → "black"; unknown → "colour 0xNN". */
    public static String colourName(int code) {
        return code >= 0 && code < COLOURS.length ? COLOURS[code] : "colour " + hex(code);
    }

    /**
     * The state an ink level byte stands for: "ok" for a percentage, else the marks PROTOCOL.md §4
     * lists (the printer writes ASCII letters: 'i' cartridge in, 'n' none, 'w'/'r' chip trouble).
     */
    public static String inkState(int level) {
        if (level >= 0 && level <= MAX_PERCENT) {
            return "ok";
        }
        return switch (level) {
            case 0x69 -> "level not reported";
            case 0x6E -> "no cartridge";
            case 0x77, 0x72 -> "chip error";
            default -> "unknown " + hex(level);
        };
    }

    /** The level byte as a percentage, or null when it is a state code rather than a level. */
    public static Integer percent(int level) {
        return level >= 0 && level <= MAX_PERCENT ? Integer.valueOf(level) : null;
    }

    /** "0xNN" with two upper-case digits, as PROTOCOL.md writes bytes. */
    static String hex(int b) {
        return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
    }
}
