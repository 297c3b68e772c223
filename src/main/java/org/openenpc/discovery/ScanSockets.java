package org.openenpc.discovery;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;

/** Opens the scan's one UDP channel and turns socket errors into words for users. */
final class ScanSockets {
    private ScanSockets() {
    }

    /**
     * An IPv4 channel on an ephemeral port of every local address (replies come back unicast to the
     * sender's address and port, PROTOCOL.md §2), allowed to broadcast, with a large receive buffer
     * so a burst of hundreds of replies to one broadcast is not dropped by the kernel.
     */
    static DatagramChannel open() throws IOException {
        DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            ch.setOption(StandardSocketOptions.SO_BROADCAST, true);
            ch.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
            ch.setOption(StandardSocketOptions.SO_SNDBUF, 1 << 20);
            ch.bind(null);
            ch.configureBlocking(false);
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    static String describe(Exception e) {
        String m = e.getMessage();
        return (m == null || m.isBlank()) ? e.getClass().getSimpleName() : m;
    }
}
