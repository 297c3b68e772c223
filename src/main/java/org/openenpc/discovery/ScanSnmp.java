package org.openenpc.discovery;

import java.io.IOException;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.RegistryChange;
import org.openenpc.snmp.SnmpPacer;
import org.openenpc.snmp.SnmpReadResult;

/**
 * The SNMP side of one scan's loop: its session (none when the scope has no SNMP settings or the
 * socket could not be opened), the datagrams it wants to send (held until the loop releases them
 * through the scan's rate limiter, so SNMP counts against {@code --rate}), when the last one went out,
 * and the merging of finished reads into the registry. Scan thread only, except that SNMP4J's threads
 * queue datagrams and finished reads, and call the wake-up.
 */
final class ScanSnmp implements AutoCloseable, SnmpPacer {
    private final Queue<Runnable> sends = new ConcurrentLinkedQueue<>();
    private final Runnable wakeUp;
    private SnmpEnricher enricher;
    private long lastSent;
    private long packetsSent;

    private ScanSnmp(Runnable wakeUp) {
        this.wakeUp = wakeUp;
    }

    /**
     * Opens the session when the scope asks for SNMP; when that fails the scan goes on without it
     * and {@code warnings} says why.
     */
    static ScanSnmp open(ScanScope scope, Runnable wakeUp, Set<String> warnings) {
        ScanSnmp s = new ScanSnmp(wakeUp);
        if (scope.snmp() != null) {
            try {
                s.enricher = SnmpEnricher.open(scope.snmp(), wakeUp, s);
            } catch (IOException e) {
                warnings.add("SNMP is off for this scan: its socket could not be opened: " + ScanSockets.describe(e));
            }
        }
        return s;
    }

    /** Queues one datagram for the scan loop to send when the rate limiter allows (any thread). */
    @Override
    public void submit(Runnable send) {
        sends.add(send);
        wakeUp.run();
    }

    /** Whether a datagram waits for its turn. */
    boolean wantsToSend() {
        return !sends.isEmpty();
    }

    /** Sends the next queued datagram (the caller took a permit); false when none waits. */
    boolean sendOne(long now) {
        Runnable r = sends.poll();
        if (r == null) {
            return false;
        }
        lastSent = now;
        packetsSent++;
        r.run();
        return true;
    }

    /** SNMP datagrams sent. */
    long packetsSent() {
        return packetsSent;
    }

    /** The session, or null without one (tests check that it is closed at the end). */
    SnmpEnricher enricher() {
        return enricher;
    }

    /** Starts the status read of a device found by ENPC (its first datagram queues at once). */
    void read(int ip) {
        if (enricher != null) {
            enricher.read(ip);
        }
    }

    /** Starts SNMP discovery of one unicast target (never broadcast; its two GETs queue at once). */
    void discover(int ip) {
        if (enricher != null) {
            enricher.discover(ip);
        }
    }

    /**
     * No SNMP read in flight, or nothing waits to be sent and the last datagram went out so long ago that
     * every read still open must have timed out.
     */
    boolean settled(long now) {
        return enricher == null || enricher.outstanding() == 0
                || (sends.isEmpty() && now - lastSent >= enricher.settleNanos());
    }

    /**
     * When the loop must look again for SNMP's sake: the give-up deadline of the reads in flight
     * (finished reads and queued datagrams wake the selector themselves); Long.MAX_VALUE when none are.
     */
    long wakeAt(long now) {
        return enricher == null || enricher.outstanding() == 0 ? Long.MAX_VALUE
                : Math.max(now, lastSent + enricher.settleNanos());
    }

    /** Merges finished reads into {@code registry}, reporting each change and each read's outcome. */
    void drain(DeviceRegistry registry, Consumer<RegistryChange> report, BiConsumer<String, SnmpReadResult> results) {
        if (enricher != null) {
            enricher.drain(ip -> registry.deviceAt(Ipv4.toDotted(ip)), o -> report.accept(registry.upsert(o)),
                    (ip, result) -> results.accept(Ipv4.toDotted(ip), result));
        }
    }

    /** Reads and discovery GETs not finished yet. */
    int outstanding() {
        return enricher == null ? 0 : enricher.outstanding();
    }

    long answered() {
        return enricher == null ? 0 : enricher.answered();
    }

    long silent() {
        return enricher == null ? 0 : enricher.silent();
    }

    /** Ends reads in flight and releases the socket; also on cancel. Queued datagrams are never sent. */
    @Override
    public void close() {
        sends.clear();
        if (enricher != null) {
            enricher.close();
        }
    }
}
