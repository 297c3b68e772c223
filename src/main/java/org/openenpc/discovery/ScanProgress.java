package org.openenpc.discovery;

import java.time.Duration;

/**
 * A scan's counters at one moment.
 *
 * @param round          the discovery round being sent (0 = first pass)
 * @param targetsSent    unicast targets probed at least once
 * @param targetsTotal   unicast targets in the scope
 * @param packetsSent    every datagram sent (discovery, retries, follow-ups)
 * @param replies        valid ENPC replies received
 * @param malformed      datagrams that were not valid ENPC replies
 * @param devices        devices known
 * @param elapsed        time since the scan started
 * @param snmpAnswered   SNMP status reads answered (0 when the scope has no SNMP)
 * @param snmpNoAnswer   SNMP status reads that got no answer or failed
 * @param outOfScope     datagrams from addresses the scan did not ask (not listed, never followed up)
 * @param overCap        datagrams from new addresses after the scan's device cap was reached
 */
public record ScanProgress(int round, long targetsSent, long targetsTotal, long packetsSent, long replies,
                           long malformed, int devices, Duration elapsed, long snmpAnswered, long snmpNoAnswer,
                           long outOfScope, long overCap) {

    /** Counters of a scan without SNMP. */
    public ScanProgress(int round, long targetsSent, long targetsTotal, long packetsSent, long replies,
                        long malformed, int devices, Duration elapsed) {
        this(round, targetsSent, targetsTotal, packetsSent, replies, malformed, devices, elapsed, 0, 0, 0, 0);
    }

    /** Share of the first pass sent, 0–1 (1 for broadcast-only scopes once the first round went out). */
    public double firstPassShare() {
        return targetsTotal == 0 ? (round > 0 || packetsSent > 0 ? 1 : 0) : Math.min(1.0, (double) targetsSent / targetsTotal);
    }
}
