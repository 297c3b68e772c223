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

    // PROTOCOL.md §4; 0x08, 0x0F and 0x11 from Ircama/epson_print_conf, epson_print_conf.py,
    // EpsonPrinter.status_parser, table status_ids.
    private static final Map<Integer, String> STATUS = Map.ofEntries(
            Map.entry(0x00, "error"), Map.entry(0x01, "self-printing"), Map.entry(0x02, "busy"),
            Map.entry(0x03, "waiting"), Map.entry(0x04, "idle"), Map.entry(0x05, "paused"),
            Map.entry(0x07, "cleaning"), Map.entry(0x08, "factory shipment (not initialised)"),
            Map.entry(0x0A, "shutting down"), Map.entry(0x0D, "busy"), Map.entry(0x0F, "nozzle check"),
            Map.entry(0x11, "charging"));

    // Error codes are largely model-specific. PROTOCOL.md §4 lists the common ones (its names win);
    // the rest are the names in Ircama/epson_print_conf, epson_print_conf.py, status_parser,
    // table errcode_ids (a community reading of Epson's drivers, not an Epson document).
    private static final Map<Integer, String> ERRORS = Map.ofEntries(
            Map.entry(0x00, "fatal error"), Map.entry(0x01, "other interface selected"),
            Map.entry(0x02, "cover open"), Map.entry(0x04, "paper jam"), Map.entry(0x05, "ink out"),
            Map.entry(0x06, "paper out"), Map.entry(0x0C, "paper size, type or path error"),
            Map.entry(0x10, "waste-ink pad full (service required)"),
            Map.entry(0x11, "waiting to return from the tear-off position"), Map.entry(0x12, "double feed"),
            Map.entry(0x1A, "cartridge cover open"), Map.entry(0x1C, "cutter error"),
            Map.entry(0x1D, "cutter jam"), Map.entry(0x22, "maintenance box missing"),
            Map.entry(0x25, "rear cover open"), Map.entry(0x29, "CD-R tray out"),
            Map.entry(0x2A, "memory card loading error"), Map.entry(0x2B, "tray cover open"),
            Map.entry(0x2C, "ink cartridge overflow"), Map.entry(0x2F, "battery voltage abnormal"),
            Map.entry(0x30, "battery temperature abnormal"), Map.entry(0x31, "battery empty"),
            Map.entry(0x33, "initial ink filling impossible"), Map.entry(0x36, "maintenance box cover open"),
            Map.entry(0x37, "scanner or front cover open"), Map.entry(0x41, "maintenance request"),
            Map.entry(0x47, "printing disabled"), Map.entry(0x4A, "maintenance box near end"),
            Map.entry(0x4B, "driver mismatch"));

    // Warning record (type 0x04): Ircama/epson_print_conf, epson_print_conf.py, status_parser,
    // table warning_ids. The ink names are theirs: one code stands for different colours on
    // different models ("black or yellow").
    private static final Map<Integer, String> WARNINGS = Map.ofEntries(
            Map.entry(0x10, "ink low (black or yellow)"), Map.entry(0x11, "ink low (magenta)"),
            Map.entry(0x12, "ink low (yellow or cyan)"), Map.entry(0x13, "ink low (cyan or matte black)"),
            Map.entry(0x14, "ink low (photo black)"), Map.entry(0x15, "ink low (red)"),
            Map.entry(0x16, "ink low (blue)"), Map.entry(0x17, "ink low (gloss optimizer)"),
            Map.entry(0x44, "black print mode"), Map.entry(0x51, "cleaning disabled (cyan)"),
            Map.entry(0x52, "cleaning disabled (magenta)"), Map.entry(0x53, "cleaning disabled (yellow)"),
            Map.entry(0x54, "cleaning disabled (black)"));

    /** First and last warning code that means "ink low" (WARNINGS above). */
    static final int INK_LOW_FIRST = 0x10;
    static final int INK_LOW_LAST = 0x17;

    // Paper path record (type 0x06): the byte patterns Ircama/epson_print_conf's status_parser names.
    private static final Map<String, String> PAPER_PATHS = Map.of(
            "01 ff", "cut sheet (rear)", "03 01", "roll paper", "03 02", "photo album",
            "02 01 00", "cut sheet (auto select)", "02 01", "CD-R, cardboard");

    // Maintenance box record (type 0x37) states, same source (status_parser, type 0x37).
    private static final String[] BOX_STATES = {"not full", "near full", "full"};

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

    /** A warning record's (type 0x04) code as text; unknown → "warning 0xNN". */
    public static String warningText(int code) {
        return WARNINGS.getOrDefault(code, "warning " + hex(code));
    }

    /** True for the warning codes that mean some ink is low (0x10–0x17). */
    public static boolean isInkLowWarning(int code) {
        return code >= INK_LOW_FIRST && code <= INK_LOW_LAST;
    }

    /** The paper path record's bytes (lower-case spaced hex) as a name, or "raw " + the hex when unknown. */
    public static String paperPathText(String hex) {
        return PAPER_PATHS.getOrDefault(hex, "raw " + hex);
    }

    /** A maintenance box state byte: 0 "not full", 1 "near full", 2 "full", else "unknown (0xNN)". */
    public static String boxStateText(int code) {
        return code >= 0 && code < BOX_STATES.length ? BOX_STATES[code] : "unknown (" + hex(code) + ")";
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
