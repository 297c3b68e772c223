package org.openenpc.discovery;

import java.time.Duration;

/**
 * When a scan may call itself done, from the reply latencies measured in this scan. The rule (README, "When a scan
 * ends"; BENCHMARKS.md (n)):
 * <ul>
 * <li><b>Listen window (broadcasts).</b> A scan that broadcasts listens at least {@link #SLOW_PRINTER_WINDOW} (at
 * most the user's {@code --timeout}) after its first round of broadcasts: a printer on Wi-Fi in power save that
 * answers 0.7 s late is found even when the wired printers beside it answered within a millisecond (802.11 hands
 * broadcasts to a dozing station only after the access point's next DTIM beacon, and the printer may need to wake
 * up). No latency measured on the fast printers can tell that it exists. A unicast sweep has no such window: it
 * names its targets, and ends on the quiet period below.</li>
 * <li><b>Quiet period.</b> After that the scan ends once nothing new has come for
 * 3 × the 95th percentile of this scan's round trips + 20 ms, at least {@link #MIN_QUIET} and at most
 * {@code --timeout}; until a round trip has been measured it is {@code --timeout}. So on a LAN answering within
 * milliseconds the scan ends about 0.1 s after the last news, and on a network where every printer is slow
 * (800 ms + 0–400 ms) it keeps the whole timeout.</li>
 * <li><b>Rounds.</b> Broadcast and re-probe rounds are spaced by 2 × that percentile + 20 ms, at least 50 ms and
 * 0.1 ms per device found (each round makes every device answer twice: the socket must keep up), at most the
 * interval used before any measurement ({@code --timeout} / 4, 100–500 ms).</li>
 * </ul>
 * The loop still ends only once every round is sent and every follow-up is answered or given up (and SNMP, IPP
 * and DNS-SD have settled). Round trips are the first attempts of the unicast follow-up queries (Karn's rule: a
 * re-sent query's reply cannot be timed), so every sample is one request and its own reply. Scan thread only.
 */
final class ScanEnd {

    /** Listened after the first broadcasts whatever the latencies: a slow Wi-Fi printer (see the class comment). */
    static final Duration SLOW_PRINTER_WINDOW = Duration.ofSeconds(1);
    static final long MIN_QUIET = 100_000_000L;
    static final long MIN_INTERVAL = 50_000_000L;
    private static final long SLACK = 20_000_000L;
    private static final long PER_DEVICE = 100_000L;

    private final long ceiling;
    private final long window;
    private final long unmeasuredInterval;
    private final ReplyLatencies latencies;

    ScanEnd(Duration timeout, ReplyLatencies latencies) {
        this.ceiling = timeout.toNanos();
        this.window = Math.min(ceiling, SLOW_PRINTER_WINDOW.toNanos());
        this.unmeasuredInterval = unmeasuredInterval(timeout);
        this.latencies = latencies;
    }

    /** The round interval before anything is measured, also the longest one: the timeout / 4, 100–500 ms. */
    static long unmeasuredInterval(Duration timeout) {
        return Math.max(100_000_000L, Math.min(500_000_000L, timeout.toNanos() / 4));
    }

    /** How long after its first round of broadcasts a broadcasting scan listens at least. */
    long listenWindow() {
        return window;
    }

    /** How long without news ends the scan now. */
    long quiet() {
        if (latencies.count() == 0) {
            return ceiling;
        }
        long q = scaledP95(3);
        return Math.max(Math.min(MIN_QUIET, ceiling), Math.min(ceiling, q));
    }

    /** The spacing of the next round, with {@code devices} found so far. */
    long roundInterval(int devices) {
        if (latencies.count() == 0) {
            return unmeasuredInterval;
        }
        long byLatency = scaledP95(2);
        long bySocket = devices * PER_DEVICE;
        return Math.min(unmeasuredInterval, Math.max(MIN_INTERVAL, Math.max(byLatency, bySocket)));
    }

    /** {@code k} × the measured p95 round trip + 20 ms, saturating instead of overflowing (k ≤ 4). */
    private long scaledP95(int k) {
        long scaled = k * Math.min(latencies.percentile(0.95), Long.MAX_VALUE / 4);
        long r = scaled + SLACK;
        return r < scaled ? Long.MAX_VALUE : r;
    }
}
