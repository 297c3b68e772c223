package org.openenpc.discovery;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Decides where the discovery requests go, round by round. Each round sends Probe and Q 03-0000
 * to every broadcast address and to every unicast target that has not answered yet.
 *
 * <p>Adaptive stop rules, capped at {@link #MAX_ROUNDS} rounds:
 * <ul>
 * <li>Broadcasts (one packet per round, cheap): re-broadcast until {@code retries} consecutive
 * rounds found no new device, after at least {@code 1 + retries} rounds. Under loss, rounds go on
 * while stragglers keep appearing, which fixed rounds cannot do.</li>
 * <li>Unicast targets (a /16 is 131,072 packets per pass, expensive): only silent targets are
 * re-probed, and only while a printer could still plausibly have been missed in every pass so far:
 * with q the measured failure rate of one exchange (from follow-up queries) a printer is missed in
 * one pass with chance q² (two requests), so with n printers found the expected number still
 * missed is about n·(q²)^passes; passes continue while that is at least 0.01. On a clean network
 * one pass suffices; under heavy loss there are as many as it takes. Until some printer has
 * answered there is nothing to measure, and {@code 1 + retries} passes are made.</li>
 * </ul>
 * Used by the scan thread only.
 */
final class DiscoveryRounds {

    static final int MAX_ROUNDS = 40;
    /** Expected number of responding unicast printers still missed below which re-probing stops. */
    static final double EXPECTED_MISSES_TARGET = 0.01;

    /** One destination of the current round. */
    record Target(InetAddress broadcast, int unicast) {
        boolean isBroadcast() {
            return broadcast != null;
        }
    }

    private final List<InetAddress> broadcasts;
    private final TargetPlan plan;
    private final int retries;
    private final LongSupplier interval;
    private final Set<Integer> answered = new HashSet<>();
    private final DoubleSupplier exchangeFailure;

    private int round = -1;
    private long roundStart;
    private int broadcastIndex;
    private PrimitiveIterator.OfInt unicast;
    private int foundThisRound;
    private int quietRounds;
    private long firstPassSent;
    private boolean done;
    private boolean broadcastActive;
    private boolean unicastActive;
    private int unicastPasses;
    private long answeredInPlan;

    /**
     * @param exchangeFailure the current estimate of the chance that one request/reply exchange fails
     */
    DiscoveryRounds(List<InetAddress> broadcasts, TargetPlan plan, int retries, long intervalNanos,
                    DoubleSupplier exchangeFailure) {
        this(broadcasts, plan, retries, () -> intervalNanos, exchangeFailure);
    }

    /**
     * @param interval the spacing of rounds, asked each time the next round's start is due: it may follow what
     *                 the scan measures ({@link ScanEnd#roundInterval})
     */
    DiscoveryRounds(List<InetAddress> broadcasts, TargetPlan plan, int retries, LongSupplier interval,
                    DoubleSupplier exchangeFailure) {
        this.broadcasts = List.copyOf(broadcasts);
        this.plan = plan;
        this.retries = retries;
        this.interval = interval;
        this.exchangeFailure = exchangeFailure;
        this.done = broadcasts.isEmpty() && plan.isEmpty();
        this.broadcastActive = !broadcasts.isEmpty();
        this.unicastActive = !plan.isEmpty();
    }

    /** The next destination to probe, or null when this round is fully sent (or all rounds are). */
    Target next(long now) {
        if (done || !ensureRound(now)) {
            return null;
        }
        if (broadcastActive && broadcastIndex < broadcasts.size()) {
            return new Target(broadcasts.get(broadcastIndex++), 0);
        }
        while (unicastActive && unicast.hasNext()) {
            int ip = unicast.nextInt();
            if (round == 0) {
                firstPassSent++;
            }
            if (!answered.contains(ip)) {
                return new Target(null, ip);
            }
        }
        return null;
    }

    /** When the next round may start (Long.MAX_VALUE once all rounds are decided sent). */
    long nextRoundAt() {
        if (done) {
            return Long.MAX_VALUE;
        }
        return round < 0 ? Long.MIN_VALUE : (roundSent() ? roundStart + interval.getAsLong() : Long.MIN_VALUE);
    }

    /** A device answered from {@code ip}; {@code isNew} when the registry had not seen it. */
    void answered(int ip, boolean isNew) {
        if (answered.add(ip) && plan.contains(ip)) {
            answeredInPlan++;
        }
        if (isNew) {
            foundThisRound++;
        }
    }

    boolean finished() {
        return done;
    }

    int round() {
        return Math.max(round, 0);
    }

    int roundsSent() {
        return round + 1;
    }

    /** Passes over the unicast targets started so far. */
    int unicastPasses() {
        return unicastPasses;
    }

    long firstPassSent() {
        return firstPassSent;
    }

    private boolean roundSent() {
        return (!broadcastActive || broadcastIndex >= broadcasts.size())
                && (!unicastActive || unicast == null || !unicast.hasNext());
    }

    /** Starts the first or next round when due; false while the current round waits or all are done. */
    private boolean ensureRound(long now) {
        if (round >= 0 && !roundSent()) {
            return true;
        }
        if (round >= 0 && now < roundStart + interval.getAsLong()) {
            return false;
        }
        if (round >= 0) {
            quietRounds = foundThisRound > 0 ? 0 : quietRounds + 1;
            broadcastActive = broadcastActive && !(round >= retries && quietRounds >= retries);
            unicastActive = unicastActive && moreUnicastPasses();
            if (round + 1 >= MAX_ROUNDS || (!broadcastActive && !unicastActive)) {
                done = true;
                return false;
            }
        }
        round++;
        roundStart = now;
        foundThisRound = 0;
        broadcastIndex = 0;
        if (unicastActive) {
            unicast = plan.addresses();
            unicastPasses++;
        }
        return true;
    }

    private boolean moreUnicastPasses() {
        if (answeredInPlan >= plan.size()) {
            return false;
        }
        if (answeredInPlan == 0) {
            return unicastPasses <= retries;
        }
        double q = exchangeFailure.getAsDouble();
        double expectedMissed = answeredInPlan * Math.pow(q * q, unicastPasses);
        return expectedMissed >= EXPECTED_MISSES_TARGET;
    }
}
