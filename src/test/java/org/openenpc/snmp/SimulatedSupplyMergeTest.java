package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.protocol.Hex;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimulatedPrinter;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * Issue 10 end to end: {@link PrinterStatusReader} reads a simulated inkjet on loopback whose ST2
 * block says black's level is not reported (0x69, PROTOCOL.md §4) while its Printer-MIB supplies
 * table reports it. No packets leave 127.0.0.0/8.
 */
class SimulatedSupplyMergeTest {

    @Test
    void theReadShowsThePrinterMibLevelWhereSt2HasNone() throws Exception {
        SimulatorConfig cfg = SimulatorConfig.builder()
                .printers(List.of(PrinterSpec.of("127.0.92.1", PrinterProfile.INKJET))).port(0).snmpPort(0).build();
        try (Simulator sim = Simulator.start(cfg);
             SnmpClient client = SnmpClient.open(InetAddress.getLoopbackAddress())) {
            SimulatedPrinter p = sim.at("127.0.92.1").setSt2LevelReported(0, false);
            SnmpSettings settings = SnmpSettings.defaults().withPort(sim.snmpPort())
                    .withTimeout(Duration.ofMillis(500));
            SnmpReadResult r = new PrinterStatusReader(client).read(p.ip(), settings).get(10, TimeUnit.SECONDS);
            assertThat(r).isInstanceOf(SnmpReadResult.Answered.class);
            SnmpView v = ((SnmpReadResult.Answered) r).view();

            St2Status st2 = ((St2Result.Ok) St2Parser.parse(Hex.parse(v.st2Hex()))).status();
            assertThat(st2.inks().get(0).state()).isEqualTo("level not reported"); // the block did say so

            int level = p.state().levels().get(0);
            int expected = MarkerSupplies.percent(level, 4500); // the profile's black bottle: 4,500 pages
            assertThat(v.supplies()).extracting(Supply::name, Supply::percent, Supply::source).containsExactly(
                    tuple("Black Ink Bottle", expected, "Printer-MIB"),
                    tuple("Cyan ink", st2.inks().get(1).percent(), "ST2"),
                    tuple("Magenta ink", st2.inks().get(2).percent(), "ST2"),
                    tuple("Yellow ink", st2.inks().get(3).percent(), "ST2"),
                    tuple("Waste Ink Pad", 88, "Printer-MIB")); // 44,000 of 50,000 pages of space left
            assertThat(v.supplies().get(0).percent()).isNotNull().isPositive();
            assertThat(v.supplies().get(0).state()).isEqualTo("ok");
        }
    }
}
