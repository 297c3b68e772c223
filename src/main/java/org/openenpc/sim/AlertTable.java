package org.openenpc.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The prtAlertTable rows (RFC 3805) of a simulated printer: one row per condition in force, numbered
 * from 1 in a fixed order (errors in {@link SimError} order, then offline, then the warnings), so the
 * table always says what the other status objects say. Enumerations are those of RFC 3805 and the
 * IANA-PRINTER-MIB (PrtAlertSeverityLevelTC, PrtAlertGroupTC, PrtAlertCodeTC). Every row is a
 * binary change event (present while the condition lasts): critical(3) for errors,
 * warningBinaryChangeEvent(5) for "low" conditions. Location is −2, "unknown". Pure; any thread.
 */
final class AlertTable {

    static final int CRITICAL = 3;
    static final int WARNING_BINARY = 5;

    static final int GROUP_GENERAL_PRINTER = 5;
    static final int GROUP_COVER = 6;
    static final int GROUP_INPUT = 8;
    static final int GROUP_MARKER_SUPPLIES = 11;
    static final int GROUP_MEDIA_PATH = 13;

    static final int CODE_COVER_OPEN = 3;
    static final int CODE_JAM = 8;
    static final int CODE_SUBUNIT_OFFLINE = 22;
    static final int CODE_INPUT_SUPPLY_LOW = 807;
    static final int CODE_INPUT_SUPPLY_EMPTY = 808;
    static final int CODE_TONER_EMPTY = 1101;
    static final int CODE_INK_EMPTY = 1102;
    static final int CODE_TONER_ALMOST_EMPTY = 1104;
    static final int CODE_INK_ALMOST_EMPTY = 1105;
    static final int CODE_WASTE_INK_FULL = 1110;

    static final int LOCATION_UNKNOWN = -2;

    /**
     * One row.
     *
     * @param groupIndex the subunit's index within its group (supply index for supplies, else 1)
     */
    record Alert(int severity, int group, int groupIndex, int location, int code, String description) {
    }

    private AlertTable() {
    }

    static List<Alert> rows(SimState s, SnmpProfile profile) {
        List<Alert> out = new ArrayList<>();
        for (SimError e : s.errors()) {
            out.add(alert(e, s, profile));
        }
        if (s.status().offline()) {
            out.add(new Alert(CRITICAL, GROUP_GENERAL_PRINTER, 1, LOCATION_UNKNOWN, CODE_SUBUNIT_OFFLINE, "Offline"));
        }
        if (s.status().paperNearEnd() && !s.status().paperEnd()) {
            out.add(new Alert(WARNING_BINARY, GROUP_INPUT, 1, LOCATION_UNKNOWN, CODE_INPUT_SUPPLY_LOW, "Paper low"));
        }
        int low = HrStatus.lowSupplyIndex(s, profile);
        if (low >= 0) {
            out.add(new Alert(WARNING_BINARY, GROUP_MARKER_SUPPLIES, low + 1, LOCATION_UNKNOWN,
                    profile.toner() ? CODE_TONER_ALMOST_EMPTY : CODE_INK_ALMOST_EMPTY,
                    profile.supplies().get(low).description() + " low"));
        }
        return out;
    }

    private static Alert alert(SimError e, SimState s, SnmpProfile profile) {
        return switch (e) {
            case PAPER_OUT -> new Alert(CRITICAL, GROUP_INPUT, 1, LOCATION_UNKNOWN, CODE_INPUT_SUPPLY_EMPTY, "Paper out");
            case PAPER_JAM -> new Alert(CRITICAL, GROUP_MEDIA_PATH, 1, LOCATION_UNKNOWN, CODE_JAM, "Paper jam");
            case COVER_OPEN -> new Alert(CRITICAL, GROUP_COVER, 1, LOCATION_UNKNOWN, CODE_COVER_OPEN, "Cover open");
            case INK_OUT -> {
                int i = emptySupply(s, profile);
                String what = i >= 0 ? profile.supplies().get(i).description() : profile.toner() ? "Toner" : "Ink";
                yield new Alert(CRITICAL, GROUP_MARKER_SUPPLIES, Math.max(i, 0) + 1, LOCATION_UNKNOWN,
                        profile.toner() ? CODE_TONER_EMPTY : CODE_INK_EMPTY, what + " empty");
            }
            case WASTE_INK_FULL -> new Alert(CRITICAL, GROUP_MARKER_SUPPLIES, Math.max(profile.wasteIndex(), 0) + 1,
                    LOCATION_UNKNOWN, CODE_WASTE_INK_FULL, "Waste ink pad full, service required");
        };
    }

    /** The first consumable at 0 when levels are reported, else -1. */
    private static int emptySupply(SimState s, SnmpProfile profile) {
        if (!profile.levelsReported()) {
            return -1;
        }
        for (int i = 0; i < s.levels().size(); i++) {
            if (profile.supplies().get(i).consumed() && s.levels().get(i) == 0) {
                return i;
            }
        }
        return -1;
    }
}
