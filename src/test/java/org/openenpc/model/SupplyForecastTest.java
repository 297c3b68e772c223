package org.openenpc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.openenpc.model.SupplyForecast.Empty;
import org.openenpc.model.SupplyForecast.Forecast;
import org.openenpc.model.SupplyForecast.NotFalling;
import org.openenpc.model.SupplyForecast.Reason;
import org.openenpc.model.SupplyForecast.RunsOut;
import org.openenpc.model.SupplyForecast.TooLittleData;

/** The forecast rules on hand-made histories, and jqwik properties over drains, refills, noise and junk. */
class SupplyForecastTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Supply.Kind INK = Supply.Kind.COLORANT;

    /** Levels at {@code step} apart from {@link #T0}; null for unknown. */
    private static List<LevelPoint> every(Duration step, Integer... percents) {
        List<LevelPoint> out = new ArrayList<>();
        for (int i = 0; i < percents.length; i++) {
            out.add(new LevelPoint(T0.plus(step.multipliedBy(i)), percents[i]));
        }
        return out;
    }

    /** A drain from {@code start} at {@code rate} points a day, sampled every {@code step}, as whole (floored) percents. */
    private static List<LevelPoint> drain(Instant from, double start, double rate, Duration step, double days) {
        List<LevelPoint> out = new ArrayList<>();
        long n = (long) (days * 86_400 / step.getSeconds());
        for (long i = 0; i <= n; i++) {
            double t = i * step.getSeconds() / 86_400.0;
            out.add(new LevelPoint(from.plus(step.multipliedBy(i)), (int) Math.max(0, Math.floor(start - rate * t))));
        }
        return out;
    }

    private static Instant last(List<LevelPoint> points) {
        return points.get(points.size() - 1).at();
    }

    @Test
    void noReadingsAndOnlyUnknownLevelsAreTooLittleData() {
        assertThat(SupplyForecast.of(INK, List.of(), T0)).isEqualTo(
                new TooLittleData(Reason.NO_READINGS, 0, Duration.ZERO, false));
        assertThat(SupplyForecast.of(INK, null, T0)).isInstanceOf(TooLittleData.class);
        List<LevelPoint> unknown = every(Duration.ofDays(1), null, null, null, null);
        assertThat(SupplyForecast.of(INK, unknown, last(unknown))).isEqualTo(
                new TooLittleData(Reason.ONLY_UNKNOWN, 0, Duration.ZERO, false));
    }

    @Test
    void fewerThanThreeReadingsOrLessThanADayAreTooLittleData() {
        List<LevelPoint> two = every(Duration.ofHours(5), 80, null, 79);
        assertThat(SupplyForecast.of(INK, two, last(two))).isEqualTo(
                new TooLittleData(Reason.TOO_FEW_READINGS, 2, Duration.ofHours(10), false));
        List<LevelPoint> short5h = every(Duration.ofMinutes(30), 80, 80, 79, 79, 78, 78, 77, 77, 76, 76, 75);
        assertThat(SupplyForecast.of(INK, short5h, last(short5h))).isEqualTo(
                new TooLittleData(Reason.TOO_SHORT, 11, Duration.ofHours(5), false));
    }

    @Test
    void aLastLevelOfZeroIsEmptyAndAWasteBoxSaysSo() {
        List<LevelPoint> p = every(Duration.ofDays(1), 3, 2, 1, 0);
        assertThat(SupplyForecast.of(INK, p, last(p).plusSeconds(60))).isEqualTo(new Empty(INK, last(p)));
        assertThat(SupplyForecast.of(Supply.Kind.WASTE, p, last(p))).isEqualTo(new Empty(Supply.Kind.WASTE, last(p)));
        // Even a single reading, and even when an unknown level follows it.
        assertThat(SupplyForecast.of(INK, every(Duration.ofHours(1), 0, null), T0.plusSeconds(7200)))
                .isInstanceOf(Empty.class);
    }

    @Test
    void aSteadyDrainRunsOutOnTheFittedDate() {
        List<LevelPoint> p = every(Duration.ofDays(1), 50, 48, 46, 44, 42, 40);
        RunsOut r = (RunsOut) SupplyForecast.of(INK, p, last(p));
        assertThat(r.ratePerDay()).isCloseTo(2.0, within(1e-9));
        assertThat(r.days()).isEqualTo(20);
        assertThat(r.date()).isEqualTo(last(p).plus(Duration.ofDays(20)));
        assertThat(r.points()).isEqualTo(6);
        assertThat(r.from()).isEqualTo(T0);
        assertThat(r.to()).isEqualTo(last(p));
        assertThat(r.kind()).isEqualTo(INK);
        assertThat(r.moreThanAYear()).isFalse();
    }

    @Test
    void theDaysCountFromNowNotFromTheLastReading() {
        List<LevelPoint> p = every(Duration.ofDays(1), 50, 48, 46, 44, 42, 40);
        RunsOut r = (RunsOut) SupplyForecast.of(INK, p, last(p).plus(Duration.ofDays(5)));
        assertThat(r.days()).isEqualTo(15);
        assertThat(r.date()).isEqualTo(last(p).plus(Duration.ofDays(20)));
        // Long after the estimate: 0 days, and the date is now, never in the past.
        Instant late = last(p).plus(Duration.ofDays(90));
        RunsOut stale = (RunsOut) SupplyForecast.of(INK, p, late);
        assertThat(stale.days()).isZero();
        assertThat(stale.date()).isEqualTo(late);
    }

    @Test
    void aWasteBoxFillsUpTheSameWay() {
        // Space left: 90, 89, … one point a day.
        List<LevelPoint> p = drain(T0, 90, 1.0, Duration.ofHours(6), 20);
        RunsOut r = (RunsOut) SupplyForecast.of(Supply.Kind.WASTE, p, last(p));
        assertThat(r.kind()).isEqualTo(Supply.Kind.WASTE);
        assertThat(r.ratePerDay()).isCloseTo(1.0, within(0.05));
        assertThat(r.days()).isBetween(68L, 72L);
    }

    @Test
    void steadyOrRisingLevelsAreNotFalling() {
        List<LevelPoint> steady = every(Duration.ofDays(1), 64, 64, 64, 64, 64, 64, 64, 64);
        assertThat(SupplyForecast.of(INK, steady, last(steady))).isEqualTo(new NotFalling(Duration.ofDays(7), 8));
        List<LevelPoint> rising = every(Duration.ofDays(1), 60, 61, 63, 64, 66, 70, 72);
        assertThat(SupplyForecast.of(INK, rising, last(rising))).isInstanceOf(NotFalling.class);
        // Two points down in 30 days cannot be told from flapping.
        List<LevelPoint> barely = drain(T0, 64.9, 2.0 / 30, Duration.ofDays(1), 31);
        assertThat(SupplyForecast.of(INK, barely, last(barely))).isInstanceOf(NotFalling.class);
        // A young history that fell by 2 points: not yet.
        List<LevelPoint> young = every(Duration.ofHours(12), 64, 64, 63, 63, 62, 62);
        assertThat(SupplyForecast.of(INK, young, last(young))).isEqualTo(
                new TooLittleData(Reason.TOO_LITTLE_CHANGE, 6, Duration.ofHours(60), false));
    }

    @Test
    void aSlowDrainIsMoreThanAYear() {
        List<LevelPoint> p = drain(T0, 90, 0.15, Duration.ofHours(12), 60);
        RunsOut r = (RunsOut) SupplyForecast.of(INK, p, last(p));
        assertThat(r.moreThanAYear()).isTrue();
        assertThat(r.days()).isBetween(480L, 600L); // 81 / 0.15 = 540, from whole percents
    }

    @Test
    void aRiseOfThirtyOrToNearlyFullIsARefill() {
        assertThat(SupplyForecast.isRefill(10, 40)).isTrue();
        assertThat(SupplyForecast.isRefill(75, 100)).isTrue(); // a cartridge swapped early
        assertThat(SupplyForecast.isRefill(79, 95)).isTrue();
        assertThat(SupplyForecast.isRefill(80, 96)).isFalse();
        assertThat(SupplyForecast.isRefill(60, 85)).isFalse();
        assertThat(SupplyForecast.isRefill(50, 49)).isFalse();
        // Refilled at the last reading: nothing after it yet; an unknown level ("missing") in between does not matter.
        List<LevelPoint> p = every(Duration.ofDays(1), 30, 25, 20, 15, 10, 5, null, 100);
        assertThat(SupplyForecast.of(INK, p, last(p))).isEqualTo(
                new TooLittleData(Reason.TOO_FEW_READINGS, 1, Duration.ZERO, true));
    }

    @Test
    void onlyTheReadingsAfterTheLastRefillCount() {
        List<LevelPoint> p = new ArrayList<>(drain(T0, 80, 5, Duration.ofHours(6), 15)); // down to 5
        Instant swap = last(p).plus(Duration.ofHours(6));
        p.addAll(drain(swap, 100, 1, Duration.ofHours(6), 10));
        RunsOut r = (RunsOut) SupplyForecast.of(INK, p, last(p));
        assertThat(r.from()).isEqualTo(swap);
        assertThat(r.points()).isEqualTo(41);
        assertThat(r.ratePerDay()).isCloseTo(1.0, within(0.05));
    }

    @Test
    void theRateIsTheLastThirtyDaysUnlessThoseAreTooFew() {
        List<LevelPoint> p = new ArrayList<>(drain(T0, 100, 0.5, Duration.ofHours(6), 60)); // 100 → 70
        Instant mid = last(p).plus(Duration.ofHours(6));
        p.addAll(drain(mid, 70, 1.5, Duration.ofHours(6), 30)); // 70 → 25: the heavy use of late
        RunsOut r = (RunsOut) SupplyForecast.of(INK, p, last(p));
        assertThat(r.ratePerDay()).isCloseTo(1.5, within(0.075));
        assertThat(r.from()).isAfterOrEqualTo(last(p).minus(Duration.ofDays(30)));
        // Off for two months: the old readings still give an estimate.
        List<LevelPoint> old = drain(T0, 60, 2, Duration.ofDays(1), 10);
        RunsOut late = (RunsOut) SupplyForecast.of(INK, old, last(old).plus(Duration.ofDays(60)));
        assertThat(late.points()).isEqualTo(11);
        assertThat(late.ratePerDay()).isCloseTo(2.0, within(0.1));
    }

    @Test
    void unsortedReadingsAndReadingsAfterNowAreHandled() {
        List<LevelPoint> p = every(Duration.ofDays(1), 50, 48, 46, 44, 42, 40);
        List<LevelPoint> shuffled = new ArrayList<>(p);
        java.util.Collections.shuffle(shuffled, new Random(7));
        shuffled.add(null);
        shuffled.add(new LevelPoint(last(p).plus(Duration.ofDays(3)), 100)); // a skewed clock's "refill"
        assertThat(SupplyForecast.of(INK, shuffled, last(p))).isEqualTo(SupplyForecast.of(INK, p, last(p)));
    }

    // --- properties ---

    /**
     * Whole percents bias a fit by at most about 1.5 points over the window (a floor error of up to one
     * point, the worst half above the mean: the same bound as {@link SupplyForecast#NOISE_POINTS}), so
     * the slope is within 5 % once the window saw a fall of 30 points.
     */
    @Property(tries = 300)
    void aLinearDrainRecoversItsSlopeWithinFivePercent(@ForAll @DoubleRange(min = 60, max = 100) double start,
            @ForAll @DoubleRange(min = 1, max = 6) double rate, @ForAll @IntRange(min = 5, max = 1440) int stepMinutes,
            @ForAll @DoubleRange(min = 0, max = 1) double length) {
        // From a 30-point fall (30 / rate days) to the last day before 2 % is left.
        double days = 30 / rate + length * ((start - 2) / rate - 30 / rate);
        List<LevelPoint> p = drain(T0, start, rate, Duration.ofMinutes(stepMinutes), days);
        RunsOut r = (RunsOut) SupplyForecast.of(INK, p, last(p));
        assertThat(r.ratePerDay()).isCloseTo(rate, within(rate * 0.05));
        double left = p.get(p.size() - 1).percent() / rate;
        assertThat((double) r.days()).isCloseTo(left, within(left * 0.06 + 1));
    }

    @Property(tries = 300)
    void anyLinearDrainIsOffByAtMostOneAndAHalfPointsOverTheWindow(
            @ForAll @DoubleRange(min = 10, max = 100) double start, @ForAll @DoubleRange(min = 0.05, max = 20) double rate,
            @ForAll @IntRange(min = 5, max = 1440) int stepMinutes, @ForAll @DoubleRange(min = 1.5, max = 90) double days) {
        Assume.that(start - rate * days >= 1);
        List<LevelPoint> p = drain(T0, start, rate, Duration.ofMinutes(stepMinutes), days);
        Forecast f = SupplyForecast.of(INK, p, last(p));
        Assume.that(f instanceof RunsOut);
        RunsOut r = (RunsOut) f;
        double window = Duration.between(r.from(), r.to()).getSeconds() / 86_400.0;
        assertThat(Math.abs(r.ratePerDay() - rate) * window).isLessThanOrEqualTo(1.5 + 1e-9);
    }

    @Property(tries = 100)
    void aRefillResetsTheWindow(@ForAll @DoubleRange(min = 0.5, max = 8) double before,
            @ForAll @DoubleRange(min = 1, max = 6) double after, @ForAll @IntRange(min = 5, max = 79) int low,
            @ForAll @IntRange(min = 15, max = 360) int stepMinutes, @ForAll @DoubleRange(min = 3, max = 20) double daysAfter) {
        Assume.that(100 - after * daysAfter >= 2 && after * daysAfter >= 15);
        Duration step = Duration.ofMinutes(stepMinutes);
        List<LevelPoint> p = new ArrayList<>(drain(T0, Math.min(100, low + before * 40), before, step, 40));
        Instant swap = last(p).plus(step);
        List<LevelPoint> fresh = drain(swap, 100, after, step, daysAfter);
        p.addAll(fresh);
        RunsOut r = (RunsOut) SupplyForecast.of(INK, p, last(p));
        assertThat(r.from()).isEqualTo(swap);
        // Whole-point levels: the same accuracy as any linear drain, at most 1.5 points over the window.
        double window = Duration.between(r.from(), r.to()).getSeconds() / 86_400.0;
        assertThat(Math.abs(r.ratePerDay() - after) * window).isLessThanOrEqualTo(1.5 + 1e-9);
    }

    @Property(tries = 1000)
    void aSteadyLevelWithWholePointNoiseIsNeverASoonRunOut(@ForAll @IntRange(min = 20, max = 99) int level,
            @ForAll @IntRange(min = 30, max = 1440) int stepMinutes, @ForAll @IntRange(min = 2, max = 60) int days,
            @ForAll long seed) {
        Random rnd = new Random(seed);
        List<LevelPoint> p = new ArrayList<>();
        for (Instant t = T0; !t.isAfter(T0.plus(Duration.ofDays(days))); t = t.plus(Duration.ofMinutes(stepMinutes))) {
            p.add(new LevelPoint(t, level + rnd.nextInt(3) - 1));
        }
        Forecast f = SupplyForecast.of(INK, p, last(p));
        if (f instanceof RunsOut r) {
            assertThat(r.moreThanAYear()).as("%s", r).isTrue();
        } else if (f instanceof TooLittleData t) {
            assertThat(t.reason()).isIn(Reason.TOO_LITTLE_CHANGE, Reason.TOO_SHORT);
        } else {
            assertThat(f).isInstanceOf(NotFalling.class);
        }
    }

    @Property(tries = 100)
    void plateausOfWholePercentsStillGiveTheRate(@ForAll @IntRange(min = 1, max = 4) int daysPerPoint,
            @ForAll @IntRange(min = 5, max = 240) int stepMinutes, @ForAll @IntRange(min = 50, max = 100) int start) {
        // The printer says the same percent for days, then one less: a staircase.
        double rate = 1.0 / daysPerPoint;
        List<LevelPoint> p = drain(T0, start + 0.999, rate, Duration.ofMinutes(stepMinutes), 30 * daysPerPoint);
        RunsOut r = (RunsOut) SupplyForecast.of(INK, p, last(p));
        assertThat(r.ratePerDay()).isCloseTo(rate, within(rate * 0.15));
        assertThat(r.ratePerDay()).isPositive();
    }

    @Property(tries = 500)
    void anyInputNeverThrowsAndNeverGivesNegativeDays(@ForAll("junk") List<LevelPoint> points,
            @ForAll @LongRange(min = -1_000_000, max = 100_000_000) long nowOffset, @ForAll Supply.Kind kind) {
        Instant now = T0.plusSeconds(nowOffset);
        Forecast f = SupplyForecast.of(kind, points, now);
        if (f instanceof RunsOut r) {
            assertThat(r.days()).isBetween(0L, 36_500L);
            assertThat(r.ratePerDay()).isPositive().isFinite();
            assertThat(r.date()).isAfterOrEqualTo(now);
            assertThat(r.points()).isGreaterThanOrEqualTo(SupplyForecast.MIN_READINGS);
            assertThat(r.from()).isBeforeOrEqualTo(r.to());
        } else if (f instanceof NotFalling n) {
            assertThat(n.window()).isGreaterThanOrEqualTo(SupplyForecast.MIN_SPAN);
        } else if (f instanceof TooLittleData t) {
            assertThat(t.points()).isNotNegative();
            assertThat(t.span()).isGreaterThanOrEqualTo(Duration.ZERO);
        } else {
            assertThat(((Empty) f).at()).isBeforeOrEqualTo(now);
        }
    }

    @Provide
    Arbitrary<List<LevelPoint>> junk() {
        Arbitrary<Instant> at = Arbitraries.longs().between(-2_000_000, 120_000_000).map(T0::plusSeconds);
        Arbitrary<Integer> percent = Arbitraries.integers().between(0, 100).injectNull(0.2)
                .edgeCases(c -> c.add(0, 100));
        Arbitrary<LevelPoint> point = Combinators.combine(at, percent).as(LevelPoint::new);
        Arbitrary<List<LevelPoint>> random = point.list().ofMaxSize(60);
        Arbitrary<List<LevelPoint>> sorted = random.map(l -> {
            List<LevelPoint> s = new ArrayList<>(l);
            s.sort(java.util.Comparator.comparing(LevelPoint::at));
            return s;
        });
        Arbitrary<List<LevelPoint>> sameTime = percent.list().ofMaxSize(20)
                .map(l -> l.stream().map(v -> new LevelPoint(T0, v)).toList());
        return Arbitraries.oneOf(random, sorted, sameTime, Arbitraries.just(Arrays.asList((LevelPoint) null)));
    }
}
