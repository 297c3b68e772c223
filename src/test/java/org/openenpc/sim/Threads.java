package org.openenpc.sim;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** For child mains: which threads JmDNS (or anything else non-daemon) left behind. */
final class Threads {

    private Threads() {
    }

    /** Live threads whose name says JmDNS's or ours, or that are not daemons (main itself excepted). */
    static List<String> left() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t != Thread.currentThread())
                .filter(t -> !t.isDaemon() || t.getName().toLowerCase(Locale.ROOT).contains("jmdns")
                        || t.getName().startsWith("SocketListener") || t.getName().startsWith("mdns-"))
                .filter(t -> !t.getName().equals("DestroyJavaVM"))
                .map(t -> t.getName() + (t.isDaemon() ? " (daemon)" : " (NON-DAEMON)") + " " + t.getState())
                .sorted().toList();
    }

    /** Waits up to {@code within} for them to end (polling: a child main has no Awaitility assertion), then prints. */
    static void printLeft(Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        List<String> left = left();
        while (!left.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
            left = left();
        }
        System.out.println("THREADS LEFT " + left);
    }
}
