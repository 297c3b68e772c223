package org.openenpc.bench;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.openenpc.discovery.ScanListener;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;

/**
 * Notes the moment the N-th printer is listed with both its MAC and its model, when each address was first
 * reported and when the last one was listed complete. Scan thread only writes.
 */
final class ListedWatcher implements ScanListener {
    private final int count;
    private final Set<String> complete = new HashSet<>();
    private final CountDownLatch all = new CountDownLatch(1);
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private volatile long allListedAt;
    private volatile long lastListedAt;

    ListedWatcher(int count) {
        this.count = count;
    }

    @Override
    public void deviceAdded(Printer p) {
        check(p);
    }

    @Override
    public void deviceChanged(Printer p, Set<PrinterField> changed) {
        check(p);
    }

    private void check(Printer p) {
        long now = System.nanoTime();
        firstSeen.putIfAbsent(p.ip(), now);
        if (p.mac() != null && !p.model().isEmpty() && complete.add(p.ip())) {
            lastListedAt = now;
            if (complete.size() == count) {
                allListedAt = now;
                all.countDown();
            }
        }
    }

    /** When each address was first reported (System.nanoTime). */
    Map<String, Long> firstSeen() {
        return firstSeen;
    }

    /** When the latest printer was listed complete (System.nanoTime), 0 if none was. */
    long lastListedAt() {
        return lastListedAt;
    }

    boolean awaitAll(long seconds) throws InterruptedException {
        return all.await(seconds, TimeUnit.SECONDS);
    }

    /** Seconds from {@code startNanos} until all were listed, NaN if they never were. */
    double secondsSince(long startNanos) {
        return allListedAt == 0 ? Double.NaN : (allListedAt - startNanos) / 1e9;
    }

    int listed() {
        return complete.size();
    }
}
