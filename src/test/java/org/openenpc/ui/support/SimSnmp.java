package org.openenpc.ui.support;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openenpc.model.Printer;
import org.openenpc.model.SnmpView;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.PrinterStatusReader;
import org.openenpc.snmp.SnmpClient;
import org.openenpc.snmp.SnmpReadResult;
import org.openenpc.snmp.SnmpSettings;
import org.openenpc.ui.PrinterSnapshots;

/**
 * Simulated printers with SNMP on loopback (127.0.x.y only) and a real {@link PrinterStatusReader}
 * to read them: how UI tests get genuine {@link SnmpView}s. Close it after the test.
 */
public final class SimSnmp implements AutoCloseable {

    private final Simulator simulator;
    private final SnmpClient client;
    private final PrinterStatusReader reader;

    public SimSnmp(List<PrinterSpec> printers) throws IOException {
        simulator = Simulator.start(SimulatorConfig.builder().printers(printers).port(0).snmpPort(0).build());
        client = SnmpClient.open(InetAddress.getLoopbackAddress());
        reader = new PrinterStatusReader(client);
    }

    public Simulator simulator() {
        return simulator;
    }

    public SnmpSettings settings() {
        return SnmpSettings.defaults().withPort(simulator.snmpPort()).withTimeout(Duration.ofMillis(300)).withRetries(1);
    }

    /** The printer's SNMP view now, or null when it did not answer. */
    public SnmpView read(String ip) throws Exception {
        SnmpReadResult r = reader.read((Inet4Address) InetAddress.getByName(ip), settings()).get(10, TimeUnit.SECONDS);
        return r instanceof SnmpReadResult.Answered a ? a.view() : null;
    }

    /** A snapshot as a scan would deliver it after an SNMP read: model, MAC-less, with the view. */
    public Printer printer(String ip, String model, Instant at) throws Exception {
        Printer seen = Printer.seen(ip, at);
        Printer named = new Printer(ip, null, model, "", "", seen.ipSettings(), seen.status(), "", seen.sources(),
                seen.answered(), seen.replies(), at, at, null);
        return PrinterSnapshots.withSnmp(named, read(ip));
    }

    @Override
    public void close() throws IOException {
        client.close();
        simulator.close();
    }
}
