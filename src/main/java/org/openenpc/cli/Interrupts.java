package org.openenpc.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ctrl+C (SIGINT) as an event instead of the JVM's default exit with code 130: long-running commands
 * ({@code watch}) stop cleanly and exit 0. Uses {@code sun.misc.Signal} (module jdk.unsupported, present
 * in every JDK 17 build); where it is missing, a shutdown hook runs the action instead.
 */
final class Interrupts {

    private static final Logger LOG = LoggerFactory.getLogger(Interrupts.class);

    /** Undoes {@link #onInterrupt}. */
    interface Handle {
        void restore();
    }

    private Interrupts() {
    }

    /** Runs {@code action} (on a signal thread) when SIGINT arrives, until {@link Handle#restore()}. */
    @SuppressWarnings("removal")
    static Handle onInterrupt(Runnable action) {
        try {
            sun.misc.Signal sig = new sun.misc.Signal("INT");
            sun.misc.SignalHandler old = sun.misc.Signal.handle(sig, s -> action.run());
            return () -> sun.misc.Signal.handle(sig, old);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("SIGINT cannot be caught here; falling back to a shutdown hook", e);
            Thread hook = new Thread(action, "openenpc-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            return () -> {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already exiting: the hook runs, which is what we want
                }
            };
        }
    }
}
