package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.SnmpSettings;

/** Issue 10: every packet a scan sends, ENPC and SNMP, passes its rate limiter (real UDP, loopback only). */
class ScanRateBoundTest {

    @Test
    void snmpReadsCountAgainstTheRateLikeEnpc() throws Exception {
        int rate = 150;
        SimulatorConfig cfg = SimulatorConfig.builder().count(30).base("127.0.171.1").port(0).snmpPort(0).seed(2)
                .profile(PrinterProfile.INKJET).build();
        try (Simulator sim = Simulator.start(cfg)) {
            ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").port(sim.port()).rate(rate)
                    .quietTimeout(Duration.ofMillis(200)).retries(1)
                    .snmp(SnmpSettings.defaults().withPort(sim.snmpPort())).build();
            ScanSummary s = new Scanner(List::of).start(scope, new ScanListener() { }).await();

            long enpc = sim.counters().received();
            long snmp = sim.counters().snmpAnswered() + sim.counters().snmpIgnored();
            assertThat(s.printers()).hasSize(30).allMatch(p -> p.snmp() != null);
            assertThat(snmp).as("SNMP requests").isGreaterThan(enpc);
            assertThat(s.progress().packetsSent()).as("packets counted by the scan").isEqualTo(enpc + snmp);
            // Without pacing, SNMP went out at once beside the ENPC queries: over twice this rate.
            double seconds = s.elapsed().toNanos() / 1e9;
            assertThat(enpc + snmp).as("packets in %.2f s at %d/s", seconds, rate)
                    .isLessThanOrEqualTo((long) (rate * seconds) + new RateLimiter(rate).burst());
        }
    }
}
