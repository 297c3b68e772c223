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
 * {@link Scanner} (the scope carries the SNMP settings, so the engine reads status as in any scan),
 * then {@link SnmpBackfill} for answering printers still without SNMP. A printer whose IP sent no
 * reply is left out of the result, so the table shows it as offline. Runs on the caller's
 * (background) thread and blocks until the scan ends.
 */
public final class ScanRefresher implements Refresher {

    private static final Duration MAX_WAIT = Duration.ofMinutes(10);
    private final Scanner scanner;
    private final DeviceRegistry registry;
    private final Supplier<ScanScope.Builder> base;
    private final SnmpBackfill backfill;

    /**
     * @param base a builder with the port, timing and SNMP settings (no targets); called once per round
     */
    public ScanRefresher(Scanner scanner, DeviceRegistry registry, Supplier<ScanScope.Builder> base,
                         SnmpBackfill backfill) {
        this.scanner = scanner;
        this.registry = registry;
        this.base = base;
        this.backfill = backfill;
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
        List<Printer> answered;
        synchronized (c) {
            answered = new ArrayList<>(c.seen.values());
        }
        List<Printer> filled = backfill.read(answered);
        Map<String, Printer> byIp = new LinkedHashMap<>();
        answered.forEach(p -> byIp.put(p.ip(), p));
        filled.forEach(p -> byIp.put(p.ip(), p));
        return new ArrayList<>(byIp.values());
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
