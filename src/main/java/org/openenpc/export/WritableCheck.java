package org.openenpc.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds out, without changing anything, whether {@link AtomicFileWriter} can replace a file, and
 * says why not in a {@link NotWritableException}. It tries rather than asks: root passes every
 * {@code access()} check, yet cannot write an immutable file, so the existing file is opened for
 * writing (neither truncated nor written, so its content and modification time stay) and a probe
 * temp file is created and deleted in the folder. Stateless; call on a background thread (disk I/O).
 */
final class WritableCheck {

    private WritableCheck() {
    }

    /** Everything: the target's folder and the target itself, then the folder's probe file. */
    static void check(Path target) throws NotWritableException {
        checkTarget(target);
        Path dir = target.toAbsolutePath().getParent();
        Path probe = dir.resolve(TempName.next(target.getFileName().toString()));
        try {
            ShutdownDeletions.create(probe).close();
            Files.delete(probe);
        } catch (IOException e) {
            throw folderRefused(target, dir, e);
        } finally {
            ShutdownDeletions.forget(probe);
        }
    }

    /** The target's folder exists, the target is not a folder or a device, and it is writable if it exists. */
    static void checkTarget(Path target) throws NotWritableException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new NotWritableException(target, "it is a folder, not a file", null);
        }
        Path dir = absolute.getParent();
        if (Files.notExists(dir)) {
            throw new NotWritableException(target, "the folder " + dir + " does not exist", null);
        }
        if (!Files.exists(dir)) { // neither exists nor not: a folder above it may not be entered
            throw new NotWritableException(target, "the folder " + dir + " cannot be reached (permission denied)", null);
        }
        if (!Files.isDirectory(dir)) {
            throw new NotWritableException(target, dir + " is not a folder", null);
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // Renaming over /dev/null or a pipe would replace it; opening a pipe would block.
            throw new NotWritableException(target, "it is not a regular file (a device, pipe or socket)", null);
        }
        if (Files.exists(absolute)) {
            try (FileChannel probe = FileChannel.open(absolute, StandardOpenOption.WRITE)) {
                // opened, so writable; nothing is written
            } catch (AccessDeniedException e) {
                throw new NotWritableException(target, "the file exists and is not writable", e);
            } catch (IOException e) {
                throw new NotWritableException(target, "the file cannot be changed (" + why(e) + ")", e);
            }
        }
    }

    /** The sentence for a folder in which the temp file cannot be created. */
    static NotWritableException folderRefused(Path target, Path dir, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new NotWritableException(target, "the folder " + dir
                    + " is not writable, so the temporary file cannot be created", e);
        }
        return new NotWritableException(target, "the folder " + dir + " does not accept new files (" + why(e) + ")", e);
    }

    /** The system's reason, with a hint for EPERM, which on Linux means chattr +i or +a. */
    private static String why(IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : WriteFailures.reason(e);
        return reason.equals("Operation not permitted")
                ? reason + ": it may be immutable or append-only, see lsattr" : reason;
    }
}
