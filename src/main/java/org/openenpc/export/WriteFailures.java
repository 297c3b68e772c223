package org.openenpc.export;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns whatever a write threw into words for the user: one clause or one sentence, never a
 * stack trace. Used by the command line and the desktop app alike. Stateless; any thread.
 */
public final class WriteFailures {
    private WriteFailures() {
    }

    /** "Cannot write TARGET: why." */
    public static String sentence(Path target, Throwable failure) {
        return failure instanceof NotWritableException n && n.target().equals(target)
                ? n.getMessage() : "Cannot write " + target + ": " + reason(failure) + ".";
    }

    /** Why, as one clause without a final full stop (e.g. "No space left on device"). */
    public static String reason(Throwable failure) {
        if (failure instanceof NotWritableException n) {
            return n.reason();
        }
        if (failure instanceof FileSystemException f) {
            return fileSystemReason(f);
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : clause(message);
    }

    private static String fileSystemReason(FileSystemException f) {
        String reason = f.getReason() != null ? clause(f.getReason())
                : f instanceof NoSuchFileException ? "no such file or folder"
                : f instanceof AccessDeniedException ? "permission denied"
                : f.getClass().getSimpleName();
        return f.getFile() == null ? reason : reason + " (" + f.getFile() + ")";
    }

    /** The first line, without a final full stop: exception messages may run over several lines. */
    private static String clause(String message) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
