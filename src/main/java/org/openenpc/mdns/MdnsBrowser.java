package org.openenpc.mdns;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.jmdns.JmDNS;

import org.openenpc.model.MdnsService;

/**
 * Browses DNS-SD printer services ({@link MdnsService#PRINTER_TYPES}) over mDNS on given local IPv4 addresses, one
 * JmDNS instance per address (never JmDNS's own interface choice, never a wildcard: see {@link LocalAddress}),
 * resolves each instance and reports it to an {@link MdnsListener}. At most {@code maxServices} are held; more are
 * counted in {@link #dropped()}. {@link #open} blocks while JmDNS starts (a few ms per address); {@link #close}
 * returns within {@link #CLOSE_BOUND} whatever JmDNS does, and may be called from any thread. JmDNS keeps one
 * non-daemon timer thread per instance until its close finishes (jmdns issue #219), so an unclosed browser keeps
 * the JVM alive.
 */
public final class MdnsBrowser implements AutoCloseable {

    /** Far more than one subnet's printers; bounds memory against a flood of announcements. */
    public static final int DEFAULT_MAX_SERVICES = 4096;
    /**
     * How long close() waits for JmDNS. JmDNS's own close takes 2.0 s on an idle instance (its goodbye state
     * machine, jmdns PR #132; measured 2,004-2,017 ms in the namespace), so 2 s would always give up; 2.5 s lets
     * a normal close finish and abandons a stuck one.
     */
    public static final Duration CLOSE_BOUND = Duration.ofMillis(2500);

    private final List<JmDNS> instances;
    private final List<TypeWatcher> watchers = new ArrayList<>();
    private final ServiceTable table;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean closedInTime = true;

    private MdnsBrowser(List<JmDNS> instances, ServiceTable table) {
        this.instances = instances;
        this.table = table;
    }

    /** Starts browsing on each of {@code interfaces} with the default maximum of services. */
    public static MdnsBrowser open(List<? extends InetAddress> interfaces, MdnsListener listener) throws IOException {
        return open(interfaces, listener, DEFAULT_MAX_SERVICES);
    }

    /**
     * Starts browsing on each of {@code interfaces} (local IPv4 addresses; any other is refused with an
     * IllegalArgumentException before anything is opened).
     */
    public static MdnsBrowser open(List<? extends InetAddress> interfaces, MdnsListener listener, int maxServices)
            throws IOException {
        Set<Inet4Address> addresses = new LinkedHashSet<>();
        for (InetAddress a : interfaces) {
            addresses.add(LocalAddress.require(a));
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no interface address to browse on");
        }
        MdnsBrowser b = new MdnsBrowser(new ArrayList<>(), new ServiceTable(maxServices));
        try {
            for (Inet4Address a : addresses) {
                JmDNS j = JmDNS.create(a, LocalAddress.hostName("openenpc", a));
                b.instances.add(j);
                TypeWatcher w = new TypeWatcher(a.getHostAddress(), b.table, listener, Clock.systemUTC(),
                        b.closed::get);
                b.watchers.add(w);
                for (String type : MdnsService.PRINTER_TYPES) {
                    j.addServiceListener(type + ".local.", w);
                }
            }
        } catch (IOException | RuntimeException e) {
            b.close();
            throw e;
        }
        return b;
    }

    /**
     * Browses for {@code window}, then closes: what the scan uses. Blocks the caller for the window plus at most
     * {@link #CLOSE_BOUND}.
     */
    public static MdnsFindings browse(List<? extends InetAddress> interfaces, Duration window) throws IOException,
            InterruptedException {
        MdnsBrowser b = open(interfaces, new MdnsListener() { });
        List<MdnsService> found;
        try {
            Thread.sleep(window.toMillis()); // the window itself, not a synchronisation: answers come when they come
            found = b.services();
        } finally {
            b.close();
        }
        return new MdnsFindings(found, b.dropped(), b.closedInTime());
    }

    /** The services known now, sorted by address, type and instance name. Any thread. */
    public List<MdnsService> services() {
        List<MdnsService> s = table.snapshot();
        s.sort(Comparator.comparing(MdnsService::address).thenComparing(MdnsService::type)
                .thenComparing(MdnsService::instance));
        return s;
    }

    /**
     * Asks the network again for every printer type on every interface. JmDNS queries a few times when a listener
     * is added and then only listens, so an answer lost on a busy link (or a full receive buffer) is never asked for
     * again: in the benchmark of 50 announcers one browse in five missed 7 of them for its whole window. Adding the
     * listener again starts JmDNS's queries afresh (with the known answers, so printers already heard stay quiet);
     * what is already known is not reported again. Any thread; nothing after {@link #close}.
     */
    public void requery() {
        if (closed.get()) {
            return;
        }
        for (int i = 0; i < instances.size(); i++) {
            JmDNS j = instances.get(i);
            TypeWatcher w = watchers.get(i);
            for (String type : MdnsService.PRINTER_TYPES) {
                try {
                    j.removeServiceListener(type + ".local.", w);
                    j.addServiceListener(type + ".local.", w);
                } catch (RuntimeException e) {
                    // an instance closing meanwhile: nothing to ask
                }
            }
        }
    }

    /** Services not taken because the browser already held its maximum. */
    public long dropped() {
        return table.dropped();
    }

    /** False when the last close gave up waiting for JmDNS (which then finishes closing in the background). */
    public boolean closedInTime() {
        return closedInTime;
    }

    /**
     * Stops reporting at once and closes every JmDNS instance in parallel on daemon threads, waiting at most
     * {@link #CLOSE_BOUND}. Idempotent; any thread; a listener call already under way may still finish.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closedInTime = BoundedClose.closeAll("browser", instances, CLOSE_BOUND);
    }
}
