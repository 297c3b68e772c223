package org.openenpc.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.openenpc.model.Printer;

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
    void write(List<Printer> printers, OutputStream out) throws IOException;

    /** The usual file name extension, without the dot ("csv", "json"). */
    String fileExtension();
}
