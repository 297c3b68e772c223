package org.openenpc.discovery;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.openenpc.protocol.EnpcQuery;

/**
 * The unicast follow-up queries owed to each found device (Q 00-0000, 00-0010, 03-0000, 03-0001,
 * 03-0010), each re-sent until answered or out of attempts. The re-send timeout adapts to the
 * measured round-trip time (Karn's rule: only first attempts are timed), so a fast LAN is not
 * slowed by a fixed wait and a slow printer is not flooded. Used by the scan thread only.
 */
final class FollowUps {

    static final long MIN_TIMEOUT = 50_000_000L;
    static final long MAX_TIMEOUT = 1_000_000_000L;

    /** One query owed to one device. */
    static final class Pending {
        final int ip;
        final EnpcQuery query;
        int attempts;
        long due;
        long lastSent;
        boolean done;

        Pending(int ip, EnpcQuery query, long due) {
            this.ip = ip;
            this.query = query;
            this.due = due;
        }
    }

    private final int maxAttempts;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> Long.compare(a.due, b.due));
    private final Map<Integer, Map<EnpcQuery, Pending>> open = new HashMap<>();
    private long srtt = -1;
    private int failed;
    private long firstAnswered;
    private long firstMissed;
    /** Per device {first attempts answered, first attempts missed, answered any}; see exchangeFailure(). */
    private final Map<Integer, long[]> outcomes = new HashMap<>();

    private final ReplyLatencies latencies;

    FollowUps(int maxAttempts) {
        this(maxAttempts, new ReplyLatencies());
    }

    /** Every first attempt's round trip is also added to {@code latencies}. */
    FollowUps(int maxAttempts, ReplyLatencies latencies) {
        this.maxAttempts = maxAttempts;
        this.latencies = latencies;
    }

    /** Owes {@code queries} to the device at {@code ip}, due now. Queries already owed are kept. */
    void schedule(int ip, Set<EnpcQuery> queries, long now) {
        Map<EnpcQuery, Pending> forIp = open.computeIfAbsent(ip, k -> new EnumMap<>(EnpcQuery.class));
        for (EnpcQuery q : queries) {
            if (!forIp.containsKey(q)) {
                Pending p = new Pending(ip, q, now);
                forIp.put(q, p);
                queue.add(p);
            }
        }
    }

    /** A reply to {@code query} came from {@code ip}: stop re-sending it. */
    void answered(int ip, EnpcQuery query, long now) {
        Map<EnpcQuery, Pending> forIp = open.get(ip);
        Pending p = forIp == null ? null : forIp.remove(query);
        if (p == null) {
            return;
        }
        p.done = true;
        long[] o = outcomes.computeIfAbsent(ip, k -> new long[3]);
        if (o[2] == 0) {
            // The device answers queries after all: its earlier misses now count as loss.
            o[2] = 1;
            firstAnswered += o[0];
            firstMissed += o[1];
        }
        if (p.attempts == 1) {
            o[0]++;
            firstAnswered++;
            long sample = now - p.lastSent;
            latencies.add(sample);
            srtt = srtt < 0 ? sample : (7 * srtt + sample) / 8;
        }
        if (forIp.isEmpty()) {
            open.remove(ip);
        }
    }

    /** The next query due at {@code now}, already marked as sent; null if none is due. */
    Pending takeDue(long now) {
        while (!queue.isEmpty() && queue.peek().due <= now) {
            Pending p = queue.poll();
            if (p.done) {
                continue;
            }
            if (p.attempts == 1) {
                long[] o = outcomes.computeIfAbsent(p.ip, k -> new long[3]);
                o[1]++;
                if (o[2] != 0) {
                    firstMissed++;
                }
            }
            if (p.attempts >= maxAttempts) {
                giveUp(p);
                continue;
            }
            p.attempts++;
            p.lastSent = now;
            p.due = now + timeout(p.attempts);
            queue.add(p);
            return p;
        }
        return null;
    }

    /** When the next query falls due, or Long.MAX_VALUE if none is owed. */
    long nextDue() {
        while (!queue.isEmpty() && queue.peek().done) {
            queue.poll();
        }
        return queue.isEmpty() ? Long.MAX_VALUE : queue.peek().due;
    }

    boolean idle() {
        return nextDue() == Long.MAX_VALUE;
    }

    /** Queries given up after every attempt went unanswered. */
    int failed() {
        return failed;
    }

    /**
     * Estimated chance that one request/reply exchange fails (loss either way), from the first
     * attempts of follow-ups: (misses + 1) / (resolved + 2), so with no data it says 0.5. Only
     * devices that answered at least one follow-up count: a device that answers the Probe but no
     * Query (PROTOCOL.md §5 leaves open whether inkjets do) is not evidence of loss.
     */
    double exchangeFailure() {
        return (firstMissed + 1.0) / (firstAnswered + firstMissed + 2.0);
    }

    long timeout(int attempts) {
        long base = srtt < 0 ? 200_000_000L : 4 * srtt + 20_000_000L;
        long t = Math.max(MIN_TIMEOUT, Math.min(MAX_TIMEOUT, base));
        // Back off gently after two misses: losses on a LAN are rarely congestion, so no doubling.
        return attempts >= 3 ? Math.min(MAX_TIMEOUT, t * 3 / 2) : t;
    }

    private void giveUp(Pending p) {
        p.done = true;
        failed++;
        Map<EnpcQuery, Pending> forIp = open.get(p.ip);
        if (forIp != null) {
            forIp.remove(p.query);
            if (forIp.isEmpty()) {
                open.remove(p.ip);
            }
        }
    }
}
