package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The round logic alone, on a fake clock: which destinations each round sends to and when it stops. */
class DiscoveryRoundsTest {

    private static final long MS = 1_000_000L;

    private static List<DiscoveryRounds.Target> drain(DiscoveryRounds r, long now) {
        List<DiscoveryRounds.Target> out = new ArrayList<>();
        for (DiscoveryRounds.Target t = r.next(now); t != null; t = r.next(now)) {
            out.add(t);
        }
        return out;
    }

    private static TargetPlan plan(String spec) {
        return new TargetPlan(TargetSpec.parseList(spec), 3289);
    }

    @Test
    void broadcastOnlyCleanNetworkSendsOnePlusRetriesRounds() throws Exception {
        InetAddress b = InetAddress.getByName("127.255.255.255");
        DiscoveryRounds r = new DiscoveryRounds(List.of(b), TargetPlan.empty(3289), 3, 100 * MS, () -> 0.5);
        long now = 0;
        int rounds = 0;
        while (!r.finished()) {
            List<DiscoveryRounds.Target> sent = drain(r, now);
            if (!sent.isEmpty()) {
                rounds++;
                assertThat(sent).containsExactly(new DiscoveryRounds.Target(b, 0));
                if (rounds == 1) {
                    r.answered(Ipv4.parseIPv4("127.0.1.1"), true);
                }
            }
            now += 100 * MS;
        }
        assertThat(rounds).isEqualTo(4);
    }

    @Test
    void broadcastGoesOnWhileNewPrintersKeepAppearing() throws Exception {
        InetAddress b = InetAddress.getByName("127.255.255.255");
        DiscoveryRounds r = new DiscoveryRounds(List.of(b), TargetPlan.empty(3289), 3, 100 * MS, () -> 0.5);
        long now = 0;
        int rounds = 0;
        while (!r.finished()) {
            if (!drain(r, now).isEmpty()) {
                rounds++;
                if (rounds <= 6) {
                    r.answered(Ipv4.parseIPv4("127.0.1.1") + rounds, true); // a straggler each round
                }
            }
            now += 100 * MS;
        }
        assertThat(rounds).isEqualTo(6 + 3);
    }

    @Test
    void unicastReprobesOnlySilentTargets() {
        // q = 0.2: one printer found, 1 × 0.04 expected missed after one pass -> one more pass, then 0.0016.
        DiscoveryRounds r = new DiscoveryRounds(List.of(), plan("127.0.5.1-127.0.5.4"), 3, 100 * MS, () -> 0.2);
        List<DiscoveryRounds.Target> first = drain(r, 0);
        assertThat(first).extracting(DiscoveryRounds.Target::unicast)
                .containsExactly(Ipv4.parseIPv4("127.0.5.1"), Ipv4.parseIPv4("127.0.5.2"), Ipv4.parseIPv4("127.0.5.3"),
                        Ipv4.parseIPv4("127.0.5.4"));
        r.answered(Ipv4.parseIPv4("127.0.5.2"), true);
        assertThat(drain(r, 50 * MS)).as("next round waits for the interval").isEmpty();
        assertThat(drain(r, 100 * MS)).extracting(DiscoveryRounds.Target::unicast)
                .containsExactly(Ipv4.parseIPv4("127.0.5.1"), Ipv4.parseIPv4("127.0.5.3"), Ipv4.parseIPv4("127.0.5.4"));
        assertThat(drain(r, 200 * MS)).isEmpty();
        assertThat(r.finished()).isTrue();
        assertThat(r.unicastPasses()).isEqualTo(2);
    }

    @Test
    void measuredCleanNetworkNeedsOneUnicastPass() {
        DiscoveryRounds r = new DiscoveryRounds(List.of(), plan("127.0.6.0/24"), 3, 100 * MS, () -> 1e-4);
        assertThat(drain(r, 0)).hasSize(254);
        r.answered(Ipv4.parseIPv4("127.0.6.7"), true);
        assertThat(drain(r, 100 * MS)).isEmpty();
        assertThat(r.finished()).isTrue();
        assertThat(r.unicastPasses()).isEqualTo(1);
    }

    @Test
    void withNothingFoundThereAreOnePlusRetriesPasses() {
        DiscoveryRounds r = new DiscoveryRounds(List.of(), plan("127.0.7.0/28"), 2, 100 * MS, () -> 0.5);
        long now = 0;
        int passes = 0;
        while (!r.finished()) {
            if (!drain(r, now).isEmpty()) {
                passes++;
            }
            now += 100 * MS;
        }
        assertThat(passes).isEqualTo(3);
    }

    @Test
    void heavyLossKeepsReprobingUntilFewerThanOneHundredthOfAPrinterIsExpectedMissing() {
        // q = 0.5: after pass p with n found, n * 0.25^p expected missed; 5 * 0.25^5 < 0.01 ends it.
        DiscoveryRounds r = new DiscoveryRounds(List.of(), plan("127.0.7.0/28"), 2, 100 * MS, () -> 0.5);
        long now = 0;
        int passes = 0;
        while (!r.finished()) {
            if (!drain(r, now).isEmpty()) {
                passes++;
                if (passes <= 5) {
                    r.answered(Ipv4.parseIPv4("127.0.7.0") + passes, true);
                }
            }
            now += 100 * MS;
        }
        assertThat(passes).isEqualTo(5);
    }

    @Test
    void allUnicastTargetsAnsweredEndsEarly() {
        DiscoveryRounds r = new DiscoveryRounds(List.of(), plan("127.0.8.1-127.0.8.2"), 3, 100 * MS, () -> 0.5);
        drain(r, 0);
        r.answered(Ipv4.parseIPv4("127.0.8.1"), true);
        r.answered(Ipv4.parseIPv4("127.0.8.2"), true);
        r.answered(Ipv4.parseIPv4("127.0.9.9"), true); // outside the plan: does not count
        assertThat(drain(r, 100 * MS)).isEmpty();
        assertThat(r.finished()).isTrue();
    }
}
