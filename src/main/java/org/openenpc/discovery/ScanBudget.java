package org.openenpc.discovery;

import java.time.Duration;
import java.util.Locale;

/**
 * How much one scan may do, whatever arrives (issue 10: "scans without end", "ghost printers"): a hard
 * deadline and a cap on the devices it lists. Both follow from the scope, so a host that keeps sending
 * "news" cannot keep a scan (or the app's Scan button) busy, and a reply flood cannot grow it without
 * bound.
 *
 * <p>The deadline, unless {@link ScanScope#maxTime()} sets it: the discovery rounds (at most
 * 2 × (retries + 1), each the longer of the round interval and the time to send 2 packets per target and
 * broadcast at the scope's rate), then the quiet timeout, the follow-up queries' re-send budget (every
 * attempt at the longest re-send timeout), the SNMP reads' settling time when SNMP is on, and for every
 * device found the time to send {@value #PACKETS_PER_DEVICE} packets ({@value #SNMP_PACKETS_PER_DEVICE}
 * more with SNMP, one more with IPP) at the rate; with IPP also one read's deadline, with IPP probing one
 * connection per unicast target at the rate, and with mDNS its listening window. Devices found are capped, so the deadline is too.
 *
 * <p>The device cap: a unicast target is one device at most (one device per address), so a unicast
 * scope yields at most its targets; devices found on the subnets of broadcasts add at most
 * {@value #MAX_BROADCAST_DEVICES}. Immutable.
 */
final class ScanBudget {

    /** Devices a scan lists from the subnets of its broadcasts; replies from further new addresses are dropped. */
    static final int MAX_BROADCAST_DEVICES = 16_384;
    /** ENPC packets one device costs: its follow-up queries and some re-sends. */
    static final int PACKETS_PER_DEVICE = 8;
    /** SNMP packets one status read costs (scalars, table walks, ST2), with some re-sends. */
    static final int SNMP_PACKETS_PER_DEVICE = 24;

    private final Duration fixed;
    private final long baseNanos;
    private final long perDeviceNanos;
    private final long unicastTargets;
    private final boolean broadcasts;

    private ScanBudget(Duration fixed, long baseNanos, long perDeviceNanos, long unicastTargets, boolean broadcasts) {
        this.fixed = fixed;
        this.baseNanos = baseNanos;
        this.perDeviceNanos = perDeviceNanos;
        this.unicastTargets = unicastTargets;
        this.broadcasts = broadcasts;
    }

    /**
     * @param broadcasts       broadcast addresses the scan sends to
     * @param roundInterval    the pause between discovery rounds
     * @param followUpAttempts how often a follow-up query is sent at most
     */
    static ScanBudget of(ScanScope scope, int broadcasts, long roundInterval, int followUpAttempts) {
        long targets = scope.unicastPlan().size();
        long rate = scope.rate();
        int rounds = Math.min(DiscoveryRounds.MAX_ROUNDS, 2 * (scope.retries() + 1));
        long perRound = Math.max(roundInterval, sendNanos(2 * (targets + broadcasts), rate));
        long snmpSettle = scope.snmp() == null ? 0
                : scope.snmp().timeout().toNanos() * scope.snmp().tries() * 4;
        // IPP reads start behind the limiter and end by their deadline: the last one started may take that long
        long ippSettle = scope.ipp() == null ? 0 : scope.ipp().deadline().toNanos();
        long base = rounds * perRound + scope.quietTimeout().toNanos()
                + followUpAttempts * FollowUps.MAX_TIMEOUT + snmpSettle + ippSettle
                + (scope.mdns() == null ? 0 : scope.mdns().window().toNanos())
                + (scope.ipp() != null && scope.ipp().probe() ? sendNanos(targets, rate) : 0);
        long perDevice = sendNanos(PACKETS_PER_DEVICE + (scope.snmp() == null ? 0 : SNMP_PACKETS_PER_DEVICE)
                + (scope.ipp() == null ? 0 : 1), rate);
        return new ScanBudget(scope.maxTime(), base, perDevice, targets, broadcasts > 0);
    }

    /** When the scan must end, {@code devices} having been found since it started at {@code start}. */
    long deadline(long start, int devices) {
        return start + (fixed != null ? fixed.toNanos() : baseNanos + devices * perDeviceNanos);
    }

    /** Whether one more device may be listed from a broadcast's subnet, {@code found} having been so far. */
    boolean admitsBroadcastDevice(int found) {
        return broadcasts && found < MAX_BROADCAST_DEVICES;
    }

    /** The most devices the scan can list. */
    long deviceCap() {
        return unicastTargets + (broadcasts ? MAX_BROADCAST_DEVICES : 0);
    }

    /** The longest the scan can take: its deadline with every device it can list. */
    Duration worstCase() {
        return fixed != null ? fixed : Duration.ofNanos(baseNanos + deviceCap() * perDeviceNanos);
    }

    /** Whether the deadline was set by the user ({@code --max-time}). */
    boolean isFixed() {
        return fixed != null;
    }

    /** The warning of a scan stopped at its deadline, naming the work it left. */
    String stoppedSentence(long deadlineNanos, boolean rounds, boolean followUps, int snmpReads) {
        java.util.List<String> left = new java.util.ArrayList<>();
        if (rounds) {
            left.add("discovery rounds");
        }
        if (followUps) {
            left.add("follow-up queries");
        }
        if (snmpReads > 0) {
            left.add(snmpReads + " SNMP reads");
        }
        if (left.isEmpty()) {
            left.add("replies still arriving");
        }
        return "Stopped at the scan's deadline of " + seconds(deadlineNanos)
                + (isFixed() ? " (--max-time)" : " (derived from the scope; --max-time sets it)")
                + " with work left: " + String.join(", ", left) + ".";
    }

    /** "12.5 s", for warnings. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static long sendNanos(long packets, long rate) {
        return packets * 1_000_000_000L / rate;
    }
}
