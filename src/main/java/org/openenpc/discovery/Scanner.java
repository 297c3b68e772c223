package org.openenpc.discovery;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.openenpc.model.DeviceRegistry;
import org.openenpc.protocol.EnpcQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts scans. Each scan gets its own named daemon thread and its own UDP socket, so several
 * scans may run at once. Thread-safe.
 */
public final class Scanner {

    private static final Logger LOG = LoggerFactory.getLogger(Scanner.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final InterfaceSource interfaces;

    /** A scanner that finds interface broadcasts from the system's network interfaces. */
    public Scanner() {
        this(InterfaceSource.system());
    }

    public Scanner(InterfaceSource interfaces) {
        this.interfaces = interfaces;
    }

    /** Starts a scan of {@code scope}; events go to {@code listener} on the scan thread. */
    public Scan start(ScanScope scope, ScanListener listener) {
        return start(scope, listener, new DeviceRegistry(), Set.of());
    }

    /**
     * Starts a scan that merges into {@code registry} and also asks every device the
     * {@code extraQueries} (e.g. {@link EnpcQuery#HOLDER} for a full status read).
     */
    public Scan start(ScanScope scope, ScanListener listener, DeviceRegistry registry, Set<EnpcQuery> extraQueries) {
        List<InetAddress> broadcasts = scope.resolvedBroadcasts(interfaces);
        CompletableFuture<ScanSummary> done = new CompletableFuture<>();
        ReplyScope trusted = ReplyScope.of(scope.unicastPlan(), broadcasts, interfaces);
        ScanLoop loop = new ScanLoop(scope, broadcasts, trusted, listener, registry, extraQueries, done, interfaces);
        Thread t = new Thread(loop, "enpc-scan-" + SEQUENCE.incrementAndGet());
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> {
            LOG.error("Scan thread {} died", th.getName(), e);
            done.completeExceptionally(e);
        });
        LOG.debug("Scan {} starts: {}", t.getName(), scope.describe());
        t.start();
        return new Scan(loop, registry, done, t);
    }
}
