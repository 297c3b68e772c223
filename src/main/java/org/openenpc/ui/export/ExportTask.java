package org.openenpc.ui.export;

import java.nio.file.Path;
import java.util.List;

import javafx.concurrent.Task;

import org.openenpc.export.AtomicFileWriter;
import org.openenpc.export.ExportFormat;
import org.openenpc.model.Printer;

/**
 * Writes an export in the background: the file is complete or untouched, an existing file keeps
 * its permissions, and a file that cannot be written fails before anything is written with a
 * {@link org.openenpc.export.NotWritableException} (all AtomicFileWriter). Runs on the app's
 * executor; its callbacks land on the FX thread.
 */
public final class ExportTask extends Task<Integer> {

    private final List<Printer> printers;
    private final Path target;
    private final ExportFormat format;
    private final boolean bom;
    private final java.util.function.Function<Printer, org.openenpc.model.UserFields> user;

    public ExportTask(List<Printer> printers, Path target, ExportFormat format, boolean bom) {
        this(printers, p -> org.openenpc.model.UserFields.NONE, target, format, bom);
    }

    /** @param user the user's fields of each printer (called on the task's thread) */
    public ExportTask(List<Printer> printers, java.util.function.Function<Printer, org.openenpc.model.UserFields> user,
                      Path target, ExportFormat format, boolean bom) {
        this.user = user;
        this.printers = List.copyOf(printers);
        this.target = target;
        this.format = format;
        this.bom = bom;
    }

    @Override
    protected Integer call() throws Exception {
        AtomicFileWriter.write(target, format.create(bom), printers, user);
        return printers.size();
    }

    public Path target() {
        return target;
    }
}
