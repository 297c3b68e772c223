package org.openenpc.discovery;

import java.io.IOException;
import java.net.Inet4Address;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.openenpc.model.Observation;
import org.openenpc.model.Printer;
import org.openenpc.model.SnmpView;
import org.openenpc.snmp.OctetText;
import org.openenpc.snmp.PrinterOids;
import org.openenpc.snmp.PrinterStatusReader;
import org.openenpc.snmp.SnmpClient;
import org.openenpc.snmp.SnmpOutcome;
import org.openenpc.snmp.SnmpReadResult;
import org.openenpc.snmp.SnmpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.smi.Variable;

/**
 * The SNMP side of one scan (ARCHITECTURE.md, "Enricher"): one {@link SnmpClient} session, opened when
 * the scan starts and closed when it ends or is cancelled, over which every found device is read once
 * with {@link PrinterStatusReader}; optionally also asks each unicast target directly (SNMP discovery)
 * so that devices that answer SNMP but not ENPC are found.
 *
 * <p>Threads: {@link #read}, {@link #discover}, {@link #drain} and {@link #close} are called on the
 * scan thread only. SNMP4J completes the reads on its own threads; they only put the result on a
 * concurrent queue and wake the scan loop, which {@link #drain drains} it, so the registry and the
 * {@link ScanListener} are touched on the scan thread exactly as for ENPC replies.
 */
final class SnmpEnricher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnmpEnricher.class);

    /** The source name SNMP answers add to {@link Printer#sources()}. */
    static final String SOURCE = "SNMP";

    /** What came back for one address, handed from an SNMP4J thread to the scan thread. */
    sealed interface Done {
        int ip();
    }

    /** A status read finished (answered or not). */
    record ReadDone(int ip, SnmpReadResult result) implements Done {
    }

    /** An SNMP discovery GET finished; {@code model} is "" when the device did not name itself. */
    record Discovered(int ip, boolean answered, String model) implements Done {
    }

    private final SnmpSettings settings;
    private final SnmpClient client;
    private final PrinterStatusReader reader;
    private final Runnable wakeUp;
    private final Queue<Done> done = new ConcurrentLinkedQueue<>();
    private final Set<Integer> readRequested = new HashSet<>();
    private final Set<Integer> discoveryRequested = new HashSet<>();
    private int outstanding;
    private long answered;
    private long silent;
    private volatile boolean closed;

    private SnmpEnricher(SnmpSettings settings, SnmpClient client, Runnable wakeUp) {
        this.settings = settings;
        this.client = client;
        this.reader = new PrinterStatusReader(client);
        this.wakeUp = wakeUp;
    }

    /** Opens the scan's SNMP session; every datagram it sends goes out through {@code pacer}. */
    static SnmpEnricher open(SnmpSettings settings, Runnable wakeUp, org.openenpc.snmp.SnmpPacer pacer)
            throws IOException {
        return new SnmpEnricher(settings, SnmpClient.open(pacer), wakeUp);
    }

    /** Starts the one status read of the device at {@code ip}, unless it was already started. Never blocks. */
    void read(int ip) {
        if (closed || !readRequested.add(ip)) {
            return;
        }
        outstanding++;
        reader.read((Inet4Address) Ipv4.toInet(ip), settings)
                .whenComplete((r, t) -> finish(new ReadDone(ip, r != null ? r
                        : new SnmpReadResult.Error("reading over SNMP failed: " + t))));
    }

    /**
     * SNMP discovery of one unicast target: a GET of sysDescr and a GETNEXT into Epson's device-ID
     * subtree; if either is answered the device is added and then read. Never blocks.
     */
    void discover(int ip) {
        if (closed || readRequested.contains(ip) || !discoveryRequested.add(ip)) {
            return;
        }
        outstanding++;
        Inet4Address host = (Inet4Address) Ipv4.toInet(ip);
        CompletableFuture<SnmpOutcome> descr = client.get(host, settings, List.of(PrinterOids.SYS_DESCR));
        CompletableFuture<SnmpOutcome> id = client.getNext(host, settings, List.of(PrinterOids.EPSON_DEVICE_ID));
        descr.thenCombine(id, (d, i) -> {
            boolean ok = d instanceof SnmpOutcome.Answered || i instanceof SnmpOutcome.Answered;
            String model = i instanceof SnmpOutcome.Answered a ? deviceIdModel(a.values()) : "";
            if (model.isEmpty() && d instanceof SnmpOutcome.Answered a) {
                model = text(a.get(PrinterOids.SYS_DESCR));
            }
            return new Discovered(ip, ok, model);
        }).whenComplete((r, t) -> finish(r != null ? r : new Discovered(ip, false, "")));
    }

    /** Called on SNMP4J's threads: queue and wake the scan loop; nothing else. */
    private void finish(Done d) {
        done.add(d);
        wakeUp.run();
    }

    /**
     * Applies every finished read on the scan thread: each answered one becomes an observation (source
     * "SNMP") for {@code apply}; an unanswered read of a device whose known SNMP view is fresh marks
     * that view as not answered since now (so nobody takes old levels for current ones); answering
     * discovery targets get their status read started.
     *
     * @param known   what the registry knows of an address, or null
     * @param results told of every finished status read, answered or not (for the listener)
     * @return whether anything was drained
     */
    boolean drain(java.util.function.IntFunction<Printer> known, Consumer<Observation> apply,
                  java.util.function.BiConsumer<Integer, SnmpReadResult> results) {
        boolean any = false;
        for (Done d; (d = done.poll()) != null; ) {
            any = true;
            outstanding--;
            if (d instanceof Discovered disc) {
                if (disc.answered() && !readRequested.contains(disc.ip())) {
                    Observation o = Observation.of(Ipv4.toDotted(disc.ip()), Instant.now(), SOURCE, null);
                    String model = modelOf(known.apply(disc.ip()));
                    apply.accept(model == null || model.isEmpty() ? o.withModel(disc.model()) : o);
                    read(disc.ip());
                }
            } else if (d instanceof ReadDone rd) {
                if (rd.result() instanceof SnmpReadResult.Answered a) {
                    answered++;
                    apply.accept(observation(rd.ip(), a.view(), modelOf(known.apply(rd.ip()))));
                } else {
                    silent++;
                    LOG.debug("SNMP read of {}: {}", Ipv4.toDotted(rd.ip()), rd.result());
                    Printer p = known.apply(rd.ip());
                    if (p != null && p.snmp() != null && !p.snmp().stale()) {
                        apply.accept(silentObservation(p, Instant.now()));
                    }
                }
                results.accept(rd.ip(), rd.result());
            }
        }
        return any;
    }

    private static String modelOf(Printer known) {
        return known == null ? null : known.model();
    }

    /**
     * Marks {@code p}'s SNMP view as not answered since {@code at}. Dated at its last reply, so first
     * and last seen stay as they are (this is no reply), and without a source.
     */
    static Observation silentObservation(Printer p, Instant at) {
        return Observation.of(p.ip(), p.lastSeen(), null, null).withSnmp(p.snmp().silent(at));
    }

    /** The observation an answered read makes; the model only when none is known (ENPC's model wins). */
    static Observation observation(int ip, SnmpView view, String knownModel) {
        Observation o = Observation.of(Ipv4.toDotted(ip), view.readAt(), SOURCE, null).withSnmp(view);
        if (knownModel == null || knownModel.isEmpty()) {
            String model = !view.deviceDescr().isBlank() ? view.deviceDescr() : view.sysDescr();
            o = o.withModel(model.strip());
        }
        return o;
    }

    /** Reads and discovery GETs not finished yet. */
    int outstanding() {
        return outstanding;
    }

    /** Status reads answered. */
    long answered() {
        return answered;
    }

    /** Status reads that got no answer or failed. */
    long silent() {
        return silent;
    }

    /**
     * How long after the session's last datagram went out every read still open must have ended: each
     * try's answer or time-out starts the next datagram at once (the client's tries go through the scan's
     * pacer), so one time-out, doubled for slack, and half a second for the threads. A fallback: reads
     * normally end by themselves and the scan stops waiting for them then.
     */
    long settleNanos() {
        return settings.timeout().toNanos() * 2 + 500_000_000L;
    }

    boolean isClosed() {
        return closed;
    }

    /** Closes the session; reads still in flight complete as errors and are not applied. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("closing the SNMP session failed", e);
        }
    }

    /** "MDL:ET-2850 Series;" from an IEEE 1284 device ID, or "". */
    static String deviceIdModel(Map<?, Variable> values) {
        for (Variable v : values.values()) {
            String id = text(v);
            for (String field : id.split(";")) {
                int colon = field.indexOf(':');
                if (colon > 0) {
                    String key = field.substring(0, colon).strip();
                    if (key.equals("MDL") || key.equals("MODEL")) {
                        return field.substring(colon + 1).strip();
                    }
                }
            }
        }
        return "";
    }

    /** An OCTET STRING as text (UTF-8 when valid, else Latin-1; see OctetText), cut at its first NUL; "" for others. */
    private static String text(Variable v) {
        String t = OctetText.decode(v);
        if (t == null) {
            return "";
        }
        int nul = t.indexOf('\0');
        return (nul >= 0 ? t.substring(0, nul) : t).strip();
    }
}
