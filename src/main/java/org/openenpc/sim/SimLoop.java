package org.openenpc.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

import org.openenpc.protocol.EnpcCodec;
import org.openenpc.protocol.EnpcHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's only thread ("enpc-sim"): one Selector over every printer channel and the
 * broadcast channel, plus a time-ordered queue of delayed replies, served in the same loop (select
 * waits at most until the next reply is due). Everything here runs on that thread except
 * {@link #stop()}. On exit it closes every channel and the selector.
 */
final class SimLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SimLoop.class);
    /** Datagrams drained from one channel per wake-up, so one busy socket cannot starve the rest. */
    private static final int MAX_BURST = 256;

    /** A reply waiting for its time; {@code seq} keeps equal due times in arrival order. */
    private record PendingSend(long due, long seq, SimulatedPrinter from, byte[] data, SocketAddress to) {
    }

    private final Selector selector;
    private final List<SimulatedPrinter> printers;
    private final DatagramChannel broadcast;
    private final ReplyFactory factory;
    private final FaultInjector faults;
    private final SimCounters counters;
    private final PriorityQueue<PendingSend> queue = new PriorityQueue<>(
            Comparator.comparingLong(PendingSend::due).thenComparingLong(PendingSend::seq));
    private final ByteBuffer buf = ByteBuffer.allocateDirect(0x10000);
    private final byte[] bytes = new byte[0x10000];
    private volatile boolean running = true;
    private long seq;

    SimLoop(Selector selector, List<SimulatedPrinter> printers, DatagramChannel broadcast, ReplyFactory factory,
            FaultInjector faults, SimCounters counters) {
        this.selector = selector;
        this.printers = printers;
        this.broadcast = broadcast;
        this.factory = factory;
        this.faults = faults;
        this.counters = counters;
    }

    /** Asks the loop to end; any thread. */
    void stop() {
        running = false;
        selector.wakeup();
    }

    @Override
    public void run() {
        try {
            while (running) {
                long wait = millisUntilNextDue();
                int ready = wait == 0 ? selector.selectNow() : wait < 0 ? selector.select() : selector.select(wait);
                if (ready > 0) {
                    serveReadyKeys();
                }
                sendDue();
            }
        } catch (IOException e) {
            LOG.error("simulator loop failed; all simulated printers stop answering", e);
        } finally {
            SocketBinder.closePrinters(printers);
            SocketBinder.closeQuietly(broadcast);
            SocketBinder.closeQuietly(selector);
        }
    }

    /** 0 when a reply is due now, -1 when none is queued (block until a datagram or stop()), else ms ≥ 1. */
    private long millisUntilNextDue() {
        PendingSend head = queue.peek();
        if (head == null) {
            return -1;
        }
        long nanos = head.due() - System.nanoTime();
        return nanos <= 0 ? 0 : Math.max(1, (nanos + 999_999) / 1_000_000);
    }

    private void serveReadyKeys() throws IOException {
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey key = it.next();
            it.remove();
            if (key.isValid() && key.isReadable()) {
                drain((DatagramChannel) key.channel(), (SimulatedPrinter) key.attachment());
            }
        }
    }

    /** Receives what is waiting on one channel; {@code printer} is null for the broadcast channel. */
    private void drain(DatagramChannel ch, SimulatedPrinter printer) throws IOException {
        for (int i = 0; i < MAX_BURST; i++) {
            buf.clear();
            SocketAddress from = ch.receive(buf);
            if (from == null) {
                return;
            }
            buf.flip();
            int length = buf.remaining();
            buf.get(bytes, 0, length);
            onDatagram(printer, (InetSocketAddress) from, length);
            // Counted once handled, so "received == n" tells tests every immediate reply is out.
            counters.countReceived();
        }
    }

    private void onDatagram(SimulatedPrinter printer, InetSocketAddress from, int length) {
        if (!Loopback.isLoopback(from.getAddress())) {
            counters.countIgnored();
            LOG.debug("dropped {} bytes from non-loopback {}", length, from);
            return;
        }
        EnpcHeader h = EnpcCodec.header(bytes, 0, length);
        if (h == null || Character.isLowerCase(h.type())) {
            counters.countIgnored();
            LOG.debug("ignored {} bytes from {}: not an ENPC request", length, from);
            return;
        }
        if (printer != null) {
            answer(printer, from, length);
        } else {
            LOG.debug("broadcast {} from {} handed to {} printers", h.label(), from, printers.size());
            for (SimulatedPrinter p : printers) {
                answer(p, from, length);
            }
        }
    }

    /** One printer's answer to the request in {@code bytes}, after the configured faults. */
    private void answer(SimulatedPrinter p, InetSocketAddress to, int length) {
        if (!p.answersEnpc()) {
            return; // another maker's printer: its ENPC socket exists but hears nothing it understands
        }
        if (p.silent() || faults.dropRequest(p.random)) {
            counters.countDropped();
            return;
        }
        byte[] reply = factory.reply(p, bytes, length);
        if (reply == null || faults.dropReply(p.random)) {
            counters.countDropped();
            return;
        }
        reply = faults.damage(p.random, reply);
        int copies = faults.copies(p.random);
        long delay = faults.delayNanos(p.random, p);
        for (int i = 0; i < copies; i++) {
            if (delay == 0) {
                send(p, reply, to);
            } else {
                queue.add(new PendingSend(System.nanoTime() + delay, seq++, p, reply, to));
            }
        }
    }

    private void sendDue() {
        long now = System.nanoTime();
        while (!queue.isEmpty() && queue.peek().due() <= now) {
            PendingSend s = queue.poll();
            send(s.from(), s.data(), s.to());
        }
    }

    private void send(SimulatedPrinter p, byte[] data, SocketAddress to) {
        try {
            if (p.channel.send(ByteBuffer.wrap(data), to) == 0) {
                counters.countDropped();
                LOG.debug("{}: send buffer full, reply to {} dropped", p.address(), to);
                return;
            }
            counters.countSent();
            LOG.debug("{} → {}: {} bytes", p.address(), to, data.length);
        } catch (IOException e) {
            counters.countDropped();
            LOG.debug("{}: reply to {} failed: {}", p.address(), to, e.toString());
        }
    }
}
