package org.openenpc.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.openenpc.model.Printer;
import org.openenpc.model.UserFields;

/**
 * Writes a list of printers to a stream in one file format. Implementations are stateless and
 * thread-safe; the UI or CLI calls them on a background thread (file I/O), usually through
 * {@link AtomicFileWriter}.
 */
public interface Exporter {

    /**
     * Writes {@code printers}, in the given order, as UTF-8. Flushes but does not close
     * {@code out}, so the caller can fsync the file before closing it.
     */
    default void write(List<Printer> printers, OutputStream out) throws IOException {
        write(printers, p -> UserFields.NONE, out);
    }

    /**
     * Writes {@code printers} with what the user wrote about each ({@code user}: name, location, asset tag,
     * tags, notes; {@link UserFields#NONE} for a printer the inventory does not know). {@code user} is
     * called on the exporting thread.
     */
    void write(List<Printer> printers, Function<Printer, UserFields> user, OutputStream out) throws IOException;

    /** The usual file name extension, without the dot ("csv", "json"). */
    String fileExtension();
}
