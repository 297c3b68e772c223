package org.openenpc.netns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The namespace the mDNS tests run in: only lo, and multicast on it works (a datagram to 224.0.0.251 comes back). */
class PrivateNetworkTest {

    @Test
    void aChildSeesOnlyLoopbackAndMulticastReachesIt() throws Exception {
        PrivateNetwork.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJava(Duration.ofSeconds(60), Echo.class);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("interfaces [lo]").contains("received hello over 224.0.0.251");
    }

    @Test
    void theGuardRefusesOutsideANamespace() throws Exception {
        // this JVM runs in the machine's own namespace, which has more than lo on any CI machine; where it has only
        // lo the guard lets it through, which is just as safe
        java.util.List<String> c = List.of(System.getProperty("java.home") + "/bin/java", "-cp",
                System.getProperty("java.class.path"), Guarded.class.getName());
        Process p = new ProcessBuilder(c).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        long real = java.util.Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> !i.getName().equals("lo")).count();
        assertThat(p.exitValue()).isEqualTo(real > 0 ? 3 : 0);
        assertThat(out).isEqualTo(real > 0 ? "" : "inside\n");
    }

    @Test
    void anIsolatedChildHasItsOwnRunAndItsOwnProcesses() throws Exception {
        PrivateNetwork.assumeIsolatedAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runIsolated(Duration.ofSeconds(30), List.of("sh", "-c",
                "sleep 317 & echo pid $$; ls /run; ip -o link | wc -l"));
        assertThat(r.exit()).as(r.toString()).isZero();
        // the sleep died with the namespace's first process: the kernel kills a PID namespace's rest with it
        assertThat(r.out()).isEqualTo("pid 1\navahi-daemon\nopenenpc-private-run\n1\n");
        assertThat(PrivateNetwork.PRIVATE_RUN_MARK).doesNotExist();
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").endsWith("sleep 317")))
                .isEmpty();
    }

    @Test
    void theIsolatedGuardRefusesANamespaceWithTheMachinesRun() throws Exception {
        PrivateNetwork.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJava(Duration.ofSeconds(60), Isolated.class);
        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("/run is not a private tmpfs");
    }

    /** Child: the isolated guard only. */
    public static final class Isolated {
        public static void main(String[] args) {
            PrivateNetwork.requireIsolated();
            System.out.println("isolated");
        }
    }

    /** Child: multicast one datagram on lo and receive it. */
    public static final class Echo {
        public static void main(String[] args) throws Exception {
            PrivateNetwork.requireInside();
            System.out.println("interfaces " + java.util.Collections.list(NetworkInterface.getNetworkInterfaces())
                    .stream().map(NetworkInterface::getName).toList());
            InetAddress group = InetAddress.getByName("224.0.0.251");
            NetworkInterface lo = NetworkInterface.getByName("lo");
            try (MulticastSocket s = new MulticastSocket(new InetSocketAddress(5399))) {
                s.setNetworkInterface(lo);
                s.joinGroup(new InetSocketAddress(group, 5399), lo);
                s.setSoTimeout(5000);
                byte[] m = "hello".getBytes(StandardCharsets.US_ASCII);
                s.send(new DatagramPacket(m, m.length, group, 5399));
                DatagramPacket in = new DatagramPacket(new byte[64], 64);
                s.receive(in);
                System.out.println("received " + new String(in.getData(), 0, in.getLength(), StandardCharsets.US_ASCII)
                        + " over 224.0.0.251");
            }
        }
    }

    /** Child: the guard only. */
    public static final class Guarded {
        public static void main(String[] args) {
            PrivateNetwork.requireInside();
            System.out.println("inside");
        }
    }
}
