package org.openenpc.mdns;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Closes things that may block for seconds (JmDNS.close waits for its goodbye announcements and could wait 5 s
 * more on its own state machine: jmdns issues #82, #132) without blocking the caller for longer than a bound.
 * Each close runs on its own daemon thread, all at once; the caller waits at most the bound, then returns anyway
 * and the stragglers finish in the background. Callable from any thread, the FX thread included.
 */
public final class BoundedClose {

    private BoundedClose() {
    }

    /**
     * Closes every one of {@code items} in parallel; true when all finished within {@code bound}. Even starting the
     * closing threads happens on a daemon thread: with hundreds of busy JmDNS instances on two cores, starting 250
     * threads alone took seconds (measured: a 3 s bound became 14.7 s when the caller started them).
     */
    public static boolean closeAll(String name, List<? extends Closeable> items, Duration bound) {
        List<Closeable> copy = List.copyOf(items);
        CountDownLatch done = new CountDownLatch(copy.size());
        daemon("mdns-close-" + name, () -> {
            for (int i = 0; i < copy.size(); i++) {
                Closeable c = copy.get(i);
                daemon("mdns-close-" + name + "-" + i, () -> closeQuietly(name, c, done));
            }
        });
        try {
            return done.await(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(String name, Closeable c, CountDownLatch done) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            System.getLogger(BoundedClose.class.getName()).log(System.Logger.Level.DEBUG, "closing " + name
                    + " failed", e);
        } finally {
            done.countDown();
        }
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
