package org.openenpc.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openenpc.model.IppView;
import org.openenpc.model.Printer;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.sim.SimulatedPrinter;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.PrinterStatusReader;
import org.openenpc.snmp.SnmpClient;
import org.openenpc.snmp.SnmpReadResult;
import org.openenpc.snmp.SnmpSettings;

/**
 * Our IPP client against our simulator's IPP over real HTTP on loopback: the two were written apart, to the
 * specifications. The Epson inkjet's IPP supplies pair one for one with its SNMP ones (one physical supply each), and
 * a jam raised at run time is in the next answer in the same words as SNMP's.
 */
class SimulatedPrinterIppTest {

    private static Simulator start(PrinterSpec... specs) throws Exception {
        return Simulator.start(SimulatorConfig.builder().printers(List.of(specs)).port(0).snmpPort(0).ippPort(0)
                .build());
    }

    private static IppView read(IppClient client, SimulatedPrinter p) {
        IppReadResult r = client.getPrinterAttributes(URI.create("ipp://" + p.address() + ":" + p.ippPort()
                + "/ipp/print"));
        assertThat(r).isInstanceOf(IppReadResult.Answered.class);
        return ((IppReadResult.Answered) r).view();
    }

    @Test
    void theEpsonInkjetsIppAndSnmpSuppliesAreTheSameSupplies() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.93.1", PrinterProfile.INKJET));
             IppClient ipp = new IppClient();
             SnmpClient snmpClient = SnmpClient.open(InetAddress.getLoopbackAddress())) {
            SimulatedPrinter p = sim.at("127.0.93.1");
            IppView v = read(ipp, p);
            assertThat(v.makeAndModel()).isEqualTo("EPSON ET-2850 Series");
            assertThat(v.uuid()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(v.state()).isEqualTo("idle");
            assertThat(v.conditions()).isEmpty();
            assertThat(v.moreInfo()).startsWith("http://127.0.93.1:");
            assertThat(v.supplies()).extracting(Supply::colour, Supply::kind).containsExactly(
                    tuple("black", Supply.Kind.COLORANT), tuple("cyan", Supply.Kind.COLORANT),
                    tuple("magenta", Supply.Kind.COLORANT), tuple("yellow", Supply.Kind.COLORANT),
                    tuple("", Supply.Kind.WASTE));
            assertThat(v.supplies()).allSatisfy(s -> assertThat(s.source()).isEqualTo(IppView.SOURCE));
            assertThat(v.attributes()).isNotEmpty();

            SnmpSettings settings = SnmpSettings.defaults().withPort(sim.snmpPort()).withTimeout(Duration.ofMillis(500));
            SnmpReadResult r = new PrinterStatusReader(snmpClient).read(p.ip(), settings).get(10, TimeUnit.SECONDS);
            SnmpView snmp = ((SnmpReadResult.Answered) r).view();
            Printer both = Printer.seen(p.address(), v.readAt()).withSnmp(snmp).withIpp(v);
            // one entry per physical supply, SNMP's kept (it is preferred when both know the level), same levels
            assertThat(both.supplies()).hasSize(5).containsExactlyElementsOf(snmp.supplies());
            assertThat(v.supplies()).extracting(Supply::percent)
                    .containsExactlyElementsOf(snmp.supplies().stream().map(Supply::percent).toList());
        }
    }

    @Test
    void aJamRaisedAtRunTimeIsInTheNextAnswerAsSnmpWordsIt() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.93.2", PrinterProfile.IPP_LASER));
             IppClient ipp = new IppClient()) {
            SimulatedPrinter p = sim.at("127.0.93.2");
            assertThat(read(ipp, p).conditions()).isEmpty();
            p.raise(SimError.PAPER_JAM);
            IppView v = read(ipp, p);
            assertThat(v.state()).isEqualTo("stopped");
            assertThat(v.stateReasons()).contains("media-jam-error");
            assertThat(v.conditions()).extracting(SnmpCondition::key, SnmpCondition::severity)
                    .containsExactly(tuple("paper-jam", SnmpCondition.Severity.ERROR));
            assertThat(v.supplies()).extracting(Supply::kind).containsExactly(Supply.Kind.COLORANT, Supply.Kind.WASTE);
            p.clear(SimError.PAPER_JAM);
            assertThat(read(ipp, p).conditions()).isEmpty();
            p.setPoweredOff(true);
            assertThat(ipp.getPrinterAttributes(URI.create("ipp://" + p.address() + ":" + p.ippPort() + "/ipp/print")))
                    .isNotInstanceOf(IppReadResult.Answered.class);
        }
    }
}
