package org.openenpc.sim;

import java.net.InetAddress;
import java.util.List;

import org.openenpc.mdns.MdnsBrowser;
import org.openenpc.mdns.MdnsListener;
import org.openenpc.netns.PrivateNetwork;

/**
 * Child main (inside PrivateNetwork only): opens a browser, closes it and returns without System.exit. The parent
 * checks that the JVM then exits by itself (JmDNS's non-daemon "State.Timer", jmdns issue #219, must be gone);
 * the threads still alive when main returns are printed for the report.
 */
public final class MdnsOpenClose {

    public static void main(String[] args) throws Exception {
        PrivateNetwork.requireInside();
        MdnsBrowser b = MdnsBrowser.open(List.of(InetAddress.getByName("127.0.0.1")), new MdnsListener() { });
        System.out.println("THREADS OPEN " + Threads.left());
        long t0 = System.nanoTime();
        b.close();
        System.out.println("CLOSE ms=" + (System.nanoTime() - t0) / 1_000_000 + " inTime=" + b.closedInTime());
        System.out.println("THREADS AT RETURN " + Threads.left());
    }
}
