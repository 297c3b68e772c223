package org.openenpc.sim;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SNMP agents of one simulator: one UDP socket per printer that {@link SimulatedPrinter#answersSnmp()},
 * bound to the printer's own loopback address on the SNMP port (never the wildcard, so nothing is
 * served on a real interface and replies come from the printer's address), all read by one
 * Selector on one daemon thread ("enpc-sim-snmp") that feeds SNMP4J's message dispatcher (v1 and
 * v2c) and {@link SnmpResponder}. No thread per socket, so thousands of printers cost sockets, not
 * threads; each answering printer does need a second file descriptor (see
 * {@link SimulatorConfig#MAX_PRINTERS}). There is no SNMP broadcast socket: clients ask printers
 * one by one. Started and closed by {@link Simulator}.
 *
 * <p>Port 0 picks a free port the same way {@link SocketBinder} does (first printer binds 0, the
 * rest follow, the whole set is retried on a collision); a fixed port uses SO_REUSEADDR.
 */
final class SnmpAgent implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SnmpAgent.class);
    private static final int MAX_BURST = 256;
    private static final long JOIN_TIMEOUT_SECONDS = 10;

    private final Selector selector;
    private final List<SnmpTransport> transports;
    private final SimCounters counters;
    private final int port;
    private final ByteBuffer buf = ByteBuffer.allocateDirect(0x10000);
    private volatile boolean running = true;
    private Thread thread;

    private SnmpAgent(Selector selector, List<SnmpTransport> transports, SimCounters counters, int port) {
        this.selector = selector;
        this.transports = transports;
        this.counters = counters;
        this.port = port;
    }

    /** Binds every answering printer's SNMP socket and starts the thread; on failure nothing stays open. */
    static SnmpAgent start(List<SimulatedPrinter> printers, int requestedPort, String community,
                           SimCounters counters) throws IOException {
        List<SimulatedPrinter> answering = printers.stream().filter(SimulatedPrinter::answersSnmp).toList();
        List<DatagramChannel> channels = bind(answering, requestedPort);
        Selector selector = null;
        List<SnmpTransport> transports = new ArrayList<>(channels.size());
        try {
            MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
            dispatcher.addMessageProcessingModel(new MPv1());
            dispatcher.addMessageProcessingModel(new MPv2c());
            dispatcher.addCommandResponder(new SnmpResponder(community.getBytes(StandardCharsets.UTF_8), counters));
            selector = Selector.open();
            for (int i = 0; i < channels.size(); i++) {
                SnmpTransport t = new SnmpTransport(answering.get(i), channels.get(i), counters);
                t.addTransportListener(dispatcher);
                channels.get(i).register(selector, SelectionKey.OP_READ, t);
                transports.add(t);
            }
        } catch (IOException | RuntimeException e) {
            channels.forEach(SocketBinder::closeQuietly);
            if (selector != null) {
                SocketBinder.closeQuietly(selector);
            }
            throw e;
        }
        int port = channels.isEmpty() ? requestedPort : ((InetSocketAddress) channels.get(0).getLocalAddress()).getPort();
        for (SimulatedPrinter p : answering) {
            p.snmpPort(port);
        }
        SnmpAgent agent = new SnmpAgent(selector, transports, counters, port);
        agent.thread = new Thread(agent, "enpc-sim-snmp");
        agent.thread.setDaemon(true);
        agent.thread.setUncaughtExceptionHandler((t, e) -> LOG.error("uncaught exception in {}", t.getName(), e));
        agent.thread.start();
        LOG.info("SNMP on port {} for {} of {} printers", port, answering.size(), printers.size());
        return agent;
    }

    /** The SNMP port (the one chosen when 0 was asked for; the requested one when no printer answers). */
    int port() {
        return port;
    }

    private static List<DatagramChannel> bind(List<SimulatedPrinter> printers, int requestedPort) throws IOException {
        boolean ephemeral = requestedPort == 0;
        for (int attempt = 1; ; attempt++) {
            List<DatagramChannel> bound = new ArrayList<>(printers.size());
            try {
                int actual = requestedPort;
                for (SimulatedPrinter p : printers) {
                    DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET);
                    bound.add(ch);
                    SocketBinder.bindChannel(ch, new InetSocketAddress(p.ip(), actual), !ephemeral);
                    if (actual == 0) {
                        actual = ((InetSocketAddress) ch.getLocalAddress()).getPort();
                    }
                }
                return bound;
            } catch (BindException e) {
                bound.forEach(SocketBinder::closeQuietly);
                if (!ephemeral || attempt >= SocketBinder.ATTEMPTS) {
                    throw e;
                }
                LOG.debug("SNMP port collision on attempt {} ({}); retrying", attempt, e.getMessage());
            } catch (IOException | RuntimeException e) {
                bound.forEach(SocketBinder::closeQuietly);
                throw e;
            }
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                if (selector.select() > 0) {
                    serveReadyKeys();
                }
            }
        } catch (IOException e) {
            LOG.error("SNMP loop failed; the simulated printers stop answering SNMP", e);
        } finally {
            for (SnmpTransport t : transports) {
                SocketBinder.closeQuietly(t);
            }
            SocketBinder.closeQuietly(selector);
        }
    }

    private void serveReadyKeys() throws IOException {
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey key = it.next();
            it.remove();
            if (key.isValid() && key.isReadable()) {
                drain((SnmpTransport) key.attachment());
            }
        }
    }

    private void drain(SnmpTransport t) throws IOException {
        for (int i = 0; i < MAX_BURST; i++) {
            buf.clear();
            InetSocketAddress from = (InetSocketAddress) t.channel().receive(buf);
            if (from == null) {
                return;
            }
            buf.flip();
            byte[] data = new byte[buf.remaining()];
            buf.get(data);
            if (!Loopback.isLoopback(from.getAddress())) {
                counters.countSnmpIgnored();
                continue;
            }
            try {
                t.deliver(from, data);
            } catch (RuntimeException e) {
                // A hostile datagram must not stop the agent for every printer.
                counters.countSnmpIgnored();
                LOG.debug("{}: SNMP datagram from {} failed: {}", t.printer().address(), from, e.toString());
            }
        }
    }

    /** Stops the thread and closes every socket before returning. Idempotent; any thread. */
    void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(JOIN_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("SNMP thread did not stop within {} s", JOIN_TIMEOUT_SECONDS);
        }
    }
}
