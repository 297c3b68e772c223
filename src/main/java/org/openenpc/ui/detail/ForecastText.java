package org.openenpc.ui.detail;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.openenpc.model.Supply;
import org.openenpc.model.SupplyForecast.Empty;
import org.openenpc.model.SupplyForecast.Forecast;
import org.openenpc.model.SupplyForecast.NotFalling;
import org.openenpc.model.SupplyForecast.Reason;
import org.openenpc.model.SupplyForecast.RunsOut;
import org.openenpc.model.SupplyForecast.TooLittleData;
import org.openenpc.ui.Messages;

/**
 * A {@link Forecast} in words for the chart's forecast lines: "Black Ink: runs out in about 12 days
 * (around 14 Dec)", "Maintenance box: fills up in about 200 days (around 3 Jun)", "Cyan Ink: too
 * little data to estimate yet (2 readings in 5 hours)". A waste receptacle fills up and is full
 * where an ink runs out and is empty. Stateless; any thread.
 */
final class ForecastText {

    private ForecastText() {
    }

    /**
     * The line for a supply.
     *
     * @param name already made safe to show ({@link org.openenpc.model.SafeText})
     */
    static String of(String name, Forecast f, ZoneId zone, Locale locale) {
        if (f instanceof RunsOut r) {
            return runsOut(name, r, zone, locale);
        }
        if (f instanceof Empty e) {
            return Messages.format(e.kind() == Supply.Kind.WASTE ? "detail.chart.full" : "detail.chart.empty", name);
        }
        if (f instanceof NotFalling n) {
            long days = Math.max(1, Math.round(n.window().toHours() / 24.0));
            return days == 1 ? Messages.format("detail.chart.notFallingDay", name)
                    : Messages.format("detail.chart.notFalling", name, String.valueOf(days));
        }
        return tooLittle(name, (TooLittleData) f);
    }

    private static String runsOut(String name, RunsOut r, ZoneId zone, Locale locale) {
        boolean fills = r.kind() == Supply.Kind.WASTE;
        if (r.moreThanAYear()) {
            return Messages.format(fills ? "detail.chart.fillsUpYear" : "detail.chart.runsOutYear", name);
        }
        String date = DateTimeFormatter.ofPattern("d MMM", locale).withZone(zone).format(r.date());
        if (r.days() <= 1) {
            return Messages.format(fills ? "detail.chart.fillsUpDay" : "detail.chart.runsOutDay", name, date);
        }
        return Messages.format(fills ? "detail.chart.fillsUp" : "detail.chart.runsOut", name,
                String.valueOf(r.days()), date);
    }

    private static String tooLittle(String name, TooLittleData t) {
        if (t.reason() == Reason.NO_READINGS) {
            return Messages.format("detail.chart.noReadings", name);
        }
        if (t.reason() == Reason.ONLY_UNKNOWN) {
            return Messages.format("detail.chart.onlyUnknown", name);
        }
        String readings = Messages.format("detail.chart.readings", t.points());
        String what = t.points() < 2 ? readings : Messages.format("detail.chart.readingsIn", readings, span(t.span()));
        return Messages.format(t.sinceRefill() ? "detail.chart.tooLittleRefill" : "detail.chart.tooLittle", name, what);
    }

    /** "40 minutes", "5 hours", "3 days". */
    static String span(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return Messages.format("detail.chart.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return Messages.format("detail.chart.hours", Math.round(minutes / 60.0));
        }
        return Messages.format("detail.chart.days", Math.round(minutes / 1440.0));
    }
}
