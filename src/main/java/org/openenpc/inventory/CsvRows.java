package org.openenpc.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openenpc.model.SafeText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a spreadsheet's CSV into rows of cells, each with the line of the file it starts on, for
 * {@link UserFieldsImport}. RFC 4180 by Jackson (quoted cells with commas, quotes and line breaks, kept
 * exactly); a byte-order mark is skipped (UTF-8, and UTF-16 as Excel's "Unicode text" writes it); otherwise the
 * bytes must be UTF-8. The separator is a comma, or a semicolon or tab when the first line has no comma but
 * one of those (Excel writes semicolons where the decimal mark is a comma). Rows whose cells are all empty
 * (blank lines, ",,,,") are dropped. Every failure of the whole file is an {@link ImportFileException} with
 * one sentence. Stateless; any thread.
 */
final class CsvRows {

    /** The largest file read: a list of even 100,000 printers with long notes stays far below it. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final CsvMapper MAPPER = new CsvMapper();

    /** One record of the file: its cells, as written, and the 1-based line where it starts. */
    record Row(int line, List<String> cells) {
    }

    private CsvRows() {
    }

    /** The rows of {@code file}, the first being its header. */
    static List<Row> read(Path file) {
        String name = SafeText.escape(file.toString());
        return parse(decode(bytes(file, name), name), name);
    }

    /** The rows of the text {@code in} holds (read to its end, not closed), {@code name} naming it in sentences. */
    static List<Row> read(Reader in, String name) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
                if (sb.length() > MAX_BYTES) {
                    throw tooLarge(name);
                }
            }
        } catch (IOException e) {
            throw new ImportFileException("Cannot read " + name + ": " + reason(e) + ".", e);
        }
        String text = sb.length() > 0 && sb.charAt(0) == '\uFEFF' ? sb.substring(1) : sb.toString();
        return parse(text, name);
    }

    private static byte[] bytes(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw new ImportFileException("Cannot read " + name + ": it is a folder, not a file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(MAX_BYTES + 1); // not Files.size: the file may grow while we read
            if (b.length > MAX_BYTES) {
                throw tooLarge(name);
            }
            return b;
        } catch (NoSuchFileException e) {
            throw new ImportFileException("Cannot read " + name + ": there is no such file.", e);
        } catch (AccessDeniedException e) {
            throw new ImportFileException("Cannot read " + name + ": permission denied.", e);
        } catch (IOException e) {
            throw new ImportFileException("Cannot read " + name + ": " + reason(e) + ".", e);
        }
    }

    private static String decode(byte[] b, String name) {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            throw new ImportFileException(name + " is a workbook (.xlsx or .ods), not CSV: save it as \"CSV UTF-8\" first.");
        }
        int skip = 0;
        Charset cs = StandardCharsets.UTF_8;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            skip = 2;
            cs = StandardCharsets.UTF_16LE;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            skip = 2;
            cs = StandardCharsets.UTF_16BE;
        }
        try {
            // Strict: a file saved as "CSV" in a legacy code page would otherwise import as mojibake, silently.
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException(name + " is not UTF-8 text: save it as \"CSV UTF-8\" and import that.", e);
        }
    }

    /** The records of {@code text}: header first, all-empty rows dropped. */
    static List<Row> parse(String text, String name) {
        if (text.isBlank()) {
            throw new ImportFileException(name + " is empty.");
        }
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(text));
        List<Row> rows = new ArrayList<>();
        try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(new StringReader(text))) {
            p.setSchema(schema);
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> cells = new ArrayList<>();
            int line = 0;
            int depth = 0; // 1: the array wrapping the file, 2: inside one record
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.VALUE_STRING && depth == 2) {
                    if (cells.isEmpty()) {
                        line = p.currentTokenLocation().getLineNr(); // where the record starts
                    }
                    cells.add(p.getText());
                } else if (t == JsonToken.END_ARRAY && depth-- == 2) {
                    if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                        rows.add(new Row(line, List.copyOf(cells)));
                    }
                    cells.clear();
                }
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new ImportFileException(name + " is not valid CSV" + (at > 0 ? " near line " + at : "") + ": "
                    + lowerFirst(e.getOriginalMessage()) + ".", e);
        } catch (IOException e) {
            throw new ImportFileException("Cannot read " + name + ": " + reason(e) + ".", e);
        }
        if (rows.isEmpty()) {
            throw new ImportFileException(name + " is empty.");
        }
        return rows;
    }

    /** Comma, unless the first line has none and has a semicolon or a tab. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (first.indexOf(',') >= 0) {
            return ',';
        }
        return first.indexOf(';') >= 0 ? ';' : first.indexOf('\t') >= 0 ? '\t' : ',';
    }

    private static ImportFileException tooLarge(String name) {
        return new ImportFileException(name + " is larger than " + MAX_BYTES / (1024 * 1024)
                + " MB: too large for a list of printers.");
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : SafeText.escape(m);
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "unreadable";
        }
        String one = s.lines().findFirst().orElse(s).strip();
        one = one.endsWith(".") ? one.substring(0, one.length() - 1) : one;
        return SafeText.escape(one.substring(0, 1).toLowerCase(Locale.ROOT) + one.substring(1));
    }
}
