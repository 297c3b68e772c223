package org.openenpc.discovery;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.openenpc.mdns.MdnsBrowser;
import org.openenpc.mdns.MdnsListener;
import org.openenpc.mdns.MdnsSettings;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.MdnsService;
import org.openenpc.model.Observation;
import org.openenpc.model.Printer;
import org.openenpc.model.RegistryChange;

/**
 * The DNS-SD side of one scan: browses the printer service types over mDNS on the local addresses of the interfaces
 * whose broadcasts the scan sends, for at least the settings' window, and merges each resolved service into the
 * registry by its address, which must be in the scan's scope like any reply (an announcement is as easy to forge
 * as a datagram). An announced IPP service is read over IPP at the URI it names. The browser opens on its own
 * daemon thread (JmDNS takes up to a second to start) and closes, bounded, on another, so the scan never waits for
 * JmDNS. Scan thread only, except that announcements are queued from JmDNS's threads, which then wake the loop.
 */
final class ScanMdns implements AutoCloseable {

    /** The source a device found (or confirmed) by an announcement gets. */
    static final String SOURCE = "mDNS";

    private final MdnsSettings settings;
    private final List<Inet4Address> addresses;
    private final Runnable wakeUp;
    private final Queue<MdnsService> announced = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<MdnsBrowser> browser = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private long start;
    private long lastQuery;
    private long outOfScope;

    /** How often the browse asks again during its window (JmDNS asks only when it starts). */
    static final long REQUERY_NANOS = 1_000_000_000L;

    private ScanMdns(MdnsSettings settings, List<Inet4Address> addresses, Runnable wakeUp) {
        this.settings = settings;
        this.addresses = addresses;
        this.wakeUp = wakeUp;
    }

    /**
     * The DNS-SD side of a scan of {@code scope} sending {@code broadcasts}: idle without mDNS settings or without an
     * interface to browse on (then {@code warnings} says so).
     */
    static ScanMdns open(ScanScope scope, List<InetAddress> broadcasts, InterfaceSource interfaces, Runnable wakeUp,
                         Set<String> warnings) {
        if (scope.mdns() == null) {
            return new ScanMdns(null, List.of(), wakeUp);
        }
        // Only addresses this machine really has: JmDNS on any other joins the group on the default interface.
        List<Inet4Address> on = addressesFor(broadcasts, interfaces).stream().filter(ScanMdns::isLocal).toList();
        if (on.isEmpty()) {
            warnings.add("mDNS is off for this scan: no local interface sends its broadcasts"
                    + (broadcasts.isEmpty() ? " (it has none: add a broadcast or scan the interfaces)" : "") + ".");
            return new ScanMdns(null, List.of(), wakeUp);
        }
        return new ScanMdns(scope.mdns(), on, wakeUp);
    }

    /**
     * The local addresses of the interfaces that own {@code broadcasts}: for each broadcast, each interface address
     * whose subnet's broadcast it is (127.255.255.255 is loopback's 127.0.0.1/8); for 255.255.255.255 every up,
     * non-loopback interface address.
     */
    static List<Inet4Address> addressesFor(List<InetAddress> broadcasts, InterfaceSource interfaces) {
        Set<Integer> out = new LinkedHashSet<>();
        List<InterfaceInfo> all = interfaces.interfaces();
        for (InetAddress b : broadcasts) {
            if (!(b instanceof Inet4Address b4)) {
                continue;
            }
            int broadcast = Ipv4.fromInet(b4);
            for (InterfaceInfo info : all) {
                if (!info.up()) {
                    continue;
                }
                for (InterfaceAddress4 a : info.addresses()) {
                    if (a.address() == 0 || a.prefixLength() < 0 || a.prefixLength() > 30) {
                        continue;
                    }
                    int own = a.broadcastOrNull() != null ? a.broadcastOrNull()
                            : a.address() | ~Ipv4.mask(a.prefixLength());
                    boolean limited = broadcast == -1 && !info.loopback();
                    if (own == broadcast || limited) {
                        out.add(a.address());
                    }
                }
            }
        }
        List<Inet4Address> list = new ArrayList<>();
        out.forEach(a -> list.add((Inet4Address) Ipv4.toInet(a)));
        return list;
    }

    boolean on() {
        return settings != null;
    }

    private static boolean isLocal(Inet4Address a) {
        try {
            return java.net.NetworkInterface.getByInetAddress(a) != null;
        } catch (java.net.SocketException e) {
            return false;
        }
    }

    /** Starts browsing (on a daemon thread); the window counts from {@code now}. */
    void start(long now) {
        start = now;
        if (settings == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                MdnsBrowser b = MdnsBrowser.open(addresses, new MdnsListener() {
                    @Override
                    public void added(MdnsService s) {
                        announced.add(s);
                        wakeUp.run();
                    }

                    @Override
                    public void updated(MdnsService s) {
                        announced.add(s);
                        wakeUp.run();
                    }
                }, settings.maxServices());
                if (!browser.complete(b)) {
                    b.close(); // the scan ended while JmDNS started
                }
            } catch (IOException | RuntimeException e) {
                browser.completeExceptionally(e);
            }
            wakeUp.run();
        }, "mdns-open");
        t.setDaemon(true);
        t.start();
    }

    /** Asks again once a second while the window lasts (scan thread; JmDNS sends on its own threads). */
    void tick(long now) {
        if (settings == null || !browser.isDone() || browser.isCompletedExceptionally() || settled(now)) {
            return;
        }
        if (lastQuery == 0) {
            lastQuery = now; // JmDNS has just asked
            return;
        }
        if (now - lastQuery >= REQUERY_NANOS) {
            lastQuery = now;
            MdnsBrowser b = browser.getNow(null);
            if (b != null) {
                b.requery();
            }
        }
    }

    /** Whether the window has passed and the browser has started (or failed to). */
    boolean settled(long now) {
        return settings == null || (browser.isDone() && now - start >= settings.window().toNanos());
    }

    /** When the window ends, or the next query is due before; Long.MAX_VALUE without mDNS. */
    long wakeAt() {
        if (settings == null) {
            return Long.MAX_VALUE;
        }
        long end = start + settings.window().toNanos();
        return lastQuery == 0 ? end : Math.min(end, lastQuery + REQUERY_NANOS);
    }

    /** Why browsing could not start, or null. */
    String problem() {
        if (!browser.isCompletedExceptionally()) {
            return null;
        }
        try {
            browser.join();
            return null;
        } catch (RuntimeException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            return "mDNS could not browse: " + c.getMessage();
        }
    }

    /**
     * Merges the announcements: each service whose address is in scope into the registry ({@code admit} decides
     * whether a new address may add a device; its "ty" is the model where none is known), and each IPP service to
     * {@code ipp}, read at the URI it announces.
     */
    void drain(DeviceRegistry registry, ReplyScope trusted, java.util.function.IntPredicate admit, ScanIpp ipp,
               Consumer<RegistryChange> report) {
        for (MdnsService s; (s = announced.poll()) != null; ) {
            int ip;
            try {
                ip = Ipv4.parseIPv4(s.address());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!trusted.contains(ip)) {
                outOfScope++;
                continue;
            }
            Printer known = registry.deviceAt(s.address());
            if (known == null && !admit.test(ip)) {
                continue;
            }
            Observation o = Observation.of(s.address(), s.seenAt(), SOURCE, null).withMdns(s);
            if ((known == null || known.model().isEmpty()) && !s.txt("ty").isBlank()) {
                o = o.withModel(s.txt("ty").strip());
            }
            report.accept(registry.upsert(o));
            URI uri = ippUri(s);
            if (uri != null) {
                ipp.read(ip, uri);
            }
        }
    }

    /** {@code ipp://address:port/rp} for an {@code _ipp._tcp} service ({@code ipps://} for {@code _ipps._tcp}). */
    static URI ippUri(MdnsService s) {
        boolean tls = s.type().equals("_ipps._tcp");
        if (!tls && !s.type().equals("_ipp._tcp")) {
            return null;
        }
        String rp = s.txt("rp").strip();
        if (rp.startsWith("/")) {
            rp = rp.substring(1);
        }
        if (!rp.matches("[A-Za-z0-9._~/-]{0,128}")) {
            return null; // a resource path with spaces, queries or escapes: not one a printer announces
        }
        try {
            return new URI((tls ? "ipps" : "ipp") + "://" + s.address() + ":" + s.port() + "/" + rp);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Announcements from addresses outside the scope, ignored. */
    long outOfScope() {
        return outOfScope;
    }

    /** Completes when the browser has closed (or gave up within its bound); at once without mDNS. */
    CompletableFuture<Void> closed() {
        return closed;
    }

    /** Closes the browser on a daemon thread, bounded by {@link MdnsBrowser#CLOSE_BOUND}; never blocks. */
    @Override
    public void close() {
        if (settings == null) {
            closed.complete(null);
            return;
        }
        browser.complete(null); // a browser still starting closes itself when it is ready
        MdnsBrowser b = browser.isCompletedExceptionally() ? null : browser.getNow(null);
        if (b == null) {
            closed.complete(null);
            return;
        }
        Thread t = new Thread(() -> {
            b.close();
            closed.complete(null);
        }, "mdns-close");
        t.setDaemon(true);
        t.start();
    }
}
