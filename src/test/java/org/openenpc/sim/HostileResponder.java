package org.openenpc.sim;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.openenpc.protocol.Vectors;

/**
 * A hostile ENPC responder of our own, for the tests and benchmarks of issue 10 (real UDP, loopback
 * only: every socket binds a 127.x address and only answers clients on loopback). It listens where a
 * printer would (the loopback broadcast address and/or its own addresses on the ENPC port) and, when a
 * request arrives, does one of three bad things:
 * <ul>
 * <li>{@link #flood}: answers with a burst of valid-looking replies carrying random MACs (NIC-info and
 * network-config layouts from the captured vectors, MAC patched), from each of its source addresses;</li>
 * <li>{@link #trickle}: after the first request, keeps sending one such reply every period, from a new
 * source address each time (or always the same one), so a scan always has "news";</li>
 * <li>{@link #reflector}: answers a unicast probe of one address from another address (a forged source).</li>
 * </ul>
 * It records every datagram that reaches the sockets bound on the ENPC port, so tests can assert that
 * the scanner sent nothing (no follow-up) to an address it must not trust.
 */
public final class HostileResponder implements AutoCloseable {

    private static final byte[] NIC = Vectors.load("reply-q00-0000-nic-tm-m30.hex");
    private static final byte[] NET = Vectors.load("reply-q00-0010-netinfo-tm-m30.hex");
    private static final int NIC_MAC = 54;
    private static final int NET_MAC = 15;

    private final List<DatagramSocket> listeners = new ArrayList<>();
    private final List<DatagramSocket> sources = new ArrayList<>();
    private final Map<String, List<byte[]>> received = new ConcurrentHashMap<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicLong sent = new AtomicLong();
    private final SplittableRandom random = new SplittableRandom(1234);
    private volatile boolean closed;

    private HostileResponder() {
    }

    /**
     * On every request it hears (at most until {@code budget} replies are sent in all), sends
     * {@code perAddress} random-MAC replies from each of {@code sourceIps} (ephemeral ports, so real
     * simulated printers may share the addresses) to the sender.
     */
    public static HostileResponder flood(int port, List<String> sourceIps, int perAddress, long budget)
            throws IOException {
        HostileResponder h = new HostileResponder();
        h.bindSources(sourceIps, 0);
        h.listen(h.broadcast(port), (from, data) -> {
            for (int i = 0; i < perAddress && h.sent.get() < budget; i++) {
                for (DatagramSocket s : h.sources) {
                    h.send(s, h.randomMacReply(i), from);
                }
            }
        });
        return h;
    }

    /**
     * From the first request it hears on, sends one random-MAC reply every {@code periodMillis} to the
     * sender, from the next of {@code sourceIps} in turn, until closed.
     */
    public static HostileResponder trickle(int port, List<String> sourceIps, long periodMillis) throws IOException {
        HostileResponder h = new HostileResponder();
        h.bindSources(sourceIps, 0);
        h.listen(h.broadcast(port), (from, data) -> {
            if (h.threads.size() > 1) {
                return; // already trickling
            }
            Thread t = new Thread(() -> {
                int n = 0;
                while (!h.closed) {
                    h.send(h.sources.get(n % h.sources.size()), h.randomMacReply(n), from);
                    n++;
                    try {
                        Thread.sleep(periodMillis); // the attacker's pace, not a synchronisation
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "hostile-trickle");
            t.setDaemon(true);
            h.threads.add(t);
            t.start();
        });
        return h;
    }

    /**
     * Listens on {@code probedIp}:{@code port} (a unicast target with no printer) and answers every
     * request with a valid NIC-info reply sent from {@code forgedIp}:{@code port}; what reaches the
     * forged address afterwards (follow-ups) is recorded under {@code forgedIp}.
     */
    public static HostileResponder reflector(int port, String probedIp, String forgedIp) throws IOException {
        HostileResponder h = new HostileResponder();
        h.bindSources(List.of(forgedIp), port);
        h.listen(h.socketOn(probedIp, port), (from, data) -> h.send(h.sources.get(0), h.randomMacReply(0), from));
        h.listen(h.sources.get(0), (from, data) -> { });
        return h;
    }

    /** Also listens on {@code ip}:{@code port} and records what arrives there (e.g. SNMP reads). */
    public HostileResponder recordAt(String ip, int port) throws IOException {
        listen(socketOn(ip, port), (from, data) -> { });
        return this;
    }

    /** A UDP port free on loopback right now, for a simulator that must share its broadcast socket. */
    public static int freePort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return s.getLocalPort();
        }
    }

    /** Replies sent so far. */
    public long sent() {
        return sent.get();
    }

    /** The datagrams that reached {@code ip} on a recorded socket. */
    public List<byte[]> receivedAt(String ip) {
        return received.getOrDefault(ip, List.of());
    }

    @Override
    public void close() {
        closed = true;
        listeners.forEach(DatagramSocket::close);
        sources.forEach(DatagramSocket::close);
        threads.forEach(Thread::interrupt);
    }

    /** A valid-looking reply with a random unicast MAC: NIC info and network config in turn. */
    byte[] randomMacReply(int n) {
        boolean nic = n % 2 == 0;
        byte[] r = (nic ? NIC : NET).clone();
        long mac;
        synchronized (random) {
            mac = random.nextLong() & 0xFEFF_FFFF_FFFFL; // clear the multicast bit: a plausible device MAC
        }
        int at = nic ? NIC_MAC : NET_MAC;
        for (int i = 0; i < 6; i++) {
            r[at + i] = (byte) (mac >>> (8 * (5 - i)));
        }
        return r;
    }

    private void bindSources(List<String> ips, int port) throws IOException {
        for (String ip : ips) {
            sources.add(socketOn(ip, port));
        }
    }

    private DatagramSocket socketOn(String ip, int port) throws IOException {
        InetAddress a = InetAddress.getByName(ip);
        if (!a.isLoopbackAddress()) {
            throw new IllegalArgumentException(ip + " is not a loopback address");
        }
        DatagramSocket s = new DatagramSocket(null);
        s.setReuseAddress(true);
        s.setSendBufferSize(1 << 20);
        s.bind(new InetSocketAddress(a, port));
        return s;
    }

    private DatagramSocket broadcast(int port) throws IOException {
        return socketOn("127.255.255.255", port);
    }

    private interface Handler {
        void onRequest(SocketAddress from, byte[] data);
    }

    private void listen(DatagramSocket s, Handler handler) throws SocketException {
        listeners.add(s);
        s.setSoTimeout(200);
        String ip = s.getLocalAddress().getHostAddress();
        Thread t = new Thread(() -> {
            byte[] buf = new byte[2048];
            while (!closed) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    s.receive(p);
                } catch (SocketTimeoutException e) {
                    continue;
                } catch (IOException e) {
                    return; // closed
                }
                if (!p.getAddress().isLoopbackAddress()) {
                    continue;
                }
                byte[] data = java.util.Arrays.copyOf(p.getData(), p.getLength());
                received.computeIfAbsent(ip, k -> new CopyOnWriteArrayList<>()).add(data);
                if (data.length >= 6 && data[5] >= 'A' && data[5] <= 'Z') { // a request, not another reply
                    handler.onRequest(p.getSocketAddress(), data);
                }
            }
        }, "hostile-" + ip);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    private void send(DatagramSocket s, byte[] data, SocketAddress to) {
        try {
            s.send(new DatagramPacket(data, data.length, to));
            sent.incrementAndGet();
        } catch (IOException e) {
            // the scan's socket closed, or the buffer is full: a flood does not care
        }
    }
}
