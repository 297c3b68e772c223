package org.openenpc.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

import org.snmp4j.TransportStateReference;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.UdpTransportMapping;

/**
 * One simulated printer's SNMP socket as an SNMP4J transport mapping. It has no thread of its own:
 * {@link SnmpAgent}'s selector reads the non-blocking channel and hands each datagram to
 * {@link #deliver}, which passes it to the message dispatcher; the response goes back through
 * {@link #sendMessage} on the same channel, so it leaves from the printer's own address (clients
 * match replies by source address). Replies go only to loopback addresses. Used only on the SNMP
 * thread ("enpc-sim-snmp"), except {@link #close()}.
 */
final class SnmpTransport extends UdpTransportMapping {

    private final SimulatedPrinter printer;
    private final DatagramChannel channel;
    private final SimCounters counters;

    SnmpTransport(SimulatedPrinter printer, DatagramChannel channel, SimCounters counters) throws IOException {
        super(udp((InetSocketAddress) channel.getLocalAddress()));
        this.printer = printer;
        this.channel = channel;
        this.counters = counters;
    }

    SimulatedPrinter printer() {
        return printer;
    }

    DatagramChannel channel() {
        return channel;
    }

    /** Hands one received datagram to the dispatcher (and so, synchronously, to the responder). */
    void deliver(InetSocketAddress from, byte[] data) {
        UdpAddress a = udp(from);
        fireProcessMessage(a, ByteBuffer.wrap(data),
                new TransportStateReference(this, a, null, SecurityLevel.undefined, SecurityLevel.undefined, false, null));
    }

    @Override
    public void sendMessage(UdpAddress to, byte[] message, TransportStateReference ref, long timeout, int retries)
            throws IOException {
        if (!Loopback.isLoopback(to.getInetAddress())) {
            counters.countSnmpIgnored();
            return;
        }
        if (channel.send(ByteBuffer.wrap(message), new InetSocketAddress(to.getInetAddress(), to.getPort())) == 0) {
            counters.countDropped();
            return;
        }
        counters.countSnmpAnswered();
    }

    /** Nothing to start: the agent's selector already reads this channel. */
    @Override
    public void listen() {
    }

    @Override
    public boolean isListening() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static UdpAddress udp(InetSocketAddress a) {
        return new UdpAddress(a.getAddress(), a.getPort());
    }
}
