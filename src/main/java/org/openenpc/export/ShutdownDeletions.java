package org.openenpc.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.HashSet;
import java.util.Set;

/**
 * Temp files in progress, deleted by a shutdown hook if the JVM exits while they exist (SIGTERM,
 * Ctrl+C, {@code System.exit} from another thread). A file is registered in the same step that
 * creates it and deregistered once it has been renamed or deleted. One hook for the whole JVM,
 * installed on first use.
 *
 * <p>Creation and the hook share one lock, so a file is either created before the hook runs (and
 * the hook deletes it) or refused after: no file can appear behind the hook's back. Writers call
 * this from any thread; the hook runs on the JVM's shutdown thread. {@code kill -9} runs no hook:
 * {@link TempName#sweep} tidies those leftovers on the next write to the folder.
 */
final class ShutdownDeletions {

    private static final Object LOCK = new Object();
    private static final Set<Path> PENDING = new HashSet<>();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private ShutdownDeletions() {
    }

    /**
     * Creates {@code temp} (it must not exist) open for writing, and registers it.
     *
     * @throws IOException from the file system, or when the JVM is already shutting down
     */
    static FileChannel create(Path temp, FileAttribute<?>... attributes) throws IOException {
        synchronized (LOCK) {
            installHook();
            if (shuttingDown) {
                throw new IOException("the program is shutting down");
            }
            FileChannel channel = FileChannel.open(temp,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes);
            PENDING.add(temp);
            return channel;
        }
    }

    /** Deregisters {@code temp}; call after it was renamed away or deleted. */
    static void forget(Path temp) {
        synchronized (LOCK) {
            PENDING.remove(temp);
        }
    }

    /** Whether {@code temp} is registered (for tests). */
    static boolean pending(Path temp) {
        synchronized (LOCK) {
            return PENDING.contains(temp);
        }
    }

    private static void installHook() {
        if (hookInstalled || shuttingDown) {
            return;
        }
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownDeletions::deleteAll, "openenpc-temp-cleanup"));
            hookInstalled = true;
        } catch (IllegalStateException alreadyExiting) {
            shuttingDown = true;
        }
    }

    private static void deleteAll() {
        synchronized (LOCK) {
            shuttingDown = true;
            for (Path temp : PENDING) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // nothing left to tell anyone: the JVM is exiting; the next write's sweep retries
                }
            }
            PENDING.clear();
        }
    }
}
