package org.openenpc.sim;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Traffic counters of one simulator. Written only by the simulator threads (ENPC, SNMP and IPP), read
 * from any thread.
 * A broadcast counts once as received however many printers answer it.
 */
public final class SimCounters {
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong repliesSent = new AtomicLong();
    private final AtomicLong ignored = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong snmpAnswered = new AtomicLong();
    private final AtomicLong snmpIgnored = new AtomicLong();
    private final AtomicLong ippAnswered = new AtomicLong();
    private final AtomicLong ippRefused = new AtomicLong();

    /** Datagrams received on any socket, counted once handled (immediate replies already sent). */
    public long received() {
        return received.get();
    }

    /** Reply datagrams sent (a duplicated reply counts twice). */
    public long repliesSent() {
        return repliesSent.get();
    }

    /** Datagrams not answered because they were not ENPC requests or came from outside 127.0.0.0/8. */
    public long ignored() {
        return ignored.get();
    }

    /**
     * Replies not sent on purpose or by necessity: silent printers, request and reply loss, and
     * replies the kernel refused (full send buffer).
     */
    public long dropped() {
        return dropped.get();
    }

    /** SNMP responses sent (written by the SNMP thread, "enpc-sim-snmp"). */
    public long snmpAnswered() {
        return snmpAnswered.get();
    }

    /** SNMP datagrams not answered: wrong community, not a request, or from outside 127.0.0.0/8. */
    public long snmpIgnored() {
        return snmpIgnored.get();
    }

    /** HTTP responses sent by the IPP listeners, whatever their status (written by "enpc-sim-ipp"). */
    public long ippAnswered() {
        return ippAnswered.get();
    }

    /** IPP connections closed without an answer: powered-off or silent printers, or too many connections open. */
    public long ippRefused() {
        return ippRefused.get();
    }

    void countIppAnswered() {
        ippAnswered.incrementAndGet();
    }

    void countIppRefused() {
        ippRefused.incrementAndGet();
    }

    void countSnmpAnswered() {
        snmpAnswered.incrementAndGet();
    }

    void countSnmpIgnored() {
        snmpIgnored.incrementAndGet();
    }

    void countReceived() {
        received.incrementAndGet();
    }

    void countSent() {
        repliesSent.incrementAndGet();
    }

    void countIgnored() {
        ignored.incrementAndGet();
    }

    void countDropped() {
        dropped.incrementAndGet();
    }

    @Override
    public String toString() {
        return "received " + received() + ", replies sent " + repliesSent() + ", ignored " + ignored()
                + ", dropped " + dropped();
    }
}
