package org.openenpc.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be written, said in one sentence that names the path and why ("Cannot write
 * out/printers.csv: the folder /home/u/out does not exist."), fit to show the user verbatim.
 * Thrown by {@link AtomicFileWriter} before anything is written; immutable.
 */
public final class NotWritableException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path target;
    private final String reason;

    /** @param reason a clause without a final full stop, e.g. "it is a folder, not a file" */
    public NotWritableException(Path target, String reason, Throwable cause) {
        super("Cannot write " + target + ": " + reason + ".", cause);
        this.target = target;
        this.reason = reason;
    }

    /** The file that could not be written, as the caller named it. */
    public Path target() {
        return target;
    }

    /** Why, as a clause without a final full stop (for a sentence of the caller's own). */
    public String reason() {
        return reason;
    }
}
