package org.openenpc.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.openenpc.export.AtomicFileWriter;
import org.openenpc.export.NotWritableException;
import org.openenpc.export.WriteFailures;

/**
 * {@code --output FILE} problems in one sentence: checked before a scan starts (exit code 2, so a
 * typo in the path costs no scan), and a write that still fails after it (disk full, the file
 * became unwritable) ends with exit code 1. Never a stack trace. Called on the command's thread.
 */
final class OutputFileCheck {

    private OutputFileCheck() {
    }

    /** Refuses an output file that {@link AtomicFileWriter} could not write; nothing to do for stdout. */
    static void beforeScan(Path output) {
        if (output == null) {
            return;
        }
        try {
            AtomicFileWriter.check(output);
        } catch (NotWritableException e) {
            throw UserFacingException.badArgument(e.getMessage());
        }
    }

    /** The failure of the write after the scan, in one sentence. */
    static UserFacingException failed(Path output, IOException e) {
        return new UserFacingException(output == null ? "Cannot write the output: " + WriteFailures.reason(e) + "."
                : WriteFailures.sentence(output, e));
    }
}
