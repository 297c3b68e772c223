package org.openenpc.snmp;

/**
 * Decides when each SNMP datagram of a {@link SnmpClient} goes out. A scan hands its own, which queues
 * the sends for its loop to release through the scan's rate limiter, so SNMP counts against the
 * user's packets-per-second bound like ENPC (issue 10). Called on any thread (SNMP4J's timer and
 * listener threads start the next request of a read); implementations must not block.
 */
@FunctionalInterface
public interface SnmpPacer {

    /** Runs {@code send} (one datagram) now or later; it must run at most once. */
    void submit(Runnable send);

    /** Sends at once. */
    SnmpPacer DIRECT = Runnable::run;
}
