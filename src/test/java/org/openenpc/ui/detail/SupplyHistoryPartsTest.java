package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openenpc.model.LevelPoint;
import org.openenpc.model.Supply;
import org.openenpc.model.SupplyForecast.Empty;
import org.openenpc.model.SupplyForecast.NotFalling;
import org.openenpc.model.SupplyForecast.Reason;
import org.openenpc.model.SupplyForecast.RunsOut;
import org.openenpc.model.SupplyForecast.TooLittleData;

/** The chart's pure parts without a toolkit: the forecast in words, the thinning, the time axis. */
class SupplyHistoryPartsTest {

    private static final Instant NOW = Instant.parse("2024-11-12T09:00:00Z");
    private static final Supply.Kind INK = Supply.Kind.COLORANT;

    private static String text(String name, org.openenpc.model.SupplyForecast.Forecast f) {
        return ForecastText.of(name, f, ZoneOffset.UTC, Locale.ENGLISH);
    }

    @Test
    void everyForecastInWords() {
        assertThat(text("Black Ink", new RunsOut(INK, 12, Instant.parse("2024-12-14T10:00:00Z"), 2, 30, NOW, NOW)))
                .isEqualTo("Black Ink: runs out in about 12 days (around 14 Dec)");
        assertThat(text("Maintenance box", new RunsOut(Supply.Kind.WASTE, 200, NOW.plus(Duration.ofDays(200)), 0.25, 30,
                NOW, NOW))).isEqualTo("Maintenance box: fills up in about 200 days (around 31 May)");
        assertThat(text("Black Ink", new RunsOut(INK, 1, NOW.plus(Duration.ofHours(20)), 9, 30, NOW, NOW)))
                .isEqualTo("Black Ink: runs out within about a day (around 13 Nov)");
        assertThat(text("Black Ink", new RunsOut(INK, 366, NOW, 0.1, 30, NOW, NOW)))
                .isEqualTo("Black Ink: runs out in more than a year");
        assertThat(text("Box", new RunsOut(Supply.Kind.WASTE, 400, NOW, 0.1, 30, NOW, NOW)))
                .isEqualTo("Box: fills up in more than a year");
        assertThat(text("Magenta", new Empty(INK, NOW))).isEqualTo("Magenta: empty");
        assertThat(text("Box", new Empty(Supply.Kind.WASTE, NOW))).isEqualTo("Box: full");
        assertThat(text("Yellow", new NotFalling(Duration.ofDays(30).minusMinutes(5), 8000)))
                .isEqualTo("Yellow: no usage seen in the last 30 days");
        assertThat(text("Yellow", new NotFalling(Duration.ofHours(25), 26))).isEqualTo("Yellow: no usage seen in the last day");
        assertThat(text("Cyan Ink", new TooLittleData(Reason.TOO_FEW_READINGS, 2, Duration.ofHours(5), false)))
                .isEqualTo("Cyan Ink: too little data to estimate yet (2 readings in 5 hours)");
        assertThat(text("Cyan Ink", new TooLittleData(Reason.TOO_FEW_READINGS, 1, Duration.ZERO, true)))
                .isEqualTo("Cyan Ink: too little data to estimate yet since it was replaced (1 reading)");
        assertThat(text("Cyan Ink", new TooLittleData(Reason.TOO_SHORT, 12, Duration.ofMinutes(55), false)))
                .isEqualTo("Cyan Ink: too little data to estimate yet (12 readings in 55 minutes)");
        assertThat(text("Cyan Ink", new TooLittleData(Reason.TOO_LITTLE_CHANGE, 300, Duration.ofDays(3), false)))
                .isEqualTo("Cyan Ink: too little data to estimate yet (300 readings in 3 days)");
        assertThat(text("Cyan Ink", new TooLittleData(Reason.ONLY_UNKNOWN, 0, Duration.ZERO, false)))
                .isEqualTo("Cyan Ink: too little data to estimate yet (the level was never reported)");
        assertThat(text("Cyan Ink", new TooLittleData(Reason.NO_READINGS, 0, Duration.ZERO, false)))
                .isEqualTo("Cyan Ink: no readings yet");
        assertThat(ForecastText.span(Duration.ofSeconds(30))).isEqualTo("less than a minute");
        assertThat(ForecastText.span(Duration.ofMinutes(61))).isEqualTo("1 hour");
        assertThat(ForecastText.span(Duration.ofHours(47))).isEqualTo("47 hours");
    }

    @Test
    void thinningKeepsEachBucketsLowestAndHighestInTimeOrderAndDropsUnknownLevels() {
        List<LevelPoint> small = List.of(new LevelPoint(NOW, 5), new LevelPoint(NOW.plusSeconds(60), null),
                new LevelPoint(NOW.plusSeconds(120), 4));
        assertThat(Downsampler.minMax(small, 250)).containsExactly(small.get(0), small.get(2));

        List<LevelPoint> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int level = i == 5_003 ? 3 : i == 7_001 ? 97 : 50 + (i % 3); // one dip, one spike
            many.add(new LevelPoint(NOW.plusSeconds(300L * i), level));
        }
        List<LevelPoint> thin = Downsampler.minMax(many, 100);
        assertThat(thin).hasSizeLessThanOrEqualTo(200).contains(many.get(0), many.get(5_003), many.get(7_001));
        assertThat(thin).isSortedAccordingTo(java.util.Comparator.comparing(LevelPoint::at));
        assertThat(thin).extracting(LevelPoint::percent).contains(3, 97).doesNotContainNull();
    }

    @Test
    void theTimeAxisHasAtMostEightAlignedIntervalsAndDateLabels() {
        for (Duration span : List.of(Duration.ofHours(3), Duration.ofDays(1), Duration.ofDays(12), Duration.ofDays(60),
                Duration.ofDays(365), Duration.ofDays(3 * 365))) {
            TimeTicks t = TimeTicks.of(NOW.minus(span), NOW, ZoneOffset.UTC);
            assertThat((t.upper() - t.lower()) / t.unit()).as("%s", span).isLessThanOrEqualTo(TimeTicks.MAX_TICKS);
            assertThat(t.lower() / t.unit()).isCloseTo(Math.rint(t.lower() / t.unit()),
                    org.assertj.core.api.Assertions.within(1e-6));
            assertThat(t.lower()).isLessThanOrEqualTo(TimeTicks.x(NOW.minus(span), ZoneOffset.UTC));
            assertThat(t.upper()).isGreaterThanOrEqualTo(TimeTicks.x(NOW, ZoneOffset.UTC));
        }
        TimeTicks days = TimeTicks.of(NOW.minus(Duration.ofDays(60)), NOW, ZoneOffset.UTC);
        assertThat(days.label(TimeTicks.x(NOW, ZoneOffset.UTC), Locale.ENGLISH)).isEqualTo("12 Nov");
        TimeTicks hours = TimeTicks.of(NOW.minus(Duration.ofHours(5)), NOW, ZoneOffset.ofHours(1));
        assertThat(hours.label(TimeTicks.x(NOW, ZoneOffset.ofHours(1)), Locale.ENGLISH)).isEqualTo("10:00");
    }
}
