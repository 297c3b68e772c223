package org.openenpc.sim;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IPP listeners of one simulator: one TCP listening socket per printer that
 * {@link SimulatedPrinter#answersIpp()}, bound to the printer's own loopback address on the IPP port
 * (never the wildcard, so nothing is served on a real interface, and all printers share one port
 * number), and every accepted connection, all served by one Selector on one daemon thread
 * ("enpc-sim-ipp") that speaks a minimal HTTP/1.1 ({@link HttpConnection}) and answers with
 * {@link IppResponder}. Started and closed by {@link Simulator}.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver.HttpServer}: each instance owns a Selector and a
 * dispatcher thread (plus a timer thread), so one per printer would cost 1,000 printers 2,000
 * threads and 3,000 file descriptors however small the handler pool; one shared server cannot bind
 * several addresses. Here 1,000 printers cost 1,000 descriptors (one listening socket each) plus
 * one per open connection (at most {@link #MAX_CONNECTIONS}), and one thread. An answer is built
 * from an immutable state in microseconds, so a handler pool would only add hand-offs.
 *
 * <p>Port 0 picks a free port as {@link SnmpAgent} does: the first printer binds 0, the rest follow
 * the port the kernel chose, and the whole set is retried on a collision. Listeners use
 * SO_REUSEADDR (TCP's: rebinding over TIME_WAIT, never two listeners on one address and port).
 */
final class IppServer implements Runnable {
    /** Open connections at most, over all printers; more are closed at once (a real printer allows a few). */
    static final int MAX_CONNECTIONS = 256;
    /** A connection silent this long is closed (CUPS keeps idle clients 60 s; printers less). */
    static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final Logger LOG = LoggerFactory.getLogger(IppServer.class);
    private static final int BACKLOG = 64;
    private static final int ACCEPT_BURST = 64;
    private static final long SWEEP_MILLIS = 1000;
    private static final long JOIN_TIMEOUT_SECONDS = 10;

    private final Selector selector;
    private final List<ServerSocketChannel> listeners;
    private final Set<HttpConnection> connections = new HashSet<>();
    private final IppResponder responder = new IppResponder(System.nanoTime());
    private final SimCounters counters;
    private final int port;
    private volatile boolean running = true;
    private Thread thread;

    private IppServer(Selector selector, List<ServerSocketChannel> listeners, SimCounters counters, int port) {
        this.selector = selector;
        this.listeners = listeners;
        this.counters = counters;
        this.port = port;
    }

    /** Binds every IPP printer's listener and starts the thread; on failure nothing stays open. */
    static IppServer start(List<SimulatedPrinter> printers, int requestedPort, SimCounters counters) throws IOException {
        List<SimulatedPrinter> answering = printers.stream().filter(SimulatedPrinter::answersIpp).toList();
        List<ServerSocketChannel> bound = bind(answering, requestedPort);
        Selector selector = null;
        try {
            selector = Selector.open();
            for (int i = 0; i < bound.size(); i++) {
                bound.get(i).register(selector, SelectionKey.OP_ACCEPT, answering.get(i));
            }
        } catch (IOException | RuntimeException e) {
            bound.forEach(SocketBinder::closeQuietly);
            if (selector != null) {
                SocketBinder.closeQuietly(selector);
            }
            throw e;
        }
        int port = bound.isEmpty() ? requestedPort : ((InetSocketAddress) bound.get(0).getLocalAddress()).getPort();
        answering.forEach(p -> p.ippPort(port));
        IppServer server = new IppServer(selector, bound, counters, port);
        server.thread = new Thread(server, "enpc-sim-ipp");
        server.thread.setDaemon(true);
        server.thread.setUncaughtExceptionHandler((t, e) -> LOG.error("uncaught exception in {}", t.getName(), e));
        server.thread.start();
        LOG.info("IPP on TCP port {} for {} of {} printers", port, answering.size(), printers.size());
        return server;
    }

    /** The IPP port (the one chosen when 0 was asked for; the requested one when no printer answers IPP). */
    int port() {
        return port;
    }

    private static List<ServerSocketChannel> bind(List<SimulatedPrinter> printers, int requestedPort) throws IOException {
        for (int attempt = 1; ; attempt++) {
            List<ServerSocketChannel> bound = new ArrayList<>(printers.size());
            try {
                int actual = requestedPort;
                for (SimulatedPrinter p : printers) {
                    ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.INET);
                    bound.add(ch);
                    listen(ch, new InetSocketAddress(p.ip(), actual));
                    actual = ((InetSocketAddress) ch.getLocalAddress()).getPort();
                }
                return bound;
            } catch (BindException e) {
                bound.forEach(SocketBinder::closeQuietly);
                if (requestedPort != 0 || attempt >= SocketBinder.ATTEMPTS) {
                    throw e;
                }
                LOG.debug("IPP port collision on attempt {} ({}); retrying", attempt, e.getMessage());
            } catch (IOException | RuntimeException e) {
                bound.forEach(SocketBinder::closeQuietly);
                throw e;
            }
        }
    }

    private static void listen(ServerSocketChannel ch, InetSocketAddress at) throws IOException {
        ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        ch.configureBlocking(false);
        try {
            ch.bind(at, BACKLOG);
        } catch (BindException e) {
            BindException named = new BindException("cannot bind TCP " + at.getAddress().getHostAddress() + ":"
                    + at.getPort() + " (" + e.getMessage() + ")");
            named.initCause(e);
            throw named;
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                if (selector.select(SWEEP_MILLIS) > 0) {
                    serveReadyKeys();
                }
                closeIdle();
            }
        } catch (IOException e) {
            LOG.error("IPP loop failed; the simulated printers stop answering IPP", e);
        } finally {
            connections.forEach(c -> SocketBinder.closeQuietly(c.channel()));
            connections.clear();
            listeners.forEach(SocketBinder::closeQuietly);
            SocketBinder.closeQuietly(selector);
        }
    }

    private void serveReadyKeys() throws IOException {
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey key = it.next();
            it.remove();
            if (!key.isValid()) {
                continue;
            }
            if (key.isAcceptable()) {
                accept((ServerSocketChannel) key.channel(), (SimulatedPrinter) key.attachment());
            } else {
                serve(key, (HttpConnection) key.attachment());
            }
        }
    }

    private void accept(ServerSocketChannel listener, SimulatedPrinter p) throws IOException {
        for (int i = 0; i < ACCEPT_BURST; i++) {
            SocketChannel ch = listener.accept();
            if (ch == null) {
                return;
            }
            if (p.silent() || connections.size() >= MAX_CONNECTIONS
                    || !Loopback.isLoopback(((InetSocketAddress) ch.getRemoteAddress()).getAddress())) {
                counters.countIppRefused();
                SocketBinder.closeQuietly(ch);
                continue;
            }
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            HttpConnection c = new HttpConnection(ch, p, port, responder, counters);
            ch.register(selector, SelectionKey.OP_READ, c);
            connections.add(c);
        }
    }

    private void serve(SelectionKey key, HttpConnection c) {
        boolean open;
        try {
            open = key.isReadable() ? c.onReadable(key) : c.flush(key);
        } catch (IOException | RuntimeException e) {
            // A client that resets its connection, or a request that trips the encoder, ends only that connection.
            LOG.debug("IPP connection {} failed: {}", c.channel(), e.toString());
            open = false;
        }
        if (!open) {
            close(c);
        }
    }

    private void closeIdle() {
        long now = System.nanoTime();
        List<HttpConnection> idle = connections.stream().filter(c -> now - c.lastActive() > IDLE_NANOS).toList();
        idle.forEach(this::close);
    }

    private void close(HttpConnection c) {
        connections.remove(c);
        SocketBinder.closeQuietly(c.channel());
    }

    /** Stops the thread, which closes every listener and connection, before returning. Idempotent; any thread. */
    void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(JOIN_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("IPP thread did not stop within {} s", JOIN_TIMEOUT_SECONDS);
        }
    }
}
