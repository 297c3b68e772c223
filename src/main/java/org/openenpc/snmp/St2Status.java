package org.openenpc.snmp;

import java.util.List;

/**
 * A decoded Epson "@BDC ST2" status value (PROTOCOL.md §4, "Inkjet and business printers: SNMP").
 * Immutable; safe to share between threads.
 *
 * <p>Only records whose meaning is documented are interpreted: status 0x01, error 0x02, ink 0x0F and
 * serial 0x40 (PROTOCOL.md §4), and warning 0x04, paper path 0x06 and maintenance box 0x37 (the
 * community decoder Ircama/epson_print_conf, epson_print_conf.py, EpsonPrinter.status_parser). Every
 * record, known or not, is also kept raw in {@link #records()} so that users capturing new models can
 * see the bytes nobody has decoded yet.
 *
 * @param statusCode the status record's byte, or -1 when the value has no status record
 * @param statusText a readable name for {@code statusCode} (see {@link St2Codes#statusText})
 * @param errorCodes the error record's bytes, in order; empty when there is no error record
 * @param errorTexts readable names for {@code errorCodes}, index for index
 * @param inks the ink record's cartridges, in the printer's order
 * @param serial the serial number (record 0x40, ASCII), or "" when absent
 * @param records every record in order, raw
 * @param problems oddities met while parsing (lying lengths, cut records, duplicates); empty when clean
 * @param warningCodes the warning record's bytes (type 0x04), in order; empty when absent
 * @param warningTexts readable names for {@code warningCodes} (see {@link St2Codes#warningText})
 * @param paperPath the paper path record (type 0x06) as a name, "raw …" hex when unknown, "" when absent
 * @param maintenanceBoxes the maintenance box record's boxes (type 0x37); empty when absent
 */
public record St2Status(int statusCode, String statusText, List<Integer> errorCodes, List<String> errorTexts,
                        List<InkLevel> inks, String serial, List<Record> records, List<String> problems,
                        List<Integer> warningCodes, List<String> warningTexts, String paperPath,
                        List<MaintenanceBox> maintenanceBoxes) {

    /** Copies the lists so that the status stays immutable whatever the caller does with its own. */
    public St2Status {
        errorCodes = List.copyOf(errorCodes);
        errorTexts = List.copyOf(errorTexts);
        inks = List.copyOf(inks);
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        warningCodes = List.copyOf(warningCodes);
        warningTexts = List.copyOf(warningTexts);
        maintenanceBoxes = List.copyOf(maintenanceBoxes);
    }

    /** A status without the records added after PROTOCOL.md §4 (warnings, paper path, maintenance box). */
    public St2Status(int statusCode, String statusText, List<Integer> errorCodes, List<String> errorTexts,
                     List<InkLevel> inks, String serial, List<Record> records, List<String> problems) {
        this(statusCode, statusText, errorCodes, errorTexts, inks, serial, records, problems, List.of(), List.of(),
                "", List.of());
    }

    /** True when the status record is absent: {@code statusCode} is then -1. */
    public boolean statusReported() {
        return statusCode >= 0;
    }

    /**
     * One cartridge from the ink record (type 0x0F).
     *
     * @param cartridgeId the entry's first byte (the printer's slot/cartridge number)
     * @param colourCode the entry's second byte
     * @param colour the colour's name (see {@link St2Codes#colourName})
     * @param percent 0–100 when the level byte is 0x00–0x64, otherwise null (not reported)
     * @param state "ok" when a percent is known, else why not (see {@link St2Codes#inkState})
     * @param raw the level byte as sent
     */
    public record InkLevel(int cartridgeId, int colourCode, String colour, Integer percent, String state, int raw) {
    }

    /**
     * One maintenance box (waste-ink receptacle) from record 0x37.
     *
     * @param number     1 for the first box, in the printer's order
     * @param stateCode  the state byte: 0 not full, 1 near full, 2 full
     * @param state      {@code stateCode} as text (see {@link St2Codes#boxStateText})
     * @param resetCount the byte after the state when entries are 2 bytes long (epson_print_conf calls
     *                   it the reset count; unconfirmed), else null
     */
    public record MaintenanceBox(int number, int stateCode, String state, Integer resetCount) {
    }

    /**
     * One record exactly as it came.
     *
     * @param type the record's type byte
     * @param offset where the type byte sits, counted from the first byte of the SNMP value (so a
     *        leading extra byte before the marker shifts every offset by one)
     * @param hex the record's data bytes (after the type and length bytes), lower-case hex pairs
     *        separated by spaces; only the bytes actually present when the record was cut short
     */
    public record Record(int type, int offset, String hex) {
    }
}
