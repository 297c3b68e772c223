package org.openenpc.ui.detail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The time axis of the supply-history chart: X values are local days since 1970 (epoch seconds
 * shifted by the zone's offset now, divided by 86,400), so that whole-day ticks fall on local
 * midnights and a tick's label is its own local date. A tick unit is chosen from a fixed ladder so
 * that the axis has at most {@value #MAX_TICKS} intervals, and both bounds sit on the unit (NumberAxis
 * counts ticks from the lower bound and always labels the upper one, so an unaligned bound would crowd
 * its neighbour). Immutable; any thread.
 *
 * @param lower the axis' lower bound, in local days
 * @param upper its upper bound, at or after now
 * @param unit   the distance between ticks, in days
 * @param offset the zone offset the X values are shifted by
 */
record TimeTicks(double lower, double upper, double unit, ZoneOffset offset) {

    static final int MAX_TICKS = 8;
    private static final double HOUR = 1 / 24.0;
    /** Hours, then days, then weeks (4, 8 and 13 weeks for spans of months up to a year and more). */
    private static final double[] UNITS = {HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 1, 2, 7, 14, 28, 56, 91,
            182, 364};

    /** The axis for readings from {@code first} to {@code now}, in the local time of {@code offset}. */
    static TimeTicks of(Instant first, Instant now, ZoneOffset offset) {
        double from = x(first, offset);
        double to = Math.max(x(now, offset), from + HOUR);
        double unit = UNITS[UNITS.length - 1];
        for (double u : UNITS) {
            if ((to - from) / u <= MAX_TICKS - 1) {
                unit = u;
                break;
            }
        }
        double lower = Math.floor(from / unit) * unit;
        double upper = Math.ceil(to / unit) * unit;
        return new TimeTicks(lower, upper, unit, offset);
    }

    /** The X value of an instant. */
    static double x(Instant at, ZoneOffset offset) {
        return (at.getEpochSecond() + offset.getTotalSeconds() + at.getNano() / 1e9) / 86_400.0;
    }

    /** A tick's label: "12 Nov", or "14:00" between the midnights of an axis in hours. */
    String label(double x, Locale locale) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.round(x * 86_400), 0, ZoneOffset.UTC);
        boolean midnight = t.getHour() == 0 && t.getMinute() == 0;
        String pattern = unit >= 1 || midnight ? "d MMM" : "HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(t);
    }
}
