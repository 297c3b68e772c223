package org.openenpc.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.openenpc.model.Printer;
import org.openenpc.model.UserFields;

/**
 * Writes printers as a pretty-printed JSON array of {@link PrinterRecord}, UTF-8, LF line ends
 * on every platform (so files diff cleanly), ending with a newline. Stateless and thread-safe:
 * called on a background thread by the UI or CLI.
 */
public final class JsonExporter implements Exporter {

    private static final TypeReference<List<PrinterRecord>> RECORDS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    public JsonExporter() {
        // Not closing the target lets AtomicFileWriter fsync the file after we return.
        mapper = JsonEscapes.apply(new ObjectMapper())
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // Jackson's default indenter uses the platform line separator; pin LF for reproducible files.
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf);
        writer = mapper.writer(pretty);
    }

    @Override
    public void write(List<Printer> printers, Function<Printer, UserFields> user, OutputStream out)
            throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(printers, user, w);
    }

    /** Same as {@link #write(List, OutputStream)} for a character stream; flushes, does not close. */
    public void write(List<Printer> printers, Writer out) throws IOException {
        write(printers, p -> UserFields.NONE, out);
    }

    /** Same as {@link #write(List, Function, OutputStream)} for a character stream; flushes, does not close. */
    public void write(List<Printer> printers, Function<Printer, UserFields> user, Writer out) throws IOException {
        writer.writeValue(out, PrinterRecord.of(printers, user));
        out.write('\n');
        out.flush();
    }

    /** Reads a file written by this class (used by tests and future import). Does not close {@code in}. */
    public List<PrinterRecord> read(InputStream in) throws IOException {
        return mapper.readValue(in, RECORDS);
    }

    @Override
    public String fileExtension() {
        return "json";
    }
}
