package org.openenpc.discovery;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.openenpc.ipp.IppClient;
import org.openenpc.ipp.IppReadResult;
import org.openenpc.ipp.IppSettings;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.IppView;
import org.openenpc.model.Observation;
import org.openenpc.model.MdnsService;
import org.openenpc.model.Printer;
import org.openenpc.model.RegistryChange;

/**
 * The IPP side of one scan's loop: which printers are read over IPP (Get-Printer-Attributes) and the merging of the
 * answers into the registry. Each printer a DNS-SD announcement names is read (at its announced URI), each device
 * the registry already knows as an IPP printer (a monitor's refresh), and with {@link IppSettings#probe()} every
 * unicast target and every device found. Each URI is asked at most once per scan, at most
 * {@value #MAX_URIS_PER_ADDRESS} per address, and none after the address has answered: a printer announcing
 * {@code _ipps._tcp} and {@code _ipp._tcp} on one port (CUPS's ippeveprinter does) is read over ipp when ipps
 * fails, whichever announcement came first. Each read costs one permit of the
 * scan's rate limiter when it starts (one TCP connection), at most {@link IppSettings#maxInFlight()} are open at
 * once, and each ends by its deadline. The answers come only from addresses we connected to, so they are in scope
 * by construction. Scan thread only, except that finished reads are queued from the HTTP client's threads, which
 * then wake the loop.
 */
final class ScanIpp implements AutoCloseable {

    /** The source a device found (or confirmed) over IPP gets. */
    static final String SOURCE = "IPP";

    private record Read(int ip, URI uri) {
    }

    private record Done(int ip, IppReadResult result) {
    }

    private final IppSettings settings;
    /** Made at the first read: most scans read nobody over IPP, and the client's TLS set-up costs CPU. */
    private IppClient client;
    private final Runnable wakeUp;
    private final Queue<Read> waiting = new ArrayDeque<>();
    private final Queue<Done> done = new ConcurrentLinkedQueue<>();
    /** URIs a printer may be read at, per address, most before least; the most a hostile announcer can add. */
    static final int MAX_URIS_PER_ADDRESS = 4;

    private final Set<String> asked = new HashSet<>();
    private final java.util.Map<Integer, Integer> urisPerAddress = new java.util.HashMap<>();
    private final Set<Integer> answeredAt = new HashSet<>();
    private int inFlight;
    private long sent;
    private long answered;
    private long silent;

    private ScanIpp(IppSettings settings, Runnable wakeUp) {
        this.settings = settings;
        this.wakeUp = wakeUp;
    }

    /** The IPP side of a scan of {@code scope}: idle when the scope has no IPP settings. */
    static ScanIpp open(ScanScope scope, Runnable wakeUp) {
        return new ScanIpp(scope.ipp(), wakeUp);
    }

    boolean on() {
        return settings != null;
    }

    /** Whether every unicast target and every device found is read. */
    boolean probes() {
        return settings != null && settings.probe();
    }

    /** Reads the printer at {@code ip} at the default URI, unless it was asked in this scan. */
    void read(int ip) {
        if (settings != null) {
            read(ip, settings.uriFor(Ipv4.toDotted(ip)));
        }
    }

    /** Reads the printer at {@code ip} at {@code uri} (an announced one, or the one it answered at before). */
    void read(int ip, URI uri) {
        if (settings == null || answeredAt.contains(ip) || urisPerAddress.getOrDefault(ip, 0) >= MAX_URIS_PER_ADDRESS
                || !asked.add(ip + " " + uri)) {
            return;
        }
        urisPerAddress.merge(ip, 1, Integer::sum);
        waiting.add(new Read(ip, uri));
    }

    /**
     * Reads each known IPP printer among {@code targets}: at the URI it answered at before, else at the URIs its
     * DNS-SD services named (a printer that never answered, e.g. one whose ipps certificate was refused until the user
     * accepted it).
     */
    void readKnown(DeviceRegistry registry, TargetPlan targets) {
        if (settings == null) {
            return;
        }
        for (Printer p : registry.snapshot()) {
            int ip = Ipv4.parseIPv4(p.ip());
            if (!targets.contains(ip)) {
                continue;
            }
            if (p.ipp() != null) {
                read(ip, uriOf(p.ipp()));
                continue;
            }
            for (MdnsService s : p.mdns()) {
                URI uri = s.address().equals(p.ip()) ? ScanMdns.ippUri(s) : null;
                if (uri != null) {
                    read(ip, uri);
                }
            }
        }
    }

    private URI uriOf(IppView v) {
        try {
            return URI.create(v.uri());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a read waits for its turn (a permit of the limiter and a free connection). */
    boolean wantsToSend() {
        return !waiting.isEmpty() && inFlight < settings.maxInFlight();
    }

    /** Starts the next waiting read (the caller took a permit); false when none can start. */
    boolean sendOne() {
        if (!wantsToSend()) {
            return false;
        }
        Read r = waiting.poll();
        if (answeredAt.contains(r.ip())) {
            return true; // another of its URIs answered meanwhile: nothing sent, the permit is spent
        }
        inFlight++;
        sent++;
        if (r.uri() == null) {
            finish(r.ip(), new IppReadResult.Failed("no usable IPP URI"));
        } else {
            if (client == null) {
                client = new IppClient(settings.trust(), settings.connectTimeout(), settings.deadline());
            }
            client.read(r.uri()).thenAccept(result -> finish(r.ip(), result));
        }
        return true;
    }

    private void finish(int ip, IppReadResult result) {
        done.add(new Done(ip, result));
        wakeUp.run();
    }

    /**
     * Merges the finished reads: an answer into the registry (its make and model as the device's model when none is
     * known: ENPC's and SNMP's win), a miss of a device known over IPP as its view going silent; each read's outcome
     * to {@code results}.
     */
    void drain(DeviceRegistry registry, Consumer<RegistryChange> report, BiConsumer<String, IppReadResult> results) {
        for (Done d; (d = done.poll()) != null; ) {
            inFlight--;
            String ip = Ipv4.toDotted(d.ip());
            Printer known = registry.deviceAt(ip);
            if (d.result() instanceof IppReadResult.Answered a) {
                answered++;
                if (!answeredAt.add(d.ip())) {
                    results.accept(ip, d.result());
                    continue; // a second URI of a printer that has answered: the first answer stands
                }
                IppView v = a.view();
                Observation o = Observation.of(ip, v.readAt(), SOURCE, null).withIpp(v);
                if (known == null || known.model().isEmpty()) {
                    o = o.withModel(v.makeAndModel().strip());
                }
                report.accept(registry.upsert(o));
            } else {
                silent++;
                if (answeredAt.contains(d.ip()) || hasMoreToTry(d.ip())) {
                    results.accept(ip, d.result());
                    continue; // it answered at another URI, or will be asked at one still waiting
                }
                if (known != null && known.ipp() != null && !known.ipp().stale()) {
                    report.accept(registry.upsert(Observation.of(ip, known.lastSeen(), null, null)
                            .withIpp(known.ipp().silent(Instant.now()))));
                }
            }
            results.accept(ip, d.result());
        }
    }

    private boolean hasMoreToTry(int ip) {
        for (Read r : waiting) {
            if (r.ip() == ip) {
                return true;
            }
        }
        return false;
    }

    /** No read waits or is open. */
    boolean settled() {
        return settings == null || (waiting.isEmpty() && inFlight == 0);
    }

    int outstanding() {
        return waiting.size() + inFlight;
    }

    long sent() {
        return sent;
    }

    long answered() {
        return answered;
    }

    long silent() {
        return silent;
    }

    /** Stops the client; reads still open end without being merged. */
    @Override
    public void close() {
        waiting.clear();
        if (client != null) {
            client.close();
        }
    }
}
