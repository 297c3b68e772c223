package org.openenpc.ui.monitor;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.openenpc.model.Printer;
import org.openenpc.snmp.PrinterStatusReader;
import org.openenpc.snmp.SnmpClient;
import org.openenpc.snmp.SnmpReadResult;
import org.openenpc.snmp.SnmpSettings;
import org.openenpc.ui.PrinterSnapshots;
import org.slf4j.LoggerFactory;

/**
 * Reads SNMP status for printers whose snapshot has none, with the engine's
 * {@link PrinterStatusReader}, at most {@value #IN_FLIGHT} printers at a time.
 *
 * <p>TEMPORARY BRIDGE: the engine branch (snmp-enrich) fills {@code Printer.snmp()} during scans
 * when {@code ScanScope.snmp()} is set. Until that is merged, the app calls this after each scan and
 * each monitoring round, so the table and detail pane have SNMP data; once the engine does it, every
 * answering printer already has a view and only printers without SNMP are asked again (wasted
 * timeouts): remove this class and its two call sites in {@code AppContext} then.
 *
 * <p>Blocks; call it on a background thread. Thread-safe.
 */
public final class SnmpBackfill implements AutoCloseable {

    static final int IN_FLIGHT = 64;
    private final Supplier<SnmpSettings> settings;
    private SnmpClient client;
    private PrinterStatusReader reader;

    /** @param settings the current SNMP settings, null while SNMP is off */
    public SnmpBackfill(Supplier<SnmpSettings> settings) {
        this.settings = settings;
    }

    /** The printers of {@code printers} that lacked SNMP and answered now, with their new view. */
    public List<Printer> read(List<Printer> printers) throws IOException, InterruptedException {
        SnmpSettings s = settings.get();
        List<Printer> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        PrinterStatusReader r = reader();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Printer>> reads = new ArrayList<>();
        for (Printer p : printers) {
            if (p.snmp() != null) {
                continue;
            }
            InetAddress address = InetAddress.getByName(p.ip()); // a dotted literal: no lookup
            if (!(address instanceof Inet4Address v4)) {
                continue;
            }
            slots.acquire();
            reads.add(r.read(v4, s).handle((result, error) -> {
                slots.release();
                return result instanceof SnmpReadResult.Answered a ? PrinterSnapshots.withSnmp(p, a.view()) : null;
            }));
        }
        for (CompletableFuture<Printer> f : reads) {
            Printer p = f.join();
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private synchronized PrinterStatusReader reader() throws IOException {
        if (reader == null) {
            client = SnmpClient.open();
            reader = new PrinterStatusReader(client);
        }
        return reader;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException e) {
                LoggerFactory.getLogger(SnmpBackfill.class).debug("closing the SNMP client: {}", e.getMessage());
            }
        }
    }
}
