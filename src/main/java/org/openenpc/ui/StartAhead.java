package org.openenpc.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Start-up work that needs no JavaFX, done on a thread of its own while JavaFX starts its toolkit (issue 14):
 * the FX thread then finds it done instead of doing it before the window. {@link #await()} waits for it, so
 * what follows never races it (e.g. a logger asked for while logging is still being configured would be
 * slf4j's substitute). A task that fails is skipped: whoever needs its work does it again, and reports.
 * Any thread.
 */
final class StartAhead {
    private static volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    private StartAhead() {
    }

    /** Runs {@code tasks} in order on a new daemon thread; {@link #await()} waits for them. */
    static void begin(List<Runnable> tasks) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        running = done;
        Thread t = new Thread(() -> {
            try {
                for (Runnable task : tasks) {
                    try {
                        task.run();
                    } catch (RuntimeException | LinkageError e) {
                        // Done again, and reported, where it is needed.
                    }
                }
            } finally {
                done.complete(null);
            }
        }, "start-ahead");
        t.setDaemon(true);
        t.start();
    }

    /** Returns once the tasks of the last {@link #begin} have run (at once when none was begun). */
    static void await() {
        running.join();
    }
}
