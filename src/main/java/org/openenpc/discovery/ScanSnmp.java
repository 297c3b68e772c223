package org.openenpc.discovery;

import java.io.IOException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.RegistryChange;
import org.openenpc.snmp.SnmpReadResult;

/**
 * The SNMP side of one scan's loop: its session (none when the scope has no SNMP settings or the
 * socket could not be opened), when the last read or discovery GET went out, and the merging of
 * finished reads into the registry. Scan thread only, except that finished reads call the wake-up
 * from SNMP4J's threads.
 */
final class ScanSnmp implements AutoCloseable {
    private final SnmpEnricher enricher;
    private long lastStart;

    private ScanSnmp(SnmpEnricher enricher) {
        this.enricher = enricher;
    }

    /**
     * Opens the session when the scope asks for SNMP; when that fails the scan goes on without it
     * and {@code warnings} says why.
     */
    static ScanSnmp open(ScanScope scope, Runnable wakeUp, Set<String> warnings) {
        if (scope.snmp() == null) {
            return new ScanSnmp(null);
        }
        try {
            return new ScanSnmp(SnmpEnricher.open(scope.snmp(), wakeUp));
        } catch (IOException e) {
            warnings.add("SNMP is off for this scan: its socket could not be opened: " + ScanSockets.describe(e));
            return new ScanSnmp(null);
        }
    }

    /** The session, or null without one (tests check that it is closed at the end). */
    SnmpEnricher enricher() {
        return enricher;
    }

    /** Starts the status read of a device found by ENPC. */
    void read(int ip, long now) {
        if (enricher != null) {
            enricher.read(ip);
            lastStart = now;
        }
    }

    /** Starts SNMP discovery of one unicast target, paced with its probe (never broadcast). */
    void discover(int ip, long now) {
        if (enricher != null) {
            enricher.discover(ip);
            lastStart = now;
        }
    }

    /** No SNMP read in flight, or the last one started so long ago that it must have timed out. */
    boolean settled(long now) {
        return enricher == null || enricher.outstanding() == 0 || now - lastStart >= enricher.settleNanos();
    }

    /**
     * When the loop must look again for SNMP's sake: the give-up deadline of the reads in flight
     * (finished reads wake the selector themselves); Long.MAX_VALUE when none are.
     */
    long wakeAt(long now) {
        return enricher == null || enricher.outstanding() == 0 ? Long.MAX_VALUE
                : Math.max(now, lastStart + enricher.settleNanos());
    }

    /** Merges finished reads into {@code registry}, reporting each change and each read's outcome. */
    void drain(DeviceRegistry registry, Consumer<RegistryChange> report, BiConsumer<String, SnmpReadResult> results) {
        if (enricher != null) {
            enricher.drain(ip -> registry.deviceAt(Ipv4.toDotted(ip)), o -> report.accept(registry.upsert(o)),
                    (ip, result) -> results.accept(Ipv4.toDotted(ip), result));
        }
    }

    long answered() {
        return enricher == null ? 0 : enricher.answered();
    }

    long silent() {
        return enricher == null ? 0 : enricher.silent();
    }

    /** Ends reads in flight and releases the socket; also on cancel. */
    @Override
    public void close() {
        if (enricher != null) {
            enricher.close();
        }
    }
}
