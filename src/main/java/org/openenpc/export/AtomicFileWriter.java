package org.openenpc.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.openenpc.model.Printer;

/**
 * Writes a file completely or not at all. The body writes into a temporary file in the target's
 * directory (same file system, so the final rename is atomic); the data is forced to disk, then
 * the temporary file is renamed over the target. If anything fails, the temporary file is deleted
 * and the target keeps its old content: a crash or a full disk never leaves half an export.
 * Stateless; call it on a background thread (it blocks on disk I/O).
 *
 * <p>Rules around that core:
 * <ul>
 * <li><b>Refusals first.</b> Before the temp file exists, {@link #write} refuses, with a
 *     {@link NotWritableException} naming the path and why, a target whose folder is missing, a
 *     folder, a device or pipe, and an existing file that cannot be opened for writing (read-only
 *     for this user, immutable or append-only). A read-only file is refused, not replaced, though
 *     a rename could replace it. {@link #check} makes the same tests plus a probe temp file in the
 *     folder, so a caller can refuse before long work (the CLI before its scan).</li>
 * <li><b>Permissions kept.</b> Replacing an existing file keeps its POSIX permissions, and its
 *     owner and group where the system allows ({@link ReplacedFileAttributes}); a new file gets
 *     the usual umask-based permissions.</li>
 * <li><b>No temp file left by a signal.</b> The temp file in progress is registered for deletion
 *     by a shutdown hook (SIGTERM, Ctrl+C) and deregistered once renamed or deleted
 *     ({@link ShutdownDeletions}).</li>
 * <li><b>Leftovers of a killed run are tidied.</b> {@code kill -9} runs no hook, so every write
 *     first deletes the stale temp files in its folder. Temp files are named
 *     {@code .NAME.<pid>.<16 hex digits>.tmp}; one is stale, and deleted, only when its PID is not
 *     a live process here <em>and</em> it has not been modified for a minute
 *     ({@link TempName#STALE_AFTER}): the age rule protects a live writer whose PID merely looks
 *     dead (another machine or container sharing the folder). Anything else is left alone.</li>
 * </ul>
 */
public final class AtomicFileWriter {

    /** Writes to an output stream; may throw {@link IOException}. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * Runs {@code body} against a stream into a temporary file, then replaces {@code target} with
     * it. The body need not (and should not) close the stream; closing it only flushes.
     *
     * @throws NotWritableException before the body runs, if the target cannot be written
     * @throws IOException from the body or the file system; {@code target} is then unchanged
     */
    public static void write(Path target, IoConsumer<OutputStream> body) throws IOException {
        WritableCheck.checkTarget(target);
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        TempName.sweep(dir);
        Path temp = dir.resolve(TempName.next(absolute.getFileName().toString()));
        FileChannel channel;
        try {
            // CREATE_NEW (not createTempFile): a new file gets the usual permissions, not owner-only.
            channel = ShutdownDeletions.create(temp, ReplacedFileAttributes.forCreation(absolute));
        } catch (IOException e) {
            throw WritableCheck.folderRefused(target, dir, e);
        }
        try {
            writeAndForce(channel, body);
            ReplacedFileAttributes.copy(absolute, temp);
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup); // the body's failure is what the caller must see
            }
            throw e;
        } finally {
            ShutdownDeletions.forget(temp); // after the rename or the delete, never before
        }
        forceDirectory(dir);
    }

    /**
     * Checks, without changing anything, that {@link #write} could replace {@code target}: the
     * refusals above, then a probe temp file created and deleted in its folder (as root, asking
     * the system whether a folder is writable always says yes).
     *
     * @throws NotWritableException naming the path and why not
     */
    public static void check(Path target) throws NotWritableException {
        WritableCheck.check(target);
    }

    /** Convenience: {@code exporter.write(printers, …)} into {@code target}, atomically. */
    public static void write(Path target, Exporter exporter, List<Printer> printers)
            throws IOException {
        write(target, out -> exporter.write(printers, out));
    }

    /** As above, with the user's fields of each printer. */
    public static void write(Path target, Exporter exporter, List<Printer> printers,
                             java.util.function.Function<Printer, org.openenpc.model.UserFields> user) throws IOException {
        write(target, out -> exporter.write(printers, user, out));
    }

    private static void writeAndForce(FileChannel opened, IoConsumer<OutputStream> body) throws IOException {
        try (FileChannel channel = opened) {
            BufferedOutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            body.accept(new FilterOutputStream(buffered) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len); // FilterOutputStream's default writes byte by byte
                }

                @Override
                public void close() throws IOException {
                    flush(); // keep the channel open until it is forced to disk below
                }
            });
            buffered.flush();
            channel.force(true);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (e.g. certain network shares) cannot rename atomically; a plain
            // replace still never exposes a half-written file under the target's name.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes the rename itself durable on POSIX systems. Best effort: Windows cannot open a
     * directory as a channel, and the file's data is already safe on disk either way.
     */
    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // ignored on purpose, see above
        }
    }
}
