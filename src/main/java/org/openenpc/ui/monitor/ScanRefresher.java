package org.openenpc.ui.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.openenpc.discovery.Scan;
import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanProgress;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.ui.main.Refresher;

/**
 * The production monitoring round: one unicast scan of the known printers' IPs with the engine's
 * {@link Scanner} (the scope carries the SNMP settings, so the engine reads status as in any scan
 * and the scan ends after those reads). A printer whose IP sent no
 * reply is left out of the result, so the table shows it as offline. Runs on the caller's
 * (background) thread and blocks until the scan ends.
 */
public final class ScanRefresher implements Refresher {

    private static final Duration MAX_WAIT = Duration.ofMinutes(10);
    private final Scanner scanner;
    private final DeviceRegistry registry;
    private final Supplier<ScanScope.Builder> base;

    /**
     * @param base a builder with the port, timing and SNMP settings (no targets); called once per round
     */
    public ScanRefresher(Scanner scanner, DeviceRegistry registry, Supplier<ScanScope.Builder> base) {
        this.scanner = scanner;
        this.registry = registry;
        this.base = base;
    }

    @Override
    public List<Printer> refresh(List<Printer> known) throws Exception {
        if (known.isEmpty()) {
            return List.of();
        }
        ScanScope.Builder b = base.get().includeInterfaceBroadcasts(false);
        known.forEach(p -> b.addRange(p.ip()));
        Collector c = new Collector();
        Scan scan = scanner.start(b.build(), c, registry, Set.of());
        try {
            if (!c.done.await(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                scan.cancel();
                throw new IllegalStateException("the refresh did not end within " + MAX_WAIT.toMinutes() + " min");
            }
        } catch (InterruptedException e) {
            scan.cancel();
            throw e;
        }
        if (c.summary != null && c.summary.failed()) {
            throw new IllegalStateException(c.summary.error());
        }
        synchronized (c) {
            return new ArrayList<>(c.seen.values());
        }
    }

    /** Keeps the latest snapshot per IP that replied during the round. */
    private static final class Collector implements ScanListener {
        final Map<String, Printer> seen = new LinkedHashMap<>();
        final CountDownLatch done = new CountDownLatch(1);
        volatile ScanSummary summary;

        @Override
        public synchronized void deviceAdded(Printer printer) {
            seen.put(printer.ip(), printer);
        }

        @Override
        public synchronized void deviceChanged(Printer printer, Set<PrinterField> changed) {
            seen.put(printer.ip(), printer);
        }

        @Override
        public void deviceRemoved(Printer printer) {
        }

        @Override
        public void progress(ScanProgress p) {
        }

        @Override
        public void finished(ScanSummary s) {
            summary = s;
            done.countDown();
        }
    }
}
