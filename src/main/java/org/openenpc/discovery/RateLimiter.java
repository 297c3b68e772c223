package org.openenpc.discovery;

import java.util.function.LongSupplier;

/**
 * Paces packet sends to a rate in packets per second with a small burst allowance (a token
 * bucket holding {@code max(1, rate / 100)} permits, about 10 ms worth). It never sleeps: the
 * prober asks {@link #nanosUntilNext()} and uses that as its {@code select()} timeout, so it keeps
 * reading replies while it waits for the next send slot.
 *
 * <p>Arithmetic is exact integer math, so there is no drift at rates that do not divide a second:
 * a permit costs 1,000,000,000 units and every elapsed nanosecond adds {@code rate} units. The
 * bucket may hold just under one nanosecond's worth of units above the burst, so rounding waits up
 * to whole nanoseconds never throws away time.
 *
 * <p>Not thread-safe: owned by the single prober loop thread. The clock is injectable so tests
 * can run on simulated time.
 */
public final class RateLimiter {
    private static final long UNITS_PER_PERMIT = 1_000_000_000L;
    /** Highest accepted rate; also keeps the sub-nanosecond slack below one permit. */
    public static final int MAX_RATE = 1_000_000;

    private final int rate;
    private final int burst;
    private final long capacity;
    /** Capacity plus the sub-nanosecond slack (under one permit, as rate &lt;= MAX_RATE). */
    private final long ceiling;
    /** Elapsed time after which the bucket is full whatever it held; avoids overflow. */
    private final long nanosToFill;
    private final LongSupplier nanoClock;
    private long units;
    private long lastNanos;

    /** A limiter on {@link System#nanoTime()}. */
    public RateLimiter(int packetsPerSecond) {
        this(packetsPerSecond, System::nanoTime);
    }

    /**
     * @param packetsPerSecond sustained rate, 1 to {@link #MAX_RATE}
     * @param nanoClock        monotonic nanosecond clock, e.g. {@code System::nanoTime}
     */
    public RateLimiter(int packetsPerSecond, LongSupplier nanoClock) {
        if (packetsPerSecond < 1 || packetsPerSecond > MAX_RATE) {
            throw new ScopeException("Rate " + packetsPerSecond
                    + " packets per second is out of range; use 1–1,000,000.");
        }
        this.rate = packetsPerSecond;
        this.burst = Math.max(1, packetsPerSecond / 100);
        this.capacity = burst * UNITS_PER_PERMIT;
        this.ceiling = capacity + rate - 1;
        this.nanosToFill = ceilDiv(ceiling, rate);
        this.nanoClock = nanoClock;
        this.units = capacity; // start full so the first burst goes out at once
        this.lastNanos = nanoClock.getAsLong();
    }

    /** Sustained packets per second. */
    public int rate() {
        return rate;
    }

    /** Largest number of packets that may go out back to back. */
    public int burst() {
        return burst;
    }

    /** Takes one permit if one is available now. */
    public boolean tryAcquire() {
        return acquireUpTo(1) == 1;
    }

    /**
     * Takes as many permits as are available now, up to {@code max}, so the caller can send a
     * short batch per loop iteration.
     *
     * @return the number of permits taken, 0 to {@code max}
     */
    public int acquireUpTo(int max) {
        refill();
        int granted = (int) Math.min(Math.max(max, 0), units / UNITS_PER_PERMIT);
        units -= granted * UNITS_PER_PERMIT;
        return granted;
    }

    /** Nanoseconds until a permit is available; 0 means one is available now. */
    public long nanosUntilNext() {
        refill();
        long missing = UNITS_PER_PERMIT - units;
        return missing <= 0 ? 0 : ceilDiv(missing, rate);
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        long elapsed = now - lastNanos;
        if (elapsed <= 0) {
            return; // a clock that stands still or steps back adds nothing
        }
        lastNanos = now;
        units = elapsed >= nanosToFill ? ceiling : Math.min(ceiling, units + elapsed * rate);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
