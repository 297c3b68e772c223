package org.openenpc.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When a supply runs out, estimated from its level history. Pure and stateless; any thread.
 *
 * <p>The rules, in order:
 * <ol>
 * <li>Readings after {@code now} (a skewed clock) are ignored, unknown levels (null) are skipped, and
 * the readings are sorted by time if they are not already.
 * <li>No known level at all: {@link TooLittleData} ({@link Reason#NO_READINGS} or
 * {@link Reason#ONLY_UNKNOWN}).
 * <li>The last known level is 0: {@link Empty}.
 * <li>A rise of at least {@value #REFILL_RISE} points between two known levels, or a rise to at least
 * {@value #REFILL_TO} from below {@value #REFILL_FROM}, is a refill or a new cartridge: only the
 * readings from the last such rise on count. Smaller rises are noise (printers re-estimate).
 * <li>Fewer than 3 known levels since then, or spanning less than 24 hours: {@link TooLittleData}.
 * <li>The usage rate is the least-squares slope of percent over time of the readings of the last
 * {@value #WINDOW_DAYS} days (all readings since the refill when those are fewer than 3 or span less
 * than 24 hours, so a printer that was off for a month still gets an estimate).
 * <li>When the fitted line falls by less than {@value #NOISE_POINTS} points over that window, the
 * level is {@link NotFalling}: printers report whole percents that flap by ±1 near a boundary, and
 * such flapping cannot make the line fall by more (see {@link #NOISE_POINTS}). Only when the history
 * since the refill is younger than {@value #WINDOW_DAYS} days and the line fell by 1 point or more
 * is it {@link TooLittleData} ({@link Reason#TOO_LITTLE_CHANGE}) instead: usage may be starting.
 * <li>Otherwise {@link RunsOut}: the last known level divided by the rate, counted from that
 * reading, never before {@code now}.
 * </ol>
 *
 * <p>A waste receptacle ({@link Supply.Kind#WASTE}) fills instead of emptying, but its percent is
 * the space remaining (RFC 3805 prtMarkerSuppliesLevel, see {@link Supply#percent()}), so the same
 * maths estimates when that space reaches 0, and a new maintenance box is a "refill". The kind is
 * only carried into the result, so that the UI says "fills up" and "full" instead of "runs out" and
 * "empty".
 */
public final class SupplyForecast {

    /** A rise of this many points or more is a refill or a new cartridge. */
    public static final int REFILL_RISE = 30;
    /** A rise to this level or above … */
    public static final int REFILL_TO = 95;
    /** … from below this one is a refill too (a cartridge swapped at 75 % for a full one). */
    public static final int REFILL_FROM = 80;
    /** The usage rate is fitted on the readings of this many days. */
    public static final int WINDOW_DAYS = 30;
    /** Fewer known levels than this since the last refill are too few to estimate from. */
    public static final int MIN_READINGS = 3;
    /** Known levels spanning less than this are too short to estimate from. */
    public static final Duration MIN_SPAN = Duration.ofHours(24);
    /**
     * The fitted line must fall by this many points over the window to count as usage. A printer
     * reports whole percents and one near a boundary flaps by ±1; a least-squares line through such
     * flapping falls by at most about 1.5 × the 2-point spread = 3 points (a step down at mid-window).
     */
    public static final double NOISE_POINTS = 3.0;
    /** Above this many days the UI says "more than a year". */
    public static final long YEAR_DAYS = 365;
    /** Estimates are capped here, so that the date stays representable and sane. */
    static final double MAX_DAYS = 100 * 365.0;

    private static final double SECONDS_PER_DAY = 86_400.0;

    /** Why there is no estimate yet. */
    public enum Reason {
        /** No reading at all. */
        NO_READINGS,
        /** Readings, but every level was unknown. */
        ONLY_UNKNOWN,
        /** Fewer than {@link #MIN_READINGS} known levels (since the last refill). */
        TOO_FEW_READINGS,
        /** The known levels (since the last refill) span less than {@link #MIN_SPAN}. */
        TOO_SHORT,
        /**
         * The level fell, but by less than {@link #NOISE_POINTS} over a history younger than
         * {@link #WINDOW_DAYS} days: too little to tell usage from whole-percent flapping yet.
         */
        TOO_LITTLE_CHANGE
    }

    /** What the history says about a supply: one of four closed cases. */
    public sealed interface Forecast permits RunsOut, Empty, NotFalling, TooLittleData {
    }

    /**
     * Runs out (a {@link Supply.Kind#WASTE} receptacle: fills up) in about {@code days} days.
     *
     * @param kind       the supply's kind
     * @param days       whole days from now, rounded, at least 0, at most 36,500
     * @param date       the estimated moment, never before now
     * @param ratePerDay the usage rate in percentage points per day, positive and finite
     * @param points     how many known levels the rate was fitted on
     * @param from       the first of them
     * @param to         the last of them
     */
    public record RunsOut(Supply.Kind kind, long days, Instant date, double ratePerDay, int points, Instant from,
                          Instant to) implements Forecast {

        /** More than {@link #YEAR_DAYS} days away: the UI says "more than a year" instead of a number. */
        public boolean moreThanAYear() {
            return days > YEAR_DAYS;
        }
    }

    /**
     * The last known level is 0 (a {@link Supply.Kind#WASTE} receptacle: full).
     *
     * @param kind the supply's kind
     * @param at   when that level was read
     */
    public record Empty(Supply.Kind kind, Instant at) implements Forecast {
    }

    /**
     * The level is steady or rising over the window: no usage seen.
     *
     * @param window the time the readings looked at span (at most about {@link #WINDOW_DAYS} days)
     * @param points how many known levels that was
     */
    public record NotFalling(Duration window, int points) implements Forecast {
    }

    /**
     * Too little data to estimate yet.
     *
     * @param reason      why
     * @param points      how many known levels there are (since the last refill)
     * @param span        the time they span, zero for fewer than two
     * @param sinceRefill true when a refill was seen and only the readings after it counted
     */
    public record TooLittleData(Reason reason, int points, Duration span, boolean sinceRefill) implements Forecast {
    }

    private SupplyForecast() {
    }

    /**
     * The forecast of one supply's history.
     *
     * @param kind   the supply's kind (null is taken as {@link Supply.Kind#OTHER})
     * @param points its readings, oldest first (null or empty: {@link Reason#NO_READINGS}); null elements are skipped
     * @param now    the present; readings after it are ignored
     */
    public static Forecast of(Supply.Kind kind, List<LevelPoint> points, Instant now) {
        Objects.requireNonNull(now, "now");
        Supply.Kind k = kind == null ? Supply.Kind.OTHER : kind;
        List<LevelPoint> known = known(points, now);
        if (known.isEmpty()) {
            boolean any = points != null && points.stream().anyMatch(p -> p != null && !p.at().isAfter(now));
            return new TooLittleData(any ? Reason.ONLY_UNKNOWN : Reason.NO_READINGS, 0, Duration.ZERO, false);
        }
        LevelPoint last = known.get(known.size() - 1);
        if (last.percent() == 0) {
            return new Empty(k, last.at());
        }
        int start = lastRefill(known);
        List<LevelPoint> segment = known.subList(start, known.size());
        Duration span = Duration.between(segment.get(0).at(), last.at());
        if (segment.size() < MIN_READINGS) {
            return new TooLittleData(Reason.TOO_FEW_READINGS, segment.size(), span, start > 0);
        }
        if (span.compareTo(MIN_SPAN) < 0) {
            return new TooLittleData(Reason.TOO_SHORT, segment.size(), span, start > 0);
        }
        List<LevelPoint> window = window(segment, now);
        boolean fullWindow = !segment.get(0).at().isAfter(now.minus(Duration.ofDays(WINDOW_DAYS)));
        return estimate(k, window, last, now, fullWindow, start > 0);
    }

    /** The known levels up to {@code now}, sorted by time (stable, so equal times keep their order). */
    private static List<LevelPoint> known(List<LevelPoint> points, Instant now) {
        List<LevelPoint> known = new ArrayList<>(points == null ? 0 : points.size());
        if (points == null) {
            return known;
        }
        boolean sorted = true;
        for (LevelPoint p : points) {
            if (p == null || p.percent() == null || p.at().isAfter(now)) {
                continue;
            }
            if (!known.isEmpty() && p.at().isBefore(known.get(known.size() - 1).at())) {
                sorted = false;
            }
            known.add(p);
        }
        if (!sorted) {
            known.sort(Comparator.comparing(LevelPoint::at));
        }
        return known;
    }

    /** Index of the first known level after the last refill (0 when there was none). */
    static int lastRefill(List<LevelPoint> known) {
        int start = 0;
        for (int i = 1; i < known.size(); i++) {
            if (isRefill(known.get(i - 1).percent(), known.get(i).percent())) {
                start = i;
            }
        }
        return start;
    }

    /** True when a level going from {@code before} to {@code after} is a refill or a new cartridge. */
    public static boolean isRefill(int before, int after) {
        return after - before >= REFILL_RISE || (after >= REFILL_TO && before < REFILL_FROM);
    }

    /** The readings of the last {@link #WINDOW_DAYS} days, or all of them when those are too few or too short. */
    private static List<LevelPoint> window(List<LevelPoint> segment, Instant now) {
        Instant since = now.minus(Duration.ofDays(WINDOW_DAYS));
        int from = segment.size();
        while (from > 0 && !segment.get(from - 1).at().isBefore(since)) {
            from--;
        }
        List<LevelPoint> recent = segment.subList(from, segment.size());
        if (recent.size() < MIN_READINGS
                || Duration.between(recent.get(0).at(), recent.get(recent.size() - 1).at()).compareTo(MIN_SPAN) < 0) {
            return segment;
        }
        return recent;
    }

    private static Forecast estimate(Supply.Kind kind, List<LevelPoint> window, LevelPoint last, Instant now,
                                     boolean fullWindow, boolean sinceRefill) {
        Instant from = window.get(0).at();
        Instant to = window.get(window.size() - 1).at();
        double spanDays = days(from, to);
        double slope = slope(window, from);
        double rate = -slope;
        double fall = rate * spanDays;
        if (!Double.isFinite(fall) || fall < NOISE_POINTS) {
            // Steady, rising or flapping; a small fall in a young history may still become usage.
            if (fall >= 1.0 && !fullWindow) {
                return new TooLittleData(Reason.TOO_LITTLE_CHANGE, window.size(), Duration.between(from, to),
                        sinceRefill);
            }
            return new NotFalling(Duration.between(from, to), window.size());
        }
        // From the last reading on (the printer's own figure), minus the time since it was read.
        double fromLast = Math.min(MAX_DAYS, last.percent() / rate);
        double fromNow = Math.min(MAX_DAYS, Math.max(0.0, fromLast - days(last.at(), now)));
        long seconds = Math.round(fromNow * SECONDS_PER_DAY);
        return new RunsOut(kind, Math.round(fromNow), now.plusSeconds(seconds), rate, window.size(), from, to);
    }

    /**
     * The least-squares slope of percent over time in points per day. Sums are taken about the means
     * so that large epoch values do not cost precision; 0 when the times do not vary.
     */
    static double slope(List<LevelPoint> points, Instant origin) {
        int n = points.size();
        double meanX = 0;
        double meanY = 0;
        for (LevelPoint p : points) {
            meanX += days(origin, p.at());
            meanY += p.percent();
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (LevelPoint p : points) {
            double dx = days(origin, p.at()) - meanX;
            sxy += dx * (p.percent() - meanY);
            sxx += dx * dx;
        }
        return sxx > 0 ? sxy / sxx : 0.0;
    }

    private static double days(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return (d.getSeconds() + d.getNano() / 1e9) / SECONDS_PER_DAY;
    }
}
