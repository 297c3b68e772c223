package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.EnpcQuery;

/** Follow-up re-sends on a fake clock. */
class FollowUpsTest {

    private static final long MS = 1_000_000L;

    @Test
    void sendsEachQueryOnceThenResendsAfterTheTimeoutUntilAnsweredOrOutOfAttempts() {
        FollowUps f = new FollowUps(3);
        f.schedule(1, EnumSet.of(EnpcQuery.STATUS, EnpcQuery.NIC_INFO), 0);
        assertThat(f.takeDue(0).query).isEqualTo(EnpcQuery.NIC_INFO);
        assertThat(f.takeDue(0).query).isEqualTo(EnpcQuery.STATUS);
        assertThat(f.takeDue(0)).isNull();
        f.answered(1, EnpcQuery.NIC_INFO, 5 * MS);
        long t = f.nextDue();
        assertThat(t).isEqualTo(200 * MS); // no RTT sample yet when STATUS was sent: 200 ms
        FollowUps.Pending again = f.takeDue(t);
        assertThat(again.query).isEqualTo(EnpcQuery.STATUS);
        assertThat(again.attempts).isEqualTo(2);
        FollowUps.Pending third = f.takeDue(f.nextDue());
        assertThat(third.attempts).isEqualTo(3);
        assertThat(f.takeDue(f.nextDue())).isNull();
        assertThat(f.idle()).isTrue();
        assertThat(f.failed()).isEqualTo(1);
    }

    @Test
    void timeoutFollowsTheMeasuredRoundTrip() {
        FollowUps f = new FollowUps(5);
        f.schedule(1, EnumSet.of(EnpcQuery.STATUS), 0);
        f.takeDue(0);
        f.answered(1, EnpcQuery.STATUS, 100 * MS);
        assertThat(f.timeout(1)).isEqualTo(420 * MS); // 4 × 100 ms + 20 ms
        FollowUps fast = new FollowUps(5);
        fast.schedule(1, EnumSet.of(EnpcQuery.STATUS), 0);
        fast.takeDue(0);
        fast.answered(1, EnpcQuery.STATUS, MS / 10);
        assertThat(fast.timeout(1)).isEqualTo(FollowUps.MIN_TIMEOUT);
    }

    @Test
    void exchangeFailureIsEstimatedFromDevicesThatAnswerQueries() {
        FollowUps f = new FollowUps(5);
        assertThat(f.exchangeFailure()).isEqualTo(0.5);
        for (int ip = 0; ip < 100; ip++) {
            f.schedule(ip, EnumSet.of(EnpcQuery.STATUS), 0);
        }
        while (f.takeDue(0) != null) {
            // first attempts to all 100
        }
        for (int ip = 0; ip < 49; ip++) {
            f.answered(ip, EnpcQuery.STATUS, MS);
        }
        while (f.takeDue(1_000 * MS) != null) {
            // the other 51 miss their first attempt and are re-sent
        }
        for (int ip = 49; ip < 98; ip++) {
            f.answered(ip, EnpcQuery.STATUS, 1_001 * MS); // 49 answer the re-send: their first miss was loss
        }
        // Devices 98 and 99 never answer a query (probe-only devices): not evidence of loss.
        assertThat(f.exchangeFailure()).isEqualTo((49 + 1.0) / (98 + 2.0));
    }
}
