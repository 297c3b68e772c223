package org.openenpc.discovery;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Set;

/**
 * Decides where the discovery requests go, round by round. Each round sends Probe and Q 03-0000
 * to every broadcast address and to every unicast target that has not answered yet.
 *
 * <p>Adaptive stop rule: rounds continue until {@code retries} consecutive rounds have found no new
 * device (and at least {@code 1 + retries} rounds were sent), capped at {@link #MAX_ROUNDS}. On a
 * clean network that is exactly {@code 1 + retries} rounds; under loss, rounds go on while
 * stragglers keep appearing, which fixed rounds cannot do. Used by the scan thread only.
 */
final class DiscoveryRounds {

    static final int MAX_ROUNDS = 40;

    /** One destination of the current round. */
    record Target(InetAddress broadcast, int unicast) {
        boolean isBroadcast() {
            return broadcast != null;
        }
    }

    private final List<InetAddress> broadcasts;
    private final TargetPlan plan;
    private final int retries;
    private final long interval;
    private final Set<Integer> answered = new HashSet<>();

    private int round = -1;
    private long roundStart;
    private int broadcastIndex;
    private PrimitiveIterator.OfInt unicast;
    private int foundThisRound;
    private int quietRounds;
    private long firstPassSent;
    private boolean done;

    DiscoveryRounds(List<InetAddress> broadcasts, TargetPlan plan, int retries, long intervalNanos) {
        this.broadcasts = List.copyOf(broadcasts);
        this.plan = plan;
        this.retries = retries;
        this.interval = intervalNanos;
        this.done = broadcasts.isEmpty() && plan.isEmpty();
    }

    /** The next destination to probe, or null when this round is fully sent (or all rounds are). */
    Target next(long now) {
        if (done || !ensureRound(now)) {
            return null;
        }
        if (broadcastIndex < broadcasts.size()) {
            return new Target(broadcasts.get(broadcastIndex++), 0);
        }
        while (unicast.hasNext()) {
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
        return round < 0 ? Long.MIN_VALUE : (roundSent() ? roundStart + interval : Long.MIN_VALUE);
    }

    /** A device answered from {@code ip}; {@code isNew} when the registry had not seen it. */
    void answered(int ip, boolean isNew) {
        answered.add(ip);
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

    long firstPassSent() {
        return firstPassSent;
    }

    private boolean roundSent() {
        return broadcastIndex >= broadcasts.size() && (unicast == null || !unicast.hasNext());
    }

    /** Starts the first or next round when due; false while the current round waits or all are done. */
    private boolean ensureRound(long now) {
        if (round >= 0 && !roundSent()) {
            return true;
        }
        if (round >= 0 && now < roundStart + interval) {
            return false;
        }
        if (round >= 0) {
            quietRounds = foundThisRound > 0 ? 0 : quietRounds + 1;
            boolean allAnswered = broadcasts.isEmpty() && answered.size() >= plan.size();
            if (allAnswered || round + 1 >= MAX_ROUNDS || (round >= retries && quietRounds >= retries)) {
                done = true;
                return false;
            }
        }
        round++;
        roundStart = now;
        foundThisRound = 0;
        broadcastIndex = 0;
        unicast = plan.addresses();
        return true;
    }
}
