package org.openenpc.sim;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the simulator's sockets: one non-blocking channel per printer on its own loopback address,
 * all on the same port, plus one on the loopback broadcast address 127.255.255.255 that receives
 * broadcasts (a socket bound to a specific address never does, ARCHITECTURE.md). Nothing outside
 * 127.0.0.0/8 is ever bound: every address was checked by {@link PrinterSpec}.
 *
 * <p>Port 0: the first printer binds port 0 and the rest follow the port the kernel chose; if a
 * later bind collides, everything is closed and the whole set retried. Ephemeral sets are bound
 * <em>without</em> SO_REUSEADDR so two simulators (parallel tests) can never silently share a socket
 * address, above all the broadcast one; a collision raises BindException and triggers the retry.
 * A fixed port (3289 for users) uses SO_REUSEADDR on every socket, as ARCHITECTURE.md prescribes.
 * Called on the thread that starts the simulator.
 */
final class SocketBinder {
    static final int ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(SocketBinder.class);

    private SocketBinder() {
    }

    /** Binds every printer's channel and returns the broadcast channel; on failure nothing stays open. */
    static DatagramChannel bind(List<SimulatedPrinter> printers, int requestedPort) throws IOException {
        boolean ephemeral = requestedPort == 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return bindOnce(printers, requestedPort, !ephemeral);
            } catch (BindException e) {
                closePrinters(printers);
                if (!ephemeral || attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.debug("port collision on attempt {} ({}); retrying with a new ephemeral port", attempt, e.getMessage());
            } catch (IOException | RuntimeException e) {
                closePrinters(printers);
                throw e;
            }
        }
    }

    private static DatagramChannel bindOnce(List<SimulatedPrinter> printers, int port, boolean reuse)
            throws IOException {
        int actual = port;
        for (SimulatedPrinter p : printers) {
            DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET);
            p.channel = ch;
            bindChannel(ch, new InetSocketAddress(p.ip(), actual), reuse);
            if (actual == 0) {
                actual = ((InetSocketAddress) ch.getLocalAddress()).getPort();
            }
            p.port(actual);
        }
        // Dual-stack open(): an INET channel refuses to bind *.*.*.255 (ARCHITECTURE.md). The address
        // is still IPv4 loopback, so nothing but loopback broadcasts can reach it.
        DatagramChannel broadcast = DatagramChannel.open();
        try {
            bindChannel(broadcast, new InetSocketAddress(Loopback.BROADCAST, actual), reuse);
        } catch (IOException | RuntimeException e) {
            broadcast.close();
            throw e;
        }
        return broadcast;
    }

    static void bindChannel(DatagramChannel ch, InetSocketAddress at, boolean reuse) throws IOException {
        ch.setOption(StandardSocketOptions.SO_REUSEADDR, reuse);
        ch.configureBlocking(false);
        try {
            ch.bind(at);
        } catch (BindException e) {
            BindException named = new BindException("cannot bind " + at.getAddress().getHostAddress() + ":"
                    + at.getPort() + " (" + e.getMessage() + ")");
            named.initCause(e);
            throw named;
        }
    }

    /** Closes every printer channel that is open; quiet, as it runs on failure and shutdown paths. */
    static void closePrinters(List<SimulatedPrinter> printers) {
        for (SimulatedPrinter p : printers) {
            if (p.channel != null) {
                closeQuietly(p.channel);
                p.channel = null;
            }
        }
    }

    static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.debug("closing {} failed: {}", c, e.toString());
        }
    }
}
