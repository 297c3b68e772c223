package org.openenpc.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain ENPC client for tests: a DatagramChannel bound to 127.0.0.1 on an ephemeral port, with a
 * 4 MB receive buffer and SO_BROADCAST, that sends only to loopback addresses. Waits with a
 * Selector timeout, never with Thread.sleep. Test thread only.
 */
final class TestClient implements AutoCloseable {

    /** One received datagram and where it came from. */
    record Received(InetSocketAddress from, byte[] data) {
    }

    private final DatagramChannel ch;
    private final Selector selector;
    private final ByteBuffer buf = ByteBuffer.allocate(0x10000);

    TestClient() throws IOException {
        ch = DatagramChannel.open(StandardProtocolFamily.INET);
        ch.setOption(StandardSocketOptions.SO_RCVBUF, 4 * 1024 * 1024);
        ch.setOption(StandardSocketOptions.SO_BROADCAST, true);
        ch.bind(new InetSocketAddress("127.0.0.1", 0));
        ch.configureBlocking(false);
        selector = Selector.open();
        ch.register(selector, SelectionKey.OP_READ);
    }

    void send(byte[] data, InetSocketAddress to) throws IOException {
        if (!Loopback.isLoopback(to.getAddress())) {
            throw new IllegalArgumentException("tests send only to 127.0.0.0/8, not " + to);
        }
        ch.send(ByteBuffer.wrap(data), to);
    }

    void send(byte[] data, SimulatedPrinter p) throws IOException {
        send(data, new InetSocketAddress(p.ip(), p.port()));
    }

    /** The next datagram, or null when none arrives within {@code timeout}. */
    Received receive(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            buf.clear();
            SocketAddress from = ch.receive(buf);
            if (from != null) {
                buf.flip();
                return new Received((InetSocketAddress) from, Arrays.copyOf(buf.array(), buf.limit()));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            selector.select(Math.max(1, left / 1_000_000));
            selector.selectedKeys().clear();
        }
    }

    /** Receives until {@code count} datagrams arrived or {@code timeout} passed in total. */
    List<Received> receive(int count, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Received> out = new ArrayList<>(count);
        while (out.size() < count) {
            Received r = receive(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (r == null) {
                break;
            }
            out.add(r);
        }
        return out;
    }

    /** Sends {@code request} and returns the reply, failing when none comes within 2 s. */
    byte[] ask(byte[] request, SimulatedPrinter p) throws IOException {
        send(request, p);
        Received r = receive(Duration.ofSeconds(2));
        if (r == null) {
            throw new AssertionError("no reply from " + p);
        }
        if (!r.from().getAddress().equals(p.ip()) || r.from().getPort() != p.port()) {
            throw new AssertionError("reply came from " + r.from() + ", not from " + p);
        }
        return r.data();
    }

    @Override
    public void close() throws IOException {
        selector.close();
        ch.close();
    }
}
