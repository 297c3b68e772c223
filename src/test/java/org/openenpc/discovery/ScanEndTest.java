package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ScanEndTest {

    private static final long MS = 1_000_000L;

    @Test
    void withNothingMeasuredTheWholeTimeoutIsQuietAndRoundsKeepTheirOldSpacing() {
        ScanEnd end = new ScanEnd(Duration.ofMillis(1500), new ReplyLatencies());
        assertThat(end.quiet()).isEqualTo(1500 * MS);
        assertThat(end.roundInterval(0)).isEqualTo(375 * MS);
        assertThat(end.listenWindow()).isEqualTo(1000 * MS);
    }

    @Test
    void aFastLanEndsAfterTheFloorsNotTheTimeout() {
        ReplyLatencies l = new ReplyLatencies();
        for (int i = 0; i < 1000; i++) {
            l.add(300_000 + i * 1_000L); // 0.3–1.3 ms
        }
        ScanEnd end = new ScanEnd(Duration.ofMillis(1500), l);
        assertThat(end.quiet()).isEqualTo(ScanEnd.MIN_QUIET);
        assertThat(end.roundInterval(10)).isEqualTo(ScanEnd.MIN_INTERVAL);
        // Each round makes every device answer twice: 1,000 devices space rounds by 100 ms.
        assertThat(end.roundInterval(1000)).isEqualTo(100 * MS);
        // The slow-printer window does not shrink with the latencies.
        assertThat(end.listenWindow()).isEqualTo(1000 * MS);
    }

    @Test
    void slowRepliesStretchTheQuietUpToTheTimeout() {
        ReplyLatencies l = new ReplyLatencies();
        for (int i = 0; i < 100; i++) {
            l.add((100 + i) * MS); // 100–199 ms: p95 ≈ 195 ms
        }
        ScanEnd end = new ScanEnd(Duration.ofMillis(1500), l);
        assertThat(end.quiet()).isBetween(3 * 194 * MS + 20 * MS, 3 * 215 * MS + 20 * MS);
        for (int i = 0; i < 1000; i++) {
            l.add(900 * MS);
        }
        assertThat(end.quiet()).isEqualTo(1500 * MS);
        assertThat(end.roundInterval(5)).isEqualTo(375 * MS);
    }

    @Test
    void aShortTimeoutCapsEveryPart() {
        ReplyLatencies l = new ReplyLatencies();
        l.add(MS);
        ScanEnd end = new ScanEnd(Duration.ofMillis(60), l);
        assertThat(end.quiet()).isEqualTo(60 * MS);
        assertThat(end.listenWindow()).isEqualTo(60 * MS);
        assertThat(end.roundInterval(0)).isEqualTo(ScanEnd.MIN_INTERVAL);
    }

    @Test
    void percentilesAreTheBucketEdgeAtMostNinePercentHighAndNeverAboveTheLongestSample() {
        ReplyLatencies l = new ReplyLatencies();
        assertThat(l.percentile(0.95)).isZero();
        for (int i = 1; i <= 100; i++) {
            l.add(i * MS);
        }
        assertThat(l.percentile(0.5)).isBetween(50 * MS, 50 * MS * 109 / 100);
        assertThat(l.percentile(0.95)).isBetween(95 * MS, 95 * MS * 109 / 100);
        assertThat(l.percentile(1.0)).isEqualTo(100 * MS);
        l.add(Long.MAX_VALUE / 2);
        assertThat(l.percentile(1.0)).isEqualTo(Long.MAX_VALUE / 2);
        assertThat(new ScanEnd(Duration.ofSeconds(60), l).quiet()).isLessThanOrEqualTo(Duration.ofSeconds(60).toNanos());
    }
}
