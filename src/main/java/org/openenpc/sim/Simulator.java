package org.openenpc.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts simulated ENPC printers on loopback addresses so the discovery engine, the CLI and tests
 * can talk to many devices over real UDP on one machine (ARCHITECTURE.md, "Loopback simulation").
 * Each printer binds its own 127.x.y.z address on the shared port; one more socket on
 * 127.255.255.255 receives broadcasts and hands each to every printer, which replies from its own
 * socket to the requester. One daemon thread ("enpc-sim") serves all sockets. With
 * {@link SimulatorConfig#snmp()} each printer whose profile answers SNMP also gets an SNMP agent on
 * its own address ({@link SnmpAgent}, thread "enpc-sim-snmp"); with {@link SimulatorConfig#ipp()} each
 * printer whose profile answers IPP gets an IPP listener (HTTP over TCP) on its own address
 * ({@link IppServer}, thread "enpc-sim-ipp"); with a print rate the printers print
 * and drain their supplies ({@link PrintTicker}, thread "enpc-sim-print").
 *
 * <p>{@link #start()} and {@link #close()} are called by the owner's thread; the getters, the
 * counters and the printers' {@code setStatus}, {@code raise}, {@code clear} and {@code print}
 * are safe from any thread.
 */
public final class Simulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    private static final long JOIN_TIMEOUT_SECONDS = 10;

    private final SimulatorConfig config;
    private final List<SimulatedPrinter> printers;
    private final Map<String, SimulatedPrinter> byAddress;
    private final SimCounters counters = new SimCounters();
    private SimLoop loop;
    private Thread thread;
    private SnmpAgent snmp;
    private IppServer ipp;
    private PrintTicker ticker;
    private volatile int port;
    private volatile int snmpPort;
    private volatile int ippPort;
    private boolean started;
    private boolean closed;

    public Simulator(SimulatorConfig config) {
        this.config = config;
        List<PrinterSpec> specs = config.printers();
        BitSet silent = FaultInjector.chooseSilent(config.faults().silentShare(), specs.size(), config.seed());
        List<SplittableRandom> randoms = FaultInjector.generators(config.seed(), specs.size());
        List<SimulatedPrinter> list = new ArrayList<>(specs.size());
        Map<String, SimulatedPrinter> map = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            PrinterSpec spec = specs.get(i);
            SimulatedPrinter p = new SimulatedPrinter(spec, i, spec.silent() || silent.get(i));
            p.random = randoms.get(i);
            list.add(p);
            map.put(p.address(), p);
        }
        this.printers = Collections.unmodifiableList(list);
        this.byAddress = Map.copyOf(map);
    }

    /** Builds and starts a simulator in one call. */
    public static Simulator start(SimulatorConfig config) throws IOException {
        return new Simulator(config).start();
    }

    /**
     * Binds every socket and starts the thread. Throws BindException when the port is taken (after a
     * few retries for port 0); then nothing stays bound. A simulator starts at most once.
     */
    public synchronized Simulator start() throws IOException {
        if (started || closed) {
            throw new IllegalStateException("a simulator can be started only once");
        }
        started = true;
        DatagramChannel broadcast = SocketBinder.bind(printers, config.port());
        Selector selector = null;
        try {
            selector = Selector.open();
            for (SimulatedPrinter p : printers) {
                p.channel.register(selector, SelectionKey.OP_READ, p);
            }
            broadcast.register(selector, SelectionKey.OP_READ, null);
        } catch (IOException | RuntimeException e) {
            SocketBinder.closePrinters(printers);
            SocketBinder.closeQuietly(broadcast);
            if (selector != null) {
                SocketBinder.closeQuietly(selector);
            }
            throw e;
        }
        port = printers.get(0).port();
        if (config.snmp()) {
            try {
                snmp = SnmpAgent.start(printers, config.snmpPort(), config.snmpCommunity(), counters);
            } catch (IOException | RuntimeException e) {
                SocketBinder.closePrinters(printers);
                SocketBinder.closeQuietly(broadcast);
                SocketBinder.closeQuietly(selector);
                throw e;
            }
            snmpPort = snmp.port();
        }
        if (config.ipp()) {
            try {
                ipp = IppServer.start(printers, config.ippPort(), counters);
            } catch (IOException | RuntimeException e) {
                if (snmp != null) {
                    snmp.close();
                }
                SocketBinder.closePrinters(printers);
                SocketBinder.closeQuietly(broadcast);
                SocketBinder.closeQuietly(selector);
                throw e;
            }
            ippPort = ipp.port();
        }
        loop = new SimLoop(selector, printers, broadcast, new ReplyFactory(config.probeReplyLetter()),
                new FaultInjector(config.faults()), counters);
        thread = new Thread(loop, "enpc-sim");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("uncaught exception in {}", t.getName(), e));
        thread.start();
        if (config.printRate() > 0) {
            ticker = PrintTicker.start(printers, config.printRate());
        }
        LOG.info("simulating {} printers from {} on port {}", printers.size(), printers.get(0).address(), port);
        return this;
    }

    /** The port every printer listens on; 0 before {@link #start()}. */
    public int port() {
        return port;
    }

    /** The SNMP port of the printers that answer SNMP; 0 before {@link #start()} or when SNMP is off. */
    public int snmpPort() {
        return snmpPort;
    }

    /** The TCP port of the printers' IPP listeners; 0 before {@link #start()} or when IPP is off. */
    public int ippPort() {
        return ippPort;
    }

    /**
     * The printer at this address, or IllegalArgumentException naming it: for tests and tools that
     * know the address, e.g. {@code sim.at("127.0.1.5").raise(SimError.PAPER_JAM)}.
     */
    public SimulatedPrinter at(String ip) {
        return printer(ip).orElseThrow(() -> new IllegalArgumentException("no simulated printer at " + ip));
    }

    /** Where clients broadcast to reach every printer: 127.255.255.255 on {@link #port()}. */
    public InetSocketAddress broadcastAddress() {
        return new InetSocketAddress(Loopback.BROADCAST, port);
    }

    /** The printers in configuration order (printer number n on the command line is index n − 1). */
    public List<SimulatedPrinter> printers() {
        return printers;
    }

    /** The printer at this dotted-quad address, if there is one. */
    public Optional<SimulatedPrinter> printer(String ip) {
        return Optional.ofNullable(byAddress.get(ip));
    }

    public SimCounters counters() {
        return counters;
    }

    public SimulatorConfig config() {
        return config;
    }

    /** True between a successful {@link #start()} and {@link #close()}. */
    public synchronized boolean running() {
        return started && !closed && thread != null && thread.isAlive();
    }

    /**
     * Stops the thread and releases every socket before returning, so the addresses and port can be
     * bound again at once. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (loop == null) {
            return;
        }
        if (ticker != null) {
            ticker.close();
        }
        if (snmp != null) {
            snmp.close();
        }
        if (ipp != null) {
            ipp.close();
        }
        loop.stop();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(JOIN_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("simulator thread did not stop within {} s", JOIN_TIMEOUT_SECONDS);
        }
        LOG.info("simulator on port {} closed: {}", port, counters);
    }
}
