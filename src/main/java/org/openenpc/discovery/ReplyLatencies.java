package org.openenpc.discovery;

/**
 * The round-trip times measured in one scan (first attempts of unicast queries, so each is one request and its own
 * reply), kept as a histogram of logarithmic buckets (eight per doubling, so a percentile is at most 9 % high) from
 * 0.1 ms up: constant memory and an O(buckets) percentile whatever the number of printers. Scan thread only.
 */
final class ReplyLatencies {

    private static final double MIN_NANOS = 100_000;
    private static final int PER_DOUBLING = 8;
    /** 0.1 ms × 2^(160 / 8) ≈ 105 s: longer samples go in the last bucket. */
    private static final int BUCKETS = 160;

    private final long[] counts = new long[BUCKETS + 1];
    private long total;
    private long max;
    private double cachedP = Double.NaN;
    private long cachedAt = -1;
    private long cached;

    void add(long nanos) {
        counts[bucket(nanos)]++;
        total++;
        max = Math.max(max, nanos);
    }

    long count() {
        return total;
    }

    /** The longest sample, 0 without any. */
    long max() {
        return max;
    }

    /**
     * The upper edge of the bucket holding the {@code p} quantile (0 &lt; p ≤ 1), never above the longest sample;
     * 0 without samples.
     */
    long percentile(double p) {
        if (total == 0) {
            return 0;
        }
        if (p == cachedP && total == cachedAt) {
            return cached; // asked on every turn of the scan loop; the samples change less often
        }
        cachedP = p;
        cachedAt = total;
        cached = compute(p);
        return cached;
    }

    private long compute(double p) {
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (int b = 0; b <= BUCKETS; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return Math.min(max, upperEdge(b));
            }
        }
        return max;
    }

    private static int bucket(long nanos) {
        if (nanos <= MIN_NANOS) {
            return 0;
        }
        int b = (int) Math.ceil(PER_DOUBLING * (Math.log(nanos / MIN_NANOS) / Math.log(2)));
        return Math.min(BUCKETS, b);
    }

    private static long upperEdge(int bucket) {
        return bucket >= BUCKETS ? Long.MAX_VALUE : (long) (MIN_NANOS * Math.pow(2, bucket / (double) PER_DOUBLING));
    }
}
