package org.openenpc.sim;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Makes every simulated printer print at {@link SimulatorConfig#printRate()} pages per minute: one
 * page per printer per tick on one daemon thread ("enpc-sim-print"), so supplies drain and page
 * counts rise while monitoring watches. Printers that are blocked by an error print nothing until it
 * is cleared. Started and closed by {@link Simulator}.
 */
final class PrintTicker {
    private final ScheduledExecutorService executor;

    private PrintTicker(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static PrintTicker start(List<SimulatedPrinter> printers, int pagesPerMinute) {
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "enpc-sim-print");
            t.setDaemon(true);
            return t;
        });
        long periodNanos = TimeUnit.MINUTES.toNanos(1) / pagesPerMinute;
        ex.scheduleAtFixedRate(() -> {
            for (SimulatedPrinter p : printers) {
                p.print(1);
            }
        }, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
        return new PrintTicker(ex);
    }

    void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
