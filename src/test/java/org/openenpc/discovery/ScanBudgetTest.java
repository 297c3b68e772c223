package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openenpc.snmp.SnmpSettings;

class ScanBudgetTest {

    @Test
    void theDefaultBroadcastDeadlineIsAboutThirtyThreeSecondsPlusSixteenMillisecondsAPrinter() {
        ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").snmp(SnmpSettings.defaults()).build();
        ScanBudget b = ScanBudget.of(scope, 1, 375_000_000L, 16);
        assertThat(b.deadline(0, 0)).isEqualTo(32_500_000_000L);
        assertThat(b.deadline(0, 100) - b.deadline(0, 0)).isEqualTo(1_600_000_000L);
        assertThat(b.admitsBroadcastDevice(ScanBudget.MAX_BROADCAST_DEVICES - 1)).isTrue();
        assertThat(b.admitsBroadcastDevice(ScanBudget.MAX_BROADCAST_DEVICES)).isFalse();
        assertThat(b.worstCase()).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void aUnicastSweepPaysForItsPacketsAtTheRate() {
        ScanScope scope = ScanScope.builder().addRange("127.1.0.0/16").rate(1000).retries(0).build();
        ScanBudget b = ScanBudget.of(scope, 0, 375_000_000L, 4);
        // 2 rounds × 2 × 65,534 packets at 1,000/s, the quiet time and 4 follow-up attempts of 1 s.
        assertThat(b.deadline(0, 0)).isEqualTo(2 * 131_068_000_000L + 1_500_000_000L + 4_000_000_000L);
        assertThat(b.deviceCap()).isEqualTo(65_534);
        assertThat(b.admitsBroadcastDevice(0)).isFalse();
    }

    @Test
    void maxTimeReplacesTheDerivedDeadline() {
        ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").maxTime(Duration.ofSeconds(2)).build();
        ScanBudget b = ScanBudget.of(scope, 1, 375_000_000L, 16);
        assertThat(b.deadline(10, 5_000)).isEqualTo(2_000_000_010L);
        assertThat(b.isFixed()).isTrue();
    }
}
