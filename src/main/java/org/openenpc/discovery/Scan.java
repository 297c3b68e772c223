package org.openenpc.discovery;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;

/**
 * A running (or finished) scan: cancel it, wait for it, or read what it found so far. Any thread
 * may call these methods.
 */
public final class Scan {

    private final ScanLoop loop;
    private final DeviceRegistry registry;
    private final CompletableFuture<ScanSummary> done;
    private final Thread thread;

    Scan(ScanLoop loop, DeviceRegistry registry, CompletableFuture<ScanSummary> done, Thread thread) {
        this.loop = loop;
        this.registry = registry;
        this.done = done;
        this.thread = thread;
    }

    /** Stops the scan; the socket is closed within milliseconds and {@code finished} still fires. */
    public void cancel() {
        loop.cancel();
    }

    /** Waits for the scan to end. */
    public ScanSummary await() throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("scan thread failed", e.getCause());
        }
    }

    /** Waits at most {@code timeout}; null if the scan is still running then. */
    public ScanSummary await(Duration timeout) throws InterruptedException {
        try {
            return done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("scan thread failed", e.getCause());
        }
    }

    public boolean isDone() {
        return done.isDone();
    }

    /** The end of the scan, for chaining work after it. */
    public CompletableFuture<ScanSummary> completion() {
        return done;
    }

    /** Devices found so far, ordered by IP. */
    public List<Printer> printers() {
        return registry.snapshot();
    }

    /** True while the scan's SNMP session is open (false when it has none); for tests. */
    boolean snmpSessionOpen() {
        SnmpEnricher e = loop.snmp();
        return e != null && !e.isClosed();
    }

    /** Whether the scan opened an SNMP session at all; for tests. */
    boolean hadSnmpSession() {
        return loop.snmp() != null;
    }

    /** The engine thread, for tests that check it is released. */
    Thread thread() {
        return thread;
    }

    /**
     * Completes when the scan's DNS-SD browser has closed (its JmDNS instances gone, within
     * {@link org.openenpc.mdns.MdnsBrowser#CLOSE_BOUND} of the scan's end), at once for a scan without mDNS.
     */
    public CompletableFuture<Void> mdnsClosed() {
        return loop.mdnsClosed();
    }
}
