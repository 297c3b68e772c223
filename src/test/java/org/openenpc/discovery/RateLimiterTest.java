package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Runs entirely on a simulated clock: no sleeping, no sockets. */
class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;

    /** A hand-cranked nanosecond clock. */
    private static final class FakeClock {
        long now = 5_000_000_000L; // arbitrary origin, like System.nanoTime()

        long read() {
            return now;
        }
    }

    /** Drives the limiter like the prober would: send when allowed, else wait as told. */
    private static long sendFor(RateLimiter limiter, FakeClock clock, long duration) {
        long end = clock.now + duration;
        long sent = 0;
        while (clock.now <= end) {
            if (limiter.tryAcquire()) {
                sent++;
            } else {
                long wait = limiter.nanosUntilNext();
                assertThat(wait).isPositive();
                clock.now += wait;
            }
        }
        return sent;
    }

    @Test
    void thousandPerSecondGivesAThousandPlusTheBurst() {
        FakeClock clock = new FakeClock();
        RateLimiter limiter = new RateLimiter(1000, clock::read);
        assertThat(limiter.burst()).isEqualTo(10);
        assertThat(sendFor(limiter, clock, SECOND)).isBetween(1000L, 1010L);
    }

    @Test
    void startsWithAFullBurstThenPacesEvenly() {
        FakeClock clock = new FakeClock();
        RateLimiter limiter = new RateLimiter(2000, clock::read);
        assertThat(limiter.acquireUpTo(100)).isEqualTo(20);
        assertThat(limiter.tryAcquire()).isFalse();
        assertThat(limiter.nanosUntilNext()).isEqualTo(500_000);
        clock.now += 499_999;
        assertThat(limiter.tryAcquire()).isFalse();
        assertThat(limiter.nanosUntilNext()).isEqualTo(1);
        clock.now += 1;
        assertThat(limiter.nanosUntilNext()).isZero();
        assertThat(limiter.tryAcquire()).isTrue();
    }

    @Test
    void idleTimeFillsOnlyUpToTheBurst() {
        FakeClock clock = new FakeClock();
        RateLimiter limiter = new RateLimiter(5000, clock::read);
        limiter.acquireUpTo(Integer.MAX_VALUE);
        clock.now += 3_600 * SECOND; // an hour idle
        assertThat(limiter.acquireUpTo(Integer.MAX_VALUE)).isEqualTo(50);
    }

    @Test
    void slowRatesHaveABurstOfOneAndNoDrift() {
        FakeClock clock = new FakeClock();
        RateLimiter limiter = new RateLimiter(3, clock::read);
        assertThat(limiter.burst()).isEqualTo(1);
        // 3 per second for 30 s: exactly 90 refills plus the initial permit.
        assertThat(sendFor(limiter, clock, 30 * SECOND)).isEqualTo(91);
    }

    @Test
    void clockSteppingBackAddsNothing() {
        FakeClock clock = new FakeClock();
        RateLimiter limiter = new RateLimiter(100, clock::read);
        assertThat(limiter.tryAcquire()).isTrue();
        clock.now -= SECOND;
        assertThat(limiter.tryAcquire()).isFalse();
        clock.now += SECOND + 10_000_000; // back to start plus one interval
        assertThat(limiter.tryAcquire()).isTrue();
    }

    @Test
    void rejectsNonPositiveRatesAndRequests() {
        assertThatThrownBy(() -> new RateLimiter(0)).isInstanceOf(ScopeException.class)
                .hasMessageContaining("Rate 0 packets per second");
        assertThatThrownBy(() -> new RateLimiter(1_000_001)).isInstanceOf(ScopeException.class)
                .hasMessageContaining("Rate 1000001 packets per second");
        RateLimiter limiter = new RateLimiter(1000);
        assertThat(limiter.acquireUpTo(0)).isZero();
        assertThat(limiter.acquireUpTo(-5)).isZero();
    }

    @Test
    void highestRateDoesNotOverflow() {
        FakeClock clock = new FakeClock();
        RateLimiter limiter = new RateLimiter(RateLimiter.MAX_RATE, clock::read);
        assertThat(limiter.acquireUpTo(Integer.MAX_VALUE)).isEqualTo(10_000);
        clock.now += Long.MAX_VALUE / 4;
        assertThat(limiter.acquireUpTo(Integer.MAX_VALUE)).isEqualTo(10_000);
    }

    /** Over any window, sends never exceed rate x time + burst, whatever the wake-up pattern. */
    @Property(tries = 200)
    void neverExceedsRatePlusBurst(@ForAll @IntRange(min = 1, max = 1_000_000) int rate,
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 20_000_000) Long> gaps,
            @ForAll @IntRange(min = 1, max = 64) int batch) {
        FakeClock clock = new FakeClock();
        long start = clock.now;
        RateLimiter limiter = new RateLimiter(rate, clock::read);
        long sent = 0;
        for (long gap : gaps) {
            clock.now += gap;
            sent += limiter.acquireUpTo(batch);
        }
        long elapsed = clock.now - start;
        long allowed = limiter.burst() + elapsed * rate / SECOND;
        assertThat(sent).isLessThanOrEqualTo(allowed);
    }
}
