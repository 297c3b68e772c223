package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * The scan thread sleeps while the rate limiter holds back follow-ups: it once span in selectNow() for
 * the whole backlog (about 45 % of a core). Loopback only.
 */
class ScanLoopCpuTest {

    @Test
    void aRateLimitedBacklogOfFollowUpsDoesNotSpin() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(threads.isThreadCpuTimeSupported());
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().count(150).base("127.0.48.1").port(0).build())) {
            // 150 printers × (probe + Q 03-0000 + 4 follow-ups) ≈ 900 packets at 400/s: over 2 s of backlog.
            ScanScope scope = ScanScope.builder().addRange("127.0.48.1-150").port(sim.port()).rate(400).retries(0)
                    .quietTimeout(Duration.ofMillis(100)).build();
            java.util.concurrent.CountDownLatch some = new java.util.concurrent.CountDownLatch(20);
            Scan scan = new Scanner(List::of).start(scope, new ScanListener() {
                @Override
                public void deviceAdded(org.openenpc.model.Printer p) {
                    some.countDown();
                }
            });
            assertThat(some.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long id = scan.thread().getId();
            long cpu0 = threads.getThreadCpuTime(id);
            long wall0 = System.nanoTime();
            assertThat(scan.await(Duration.ofSeconds(1))).as("still working through the backlog").isNull();
            long cpu = threads.getThreadCpuTime(id) - cpu0;
            long wall = System.nanoTime() - wall0;
            assertThat(cpu0).isNotNegative();
            assertThat((double) cpu / wall).as("scan thread CPU share of wall time").isLessThan(0.15);
            assertThat(scan.await(Duration.ofSeconds(30)).printers()).hasSize(150);
        }
    }
}
