package org.openenpc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;

/**
 * Opens the inventory for recording on its own thread while the scan runs (SQLite, Flyway's check of the schema
 * and their classes take a few hundred milliseconds, which the scan would otherwise wait for at its end; issue 14).
 * What the opening and the recording say (warnings) is held and told on the command's own stream at
 * {@link #release}, so nothing is written into the scan's progress line. Used by one command's thread.
 */
final class RecordingOpener {

    private final StringWriter held = new StringWriter();
    private final PrintWriter heldWriter = new PrintWriter(held, true);
    private final CompletableFuture<RecordOptions.Recording> opening;

    RecordingOpener(RecordOptions options) {
        options.check(); // a bad --keep-days is refused before anything is sent
        opening = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                opening.complete(options.open(heldWriter));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "openenpc-inventory-open");
        t.setDaemon(true);
        t.start();
    }

    /** The opened recording (waits for it); its problems are thrown as they would have been by opening here. */
    RecordOptions.Recording await() {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Writes what was said so far to {@code err}, and forgets it. */
    void release(PrintWriter err) {
        heldWriter.flush();
        String text = held.toString();
        held.getBuffer().setLength(0);
        if (!text.isEmpty()) {
            err.print(text);
            err.flush();
        }
    }

    /** Closes the recording once it is open (a scan that failed records nothing). */
    void discard() {
        opening.thenAccept(RecordOptions.Recording::close);
    }
}
