package org.openenpc.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;
import javax.jmdns.impl.JmDNSImpl;

import org.openenpc.mdns.BoundedClose;
import org.openenpc.mdns.LocalAddress;

/**
 * Makes simulated printers visible to DNS-SD browsers: one JmDNS instance per printer, bound to the printer's own
 * loopback address (so each announces its own A record, "sim-127-0-1-5.local." → 127.0.1.5), registering what
 * {@link MdnsAdvert} lists. {@link #start} blocks until every printer has been announced (JmDNS probes each name
 * for about a second first; printers are started in parallel). {@link #withdraw} and {@link #close} send goodbyes
 * (TTL 0). Public methods may be called from any thread. Multicast: run it only where sending 224.0.0.251 is
 * intended (tests: only inside PrivateNetwork).
 *
 * <p>Cost: three threads per printer (SocketListener, Timer, the non-daemon State.Timer). On Linux every JmDNS
 * instance binds *:5353, so each receives and parses every packet of all the others: N printers mean N² datagram
 * deliveries. Measured in the namespace on two cores: 50 printers are all found by a browser in 5 s; at 100,
 * 86,440 datagrams were dropped for full receive buffers (UDP RcvbufErrors) against 180,348 delivered, and a
 * browser found 54 in 15 s and 58 in 45 s (JmDNS does not re-ask for what it lost). Hence {@link #RELIABLE_PRINTERS}; more needs one shared
 * responder socket answering for every printer, which JmDNS cannot do (one host address per instance).
 */
public final class MdnsAdvertiser implements AutoCloseable {

    /** How many printers one process announces reliably this way (measured above); not enforced. */
    public static final int RELIABLE_PRINTERS = 50;
    /** Printers being started at once: JmDNS's probe/announce waits dominate, not CPU. */
    static final int START_THREADS = 16;
    /** How long close() waits for the goodbyes and JmDNS's own close. */
    public static final Duration CLOSE_BOUND = Duration.ofSeconds(3);

    private final Map<String, JmDNS> byAddress;

    private MdnsAdvertiser(Map<String, JmDNS> byAddress) {
        this.byAddress = byAddress;
    }

    /**
     * Announces every one of {@code printers} (distinct addresses, each a concrete IPv4 address: a wildcard is
     * refused) and returns once all are announced; on any failure the ones started are closed and it throws.
     */
    public static MdnsAdvertiser start(List<MdnsAdvert> printers) throws IOException {
        Map<String, MdnsAdvert> unique = new LinkedHashMap<>();
        for (MdnsAdvert p : printers) {
            LocalAddress.require(p.address());
            if (unique.put(p.address().getHostAddress(), p) != null) {
                throw new IllegalArgumentException("two printers at " + p.address().getHostAddress());
            }
        }
        Map<String, JmDNS> started = Collections.synchronizedMap(new LinkedHashMap<>());
        MdnsAdvertiser a = new MdnsAdvertiser(started);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(START_THREADS, unique.size())),
                daemons());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (MdnsAdvert p : unique.values()) {
                work.add(pool.submit(() -> started.put(p.address().getHostAddress(), announce(p))));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (ExecutionException e) {
            a.close();
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause()
                    : new IOException("announcing failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            a.close();
            throw new IOException("interrupted while announcing", e);
        } finally {
            pool.shutdownNow();
        }
        return a;
    }

    /** How many printers are announced. */
    public int size() {
        return byAddress.size();
    }

    /**
     * Says goodbye for the printer at {@code address} (its services disappear from browsers) by closing its JmDNS
     * instance, which sends the goodbyes; waits at most {@link #CLOSE_BOUND}. False if no printer is there.
     * (JmDNS's unregisterAllServices first would add up to 5 s more: it waits for a state it may never reach.)
     */
    public boolean withdraw(String address) {
        JmDNS j = byAddress.remove(address);
        if (j == null) {
            return false;
        }
        closeAll(List.of(j));
        return true;
    }

    /** Says goodbye for every printer and closes their JmDNS instances, waiting at most {@link #CLOSE_BOUND}. */
    @Override
    public void close() {
        List<JmDNS> all;
        synchronized (byAddress) {
            all = new ArrayList<>(byAddress.values());
            byAddress.clear();
        }
        closeAll(all);
    }

    private static JmDNS announce(MdnsAdvert p) {
        try {
            JmDNS j = JmDNS.create(p.address(), p.hostName());
            try {
                sendThroughLoopback(j);
                if (p.ippPort() > 0) {
                    j.registerService(ServiceInfo.create("_ipp._tcp.local.", p.instanceName(), p.ippPort(), 0, 0,
                            txt(p.ippTxt())));
                }
                j.registerService(ServiceInfo.create("_printer._tcp.local.", p.instanceName(), 0, 0, 0,
                        txt(Map.of("txtvers", "1", "qtotal", "1"))));
                if (p.rawPort() > 0) {
                    j.registerService(ServiceInfo.create("_pdl-datastream._tcp.local.", p.instanceName(),
                            p.rawPort(), 0, 0, txt(Map.of("txtvers", "1", "ty", p.makeAndModel()))));
                }
                return j;
            } catch (IOException | RuntimeException e) {
                j.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes {@code j} send its multicast through the loopback interface, from that interface's own address. JmDNS
     * sets the outgoing interface only when its address belongs to one ({@code NetworkInterface.getByInetAddress}),
     * and a printer's 127.0.x.y is in lo's 127.0.0.0/8 without being one of its addresses, so JmDNS leaves the
     * socket's default: the kernel then routes 224.0.0.251 to lo but finds no source there (127.0.0.1 has host
     * scope, the route link scope) and sends from 0.0.0.0, which avahi-daemon drops unseen (measured in the
     * namespace: avahi-browse listed none of the printers, while a JmDNS browser, which ignores the source, found
     * them all). The printer's own address stays in its A record, which is what browsers resolve. Done right after
     * create, before JmDNS's first announcement (its probes start up to 250 ms later; a probe sent from 0.0.0.0
     * is only a question a peer did not hear).
     */
    static void sendThroughLoopback(JmDNS j) throws IOException {
        if (!(j instanceof JmDNSImpl impl) || impl.getLocalHost().getInterface() != null) {
            return; // an address an interface owns: JmDNS set that interface itself
        }
        NetworkInterface lo = NetworkInterface.getByInetAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        if (lo != null && lo.inetAddresses().anyMatch(a -> a instanceof Inet4Address)) {
            impl.getSocket().setNetworkInterface(lo);
        }
    }

    /**
     * TXT rdata written here rather than by JmDNS's property encoding, so what is sent is exactly the keys given,
     * in order, each "key=value" (an empty value keeps its '=', as "note=" must: Bonjour Printing §9.2).
     */
    static byte[] txt(Map<String, String> keys) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : keys.entrySet()) {
            byte[] s = (e.getKey() + "=" + e.getValue()).getBytes(StandardCharsets.UTF_8);
            if (s.length > 255) {
                throw new IllegalArgumentException("TXT string over 255 bytes: " + e.getKey());
            }
            out.write(s.length);
            out.write(s, 0, s.length);
        }
        return out.toByteArray();
    }

    private static void closeAll(List<JmDNS> instances) {
        BoundedClose.closeAll("advertiser", instances, CLOSE_BOUND);
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "mdns-advertise-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
