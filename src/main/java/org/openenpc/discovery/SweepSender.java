package org.openenpc.discovery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.openenpc.protocol.EnpcQuery;
import org.openenpc.protocol.EnpcRequests;

/**
 * A second thread and socket for the discovery datagrams of a fast unicast sweep (issue 14). Sending a
 * datagram costs the kernel far more than the scan loop's own work (about 15 µs on the 2-core benchmark
 * machine, where every address without a printer is looked up and answered with an ICMP error), so at
 * high rates one thread is the limit; two halve the sweep of a /16 when the second core is free.
 *
 * <p>The scan loop stays the only owner of the scan's state: it paces with its rate limiter, decides
 * every target, and hands some of them here with {@link #offer}. This thread only sends the Probe and
 * the Q 03-0000 to each address, back to back, from its own channel. The loop reads the replies
 * arriving at that channel with the rest ({@link #channel()} is registered on its selector); concurrent
 * send and receive on one channel are safe. Send errors are kept as sentences for the scan's warnings.
 */
final class SweepSender implements AutoCloseable {

    /** Below this rate one thread keeps up with the limiter, so no second one is started. */
    static final int MIN_RATE = 20_000;
    /** Below this many unicast targets the sweep is over before a second thread would pay. */
    static final long MIN_TARGETS = 4_096;
    private static final int QUEUE = 4_096;

    private final DatagramChannel channel;
    private final int port;
    private final BlockingQueue<Integer> targets = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final ByteBuffer probe = direct(EnpcRequests.probe());
    private final ByteBuffer basicQuery = direct(EnpcRequests.query(EnpcQuery.BASIC_INFO));
    private final Thread thread;
    private volatile boolean closed;

    private SweepSender(DatagramChannel channel, int port, String name) {
        this.channel = channel;
        this.port = port;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    /** Whether a scan sweeping {@code targets} addresses at {@code rate} packets a second gets a second sender. */
    static boolean worthIt(long targets, int rate, int processors) {
        return targets >= MIN_TARGETS && rate >= MIN_RATE && processors >= 2;
    }

    /** Opens the channel (as the scan's own, {@link ScanSockets#open()}) and starts the thread. */
    static SweepSender start(int port, String threadName) throws IOException {
        SweepSender s = new SweepSender(ScanSockets.open(), port, threadName);
        s.thread.start();
        return s;
    }

    /** The channel the replies to this sender's datagrams arrive at. */
    DatagramChannel channel() {
        return channel;
    }

    /**
     * Hands over one address for its Probe and Q 03-0000 (two datagrams, whose permits the caller has taken).
     * False when the queue is full or the sender closed: the caller sends them itself.
     */
    boolean offer(int ip) {
        if (closed) {
            return false;
        }
        pending.incrementAndGet();
        if (!targets.offer(ip)) {
            pending.decrementAndGet();
            return false;
        }
        return true;
    }

    /** True when every address handed over has been sent to. */
    boolean idle() {
        return pending.get() == 0;
    }

    /** Datagrams sent so far. */
    long sent() {
        return sent.get();
    }

    /** The sentences of the send errors so far, each once, and forgets them. */
    List<String> takeProblems() {
        List<String> out = new ArrayList<>();
        for (String p; (p = problems.poll()) != null; ) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private void run() {
        try {
            while (!closed) {
                Integer ip = targets.poll(100, TimeUnit.MILLISECONDS);
                if (ip == null) {
                    continue;
                }
                try {
                    InetSocketAddress to = new InetSocketAddress(Ipv4.toInet(ip), port);
                    send(probe, to);
                    send(basicQuery, to);
                } finally {
                    pending.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed
        }
    }

    private void send(ByteBuffer packet, InetSocketAddress to) {
        packet.rewind();
        try {
            if (channel.send(packet, to) > 0) {
                sent.incrementAndGet();
            }
        } catch (IOException | RuntimeException e) {
            if (problems.size() < 16) {
                problems.add("Cannot send to " + to.getAddress().getHostAddress() + ": " + ScanSockets.describe(e));
            }
        }
    }

    /** Stops the thread (what is still queued is not sent) and closes the channel. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        targets.clear();
        pending.set(0);
        try {
            channel.close();
        } catch (IOException e) {
            // closing a datagram channel has nothing to flush
        }
    }

    private static ByteBuffer direct(byte[] bytes) {
        ByteBuffer b = ByteBuffer.allocateDirect(bytes.length);
        b.put(bytes).flip();
        return b;
    }
}
