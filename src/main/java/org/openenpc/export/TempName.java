package org.openenpc.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names {@link AtomicFileWriter}'s temporary files {@code .NAME.<pid>.<16 hex digits>.tmp} and
 * decides which ones a killed run left behind. Stateless; safe from any thread.
 *
 * <p>A file is <em>stale</em> when all three hold: its name has exactly that shape; the process
 * id in it is not a live process here ({@link ProcessHandle#of}); and it was last modified more
 * than {@link #STALE_AFTER} ago. The PID rule alone is not enough when the folder is shared
 * with another machine or PID namespace (a container on a bind mount, a network share) or when
 * {@code /proc} hides other users' processes: there a live writer's PID looks dead. The age
 * rule covers that, and even when both guesses are wrong the other writer only sees its
 * rename fail (its target stays untouched), never a corrupt file. A reused PID errs the safe
 * way: the stale file is kept until that process ends.
 */
final class TempName {

    /** How long a temp file of a dead PID must have been left alone before it is deleted. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private static final Pattern OURS = Pattern.compile("\\..+\\.([0-9]{1,18})\\.[0-9a-f]{16}\\.tmp");

    private TempName() {
    }

    /** A fresh temp name for {@code targetName}, carrying this process's id. */
    static String next(String targetName) {
        return "." + targetName + "." + ProcessHandle.current().pid() + "."
                + String.format("%016x", ThreadLocalRandom.current().nextLong()) + ".tmp";
    }

    /** The writer's PID if {@code fileName} is one of our temp names. */
    static OptionalLong pidOf(String fileName) {
        Matcher m = OURS.matcher(fileName);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** The rule above, with the clock and the liveness test passed in (for tests). */
    static boolean isStale(String fileName, long modifiedMillis, long nowMillis, LongPredicate alive) {
        OptionalLong pid = pidOf(fileName);
        return pid.isPresent() && !alive.test(pid.getAsLong())
                && nowMillis - modifiedMillis > STALE_AFTER.toMillis();
    }

    /** Whether a process with this id runs here (this process included). */
    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Deletes the stale temp files in {@code dir}. Best effort: a file another user owns, one
     * that vanished meanwhile or an unreadable folder is left alone without a word, because
     * the write that called this must not fail for someone else's leftovers.
     */
    static void sweep(Path dir) {
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path file : files) {
                deleteIfStale(file, now);
            }
        } catch (IOException | RuntimeException e) {
            // see above: leftovers are tidied, never a reason to fail
        }
    }

    private static void deleteIfStale(Path file, long now) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isRegularFile()
                    && isStale(file.getFileName().toString(), a.lastModifiedTime().toMillis(), now, TempName::alive)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // not ours to delete (another user's folder entry) or already gone
        }
    }
}
