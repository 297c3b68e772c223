package org.openenpc.ui.detail;

import java.util.ArrayList;
import java.util.List;

import org.openenpc.model.LevelPoint;

/**
 * Thins a level history for drawing: a year of 5-minute readings is 105,000 points per supply, far
 * more than a chart a few hundred pixels wide can show, and a LineChart with that many nodes takes
 * seconds to lay out. The time span is cut into equal buckets and each keeps its lowest and its
 * highest reading, in time order, so a refill's jump and a short dip stay visible (an average
 * would flatten them). Unknown levels are left out: the line bridges them. The forecast is computed
 * from the real readings, never from these. Pure; any thread.
 */
final class Downsampler {

    private Downsampler() {
    }

    /**
     * The known readings of {@code points} (oldest first), all of them when there are at most
     * {@code 2 × buckets}, else at most two per bucket.
     */
    static List<LevelPoint> minMax(List<LevelPoint> points, int buckets) {
        List<LevelPoint> known = new ArrayList<>();
        for (LevelPoint p : points) {
            if (p.percent() != null) {
                known.add(p);
            }
        }
        if (known.size() <= 2L * buckets) {
            return known;
        }
        long first = known.get(0).at().getEpochSecond();
        long span = Math.max(1, known.get(known.size() - 1).at().getEpochSecond() - first + 1);
        List<LevelPoint> out = new ArrayList<>(2 * buckets);
        int i = 0;
        while (i < known.size()) {
            long bucket = bucket(known.get(i), first, span, buckets);
            LevelPoint min = known.get(i);
            LevelPoint max = min;
            int j = i + 1;
            while (j < known.size() && bucket(known.get(j), first, span, buckets) == bucket) {
                LevelPoint p = known.get(j);
                if (p.percent() < min.percent()) {
                    min = p;
                }
                if (p.percent() > max.percent()) {
                    max = p;
                }
                j++;
            }
            if (min == max) {
                out.add(min);
            } else if (min.at().isBefore(max.at())) {
                out.add(min);
                out.add(max);
            } else {
                out.add(max);
                out.add(min);
            }
            i = j;
        }
        return out;
    }

    private static long bucket(LevelPoint p, long first, long span, int buckets) {
        // In long arithmetic: a span of a year in seconds times 250 buckets stays far below 2^63.
        return (p.at().getEpochSecond() - first) * buckets / span;
    }
}
