package org.openenpc.snmp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openenpc.protocol.Hex;

/**
 * Interprets the records {@link St2Parser} split out of an "@BDC ST2" value into a {@link St2Status},
 * following the record layouts of PROTOCOL.md §4. Records cut short by the end of the value are kept
 * raw but not interpreted: half a serial number or half an ink table would be shown as if it were
 * true. Pure; any thread.
 */
final class St2Decoder {

    static final int TYPE_STATUS = 0x01;
    static final int TYPE_ERROR = 0x02;
    static final int TYPE_WARNING = 0x04;
    static final int TYPE_PAPER_PATH = 0x06;
    static final int TYPE_MAINTENANCE_BOX = 0x37;
    static final int TYPE_INK = 0x0F;
    static final int TYPE_SERIAL = 0x40;

    /** Each ink entry is [cartridge id][colour][level]; longer entries carry bytes we do not know. */
    static final int INK_ENTRY_MIN = 3;

    private St2Decoder() {
    }

    /** Builds the status; appends to a copy of {@code problemsSoFar}. */
    static St2Status decode(List<St2Parser.RawRecord> raw, List<String> problemsSoFar) {
        List<String> problems = new ArrayList<>(problemsSoFar);
        Builder b = new Builder();
        Set<Integer> seen = new HashSet<>();
        for (St2Parser.RawRecord r : raw) {
            b.records.add(new St2Status.Record(r.type(), r.offset(), Hex.of(r.data())));
            if (!isInterpreted(r.type()) || !r.complete()) {
                continue;
            }
            if (!seen.add(r.type())) {
                // The first one wins; a second copy is unexpected but must not go unnoticed.
                problems.add("record " + St2Codes.hex(r.type()) + " at offset " + r.offset()
                        + " repeats an earlier one and is ignored");
                continue;
            }
            interpret(r, b, problems);
        }
        if (!seen.contains(TYPE_STATUS)) {
            problems.add("no status record (type 0x01)");
        }
        String statusText = b.statusCode < 0 ? "not reported" : St2Codes.statusText(b.statusCode);
        return new St2Status(b.statusCode, statusText, b.errorCodes, b.errorTexts, b.inks, b.serial, b.records,
                problems, b.warningCodes, b.warningTexts, b.paperPath, b.boxes);
    }

    private static boolean isInterpreted(int type) {
        return type == TYPE_STATUS || type == TYPE_ERROR || type == TYPE_INK || type == TYPE_SERIAL
                || type == TYPE_WARNING || type == TYPE_PAPER_PATH || type == TYPE_MAINTENANCE_BOX;
    }

    private static void interpret(St2Parser.RawRecord r, Builder b, List<String> problems) {
        byte[] d = r.data();
        switch (r.type()) {
            case TYPE_STATUS:
                if (d.length == 0) {
                    problems.add("status record at offset " + r.offset() + " is empty");
                    return;
                }
                b.statusCode = d[0] & 0xFF;
                return;
            case TYPE_ERROR:
                // One byte per error; PROTOCOL.md §4 shows one, but nothing forbids several.
                for (byte e : d) {
                    b.errorCodes.add(e & 0xFF);
                    b.errorTexts.add(St2Codes.errorText(e & 0xFF));
                }
                return;
            case TYPE_INK:
                b.inks.addAll(inks(d, r.offset(), problems));
                return;
            case TYPE_WARNING:
                // One byte per warning (epson_print_conf's status_parser, type 0x04).
                for (byte w : d) {
                    b.warningCodes.add(w & 0xFF);
                    b.warningTexts.add(St2Codes.warningText(w & 0xFF));
                }
                return;
            case TYPE_PAPER_PATH:
                b.paperPath = St2Codes.paperPathText(Hex.of(d));
                return;
            case TYPE_MAINTENANCE_BOX:
                b.boxes.addAll(boxes(d, r.offset(), problems));
                return;
            default: // TYPE_SERIAL
                b.serial = serial(d);
        }
    }

    /** The ink record: one byte "bytes per cartridge", then entries of that size (PROTOCOL.md §4). */
    static List<St2Status.InkLevel> inks(byte[] d, int offset, List<String> problems) {
        List<St2Status.InkLevel> out = new ArrayList<>();
        if (d.length == 0) {
            problems.add("ink record at offset " + offset + " is empty");
            return out;
        }
        int per = d[0] & 0xFF;
        if (per < INK_ENTRY_MIN) {
            problems.add("ink record at offset " + offset + " says " + per
                    + " bytes per cartridge; at least 3 are needed");
            return out;
        }
        int entries = (d.length - 1) / per;
        int spare = (d.length - 1) % per;
        if (spare != 0) {
            problems.add("ink record at offset " + offset + " has " + spare + " bytes after its last whole entry");
        }
        for (int i = 0; i < entries; i++) {
            int at = 1 + i * per;
            int colour = d[at + 1] & 0xFF;
            int level = d[at + 2] & 0xFF;
            out.add(new St2Status.InkLevel(d[at] & 0xFF, colour, St2Codes.colourName(colour),
                    St2Codes.percent(level), St2Codes.inkState(level), level));
        }
        return out;
    }

    /**
     * The maintenance box record after Ircama/epson_print_conf (epson_print_conf.py, status_parser,
     * type 0x37): one byte "bytes per box" (1 or 2), then per box a state byte and, with 2, one more
     * byte they call the reset count. An older version of the same parser read the first byte as the
     * number of boxes with 2 bytes each; the captures we have (ET-2850: 02 02 00 00 00, ET-2820:
     * 02 00 00 00 00) decode the same either way. Anything else stays raw with a problem noted.
     */
    static List<St2Status.MaintenanceBox> boxes(byte[] d, int offset, List<String> problems) {
        List<St2Status.MaintenanceBox> out = new ArrayList<>();
        int per = d.length == 0 ? 0 : d[0] & 0xFF;
        if (per < 1 || per > 2) {
            problems.add("maintenance box record at offset " + offset + " says " + per
                    + " bytes per box; 1 or 2 are known");
            return out;
        }
        if ((d.length - 1) % per != 0) {
            problems.add("maintenance box record at offset " + offset + " has " + (d.length - 1) % per
                    + " bytes after its last whole entry");
        }
        for (int at = 1, n = 1; at + per <= d.length; at += per, n++) {
            int state = d[at] & 0xFF;
            Integer reset = per == 2 ? Integer.valueOf(d[at + 1] & 0xFF) : null;
            out.add(new St2Status.MaintenanceBox(n, state, St2Codes.boxStateText(state), reset));
        }
        return out;
    }

    /**
     * The serial as text, decoded like every SNMP text ({@link OctetText}: UTF-8 when valid, else
     * Latin-1), NUL padding as blanks and blanks trimmed. Otherwise exact: an odd byte is kept (and
     * escaped at output by SafeText), so JSON carries what the printer sent.
     */
    static String serial(byte[] d) {
        return OctetText.decode(d).replace('\0', ' ').strip();
    }

    /** Mutable accumulator used only inside {@link #decode}. */
    private static final class Builder {
        int statusCode = -1;
        final List<Integer> errorCodes = new ArrayList<>();
        final List<String> errorTexts = new ArrayList<>();
        final List<St2Status.InkLevel> inks = new ArrayList<>();
        String serial = "";
        final List<St2Status.Record> records = new ArrayList<>();
        final List<Integer> warningCodes = new ArrayList<>();
        final List<String> warningTexts = new ArrayList<>();
        String paperPath = "";
        final List<St2Status.MaintenanceBox> boxes = new ArrayList<>();
    }
}
