package org.openenpc.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openenpc.model.Printer;
import org.openenpc.model.UserFields;
import org.openenpc.model.SafeText;

/**
 * Writes printers as CSV: one header row, then one row per printer; UTF-8, CRLF line ends and
 * RFC 4180 quoting (a cell holding a comma or quote is quoted, quotes doubled; CR and LF never reach
 * a cell, {@link #cell} escapes them, so every record is one line), with an
 * optional UTF-8 byte-order mark so Excel detects the encoding. Every cell is passed through
 * {@link #cell}: control characters escaped like every text output ({@link SafeText}), then
 * {@link #neutralise}d against CSV injection. Stateless and thread-safe: called on a background
 * thread by the UI or CLI.
 */
public final class CsvExporter implements Exporter {

    /** The columns, in file order. */
    public static final List<String> COLUMNS = List.of("ip", "mac", "model", "cardName", "nicName", "address",
            "mask", "gateway", "ipFlags", "status", "online", "coverOpen", "paperNearEnd", "paperEnd",
            "autocutterError", "recoverableError", "unrecoverableError", "statusRaw", "holder", "sources",
            "answered", "firstSeen", "lastSeen", "serial", "printerStatus", "errors", "supplies", "snmpSilentSince",
            "duplicateMac", "otherMacs", "protocols", "uuid", "ippUri", "ippState", "ippStateReasons", "ippSilentSince",
            "name", "location", "assetTag", "tags", "notes");

    /** Separator for the list-valued columns (sources, answered, errors, supplies, otherMacs). */
    public static final String LIST_SEPARATOR = "; ";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final boolean bom;
    private final CsvMapper mapper;
    private final ObjectWriter writer;

    /** A CSV exporter without byte-order mark. */
    public CsvExporter() {
        this(false);
    }

    /** @param bom start the file with a UTF-8 byte-order mark (for Excel) */
    public CsvExporter(boolean bom) {
        this.bom = bom;
        // STRICT_CHECK_FOR_QUOTING quotes exactly the cells RFC 4180 requires, instead of Jackson's
        // looser default (which also quotes e.g. cells with spaces). Not closing the target lets
        // AtomicFileWriter fsync the file after we return.
        mapper = CsvMapper.builder()
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .build();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        writer = mapper.writer(schema.build());
    }

    /** Whether files start with a UTF-8 byte-order mark. */
    public boolean bom() {
        return bom;
    }

    @Override
    public void write(List<Printer> printers, Function<Printer, UserFields> user, OutputStream out)
            throws IOException {
        if (bom) {
            out.write(BOM);
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (printers.isEmpty()) {
            // Jackson writes the header together with the first row; an empty export still gets one.
            w.write(String.join(",", COLUMNS) + "\r\n");
        } else {
            try (SequenceWriter rows = writer.writeValues(w)) {
                for (Printer p : printers) {
                    rows.write(row(PrinterRecord.of(p, user.apply(p))));
                }
            }
        }
        w.flush();
    }

    /** The cells of one row by column name, in column order, already made safe by {@link #cell}. */
    static Map<String, String> row(PrinterRecord r) {
        PrinterRecord.Status s = r.status();
        List<String> cells = List.of(r.ip(), r.mac(), r.model(), r.cardName(), r.nicName(), r.address(), r.mask(),
                r.gateway(), r.ipFlags(), s.summary(), bool(s.online()), bool(s.coverOpen()),
                bool(s.paperNearEnd()), bool(s.paperEnd()), bool(s.autocutterError()),
                bool(s.recoverableError()), bool(s.unrecoverableError()), s.raw(), r.holder(),
                String.join(LIST_SEPARATOR, r.sources()), String.join(LIST_SEPARATOR, r.answered()),
                r.firstSeen(), r.lastSeen(), r.snmp() == null ? "" : r.snmp().serial(),
                r.snmp() == null ? "" : r.snmp().printerStatus(),
                String.join(LIST_SEPARATOR, r.errors()), r.suppliesText(),
                r.snmp() == null || r.snmp().silentSince() == null ? "" : r.snmp().silentSince(),
                bool(r.duplicateMac()), String.join(LIST_SEPARATOR, r.otherMacs()),
                String.join(LIST_SEPARATOR, r.protocols()), r.uuid(), r.ippUri(),
                r.ipp() == null ? "" : r.ipp().state(),
                r.ipp() == null ? "" : String.join(LIST_SEPARATOR, r.ipp().stateReasons()),
                r.ipp() == null || r.ipp().silentSince() == null ? "" : r.ipp().silentSince(), r.name(), r.location(),
                r.assetTag(), r.tags(), r.notes());
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            row.put(COLUMNS.get(i), cell(cells.get(i)));
        }
        return row;
    }

    /**
     * One cell as written: device text with its control characters escaped ({@link SafeText}: a CR
     * LF cannot start a forged record in a viewer that ignores quoting, an ESC cannot reach a
     * terminal that {@code cat}s the file, U+202E cannot reverse a cell), then {@link #neutralise}d.
     * The quoting stays RFC 4180: a cell with a comma or quote is still quoted.
     */
    public static String cell(String text) {
        return neutralise(SafeText.escape(text));
    }

    /**
     * OWASP CSV-injection defence: a cell starting with {@code = + - @}, tab or CR gets a single
     * quote prepended, so a spreadsheet shows it as text instead of evaluating it. Needed because
     * model, card and NIC names come from the network: any device on the LAN can call itself
     * {@code =HYPERLINK("http://evil","click")} and a user opening the export would run it.
     * Applied to every cell, including ones (IP, MAC) that cannot start with those characters
     * today, so no future column can forget it.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        boolean dangerous = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return dangerous ? "'" + cell : cell;
    }

    /**
     * Reads a file written by this class, byte-order mark or not: one map per data row, keyed by
     * the header's column names. Neutralised cells keep their leading quote and escaped ones their
     * escapes. Does not close {@code in}.
     */
    public List<Map<String, String>> read(InputStream in) throws IOException {
        InputStream body = skipBom(in);
        CsvSchema headed = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(headed)
                .readValues(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, BOM.length);
        b.mark(BOM.length);
        byte[] head = b.readNBytes(BOM.length);
        if (!java.util.Arrays.equals(head, BOM)) {
            b.reset();
        }
        return b;
    }

    private static String bool(boolean b) {
        return Boolean.toString(b);
    }

    @Override
    public String fileExtension() {
        return "csv";
    }
}
