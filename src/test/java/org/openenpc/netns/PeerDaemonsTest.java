package org.openenpc.netns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openenpc.netns.PeerDaemons.Printer;
import org.openenpc.netns.PeerDaemons.Run;

/**
 * Independent third-party peers, each in its own isolated namespace ({@link PrivateNetwork#runIsolated}): CUPS's
 * ippeveprinter advertised by avahi-daemon and found by avahi-browse and ippfind, its supplies set through its web
 * form and read back with ipptool, and a plain JmDNS advertisement (our side) seen by avahi's and CUPS's clients,
 * with JmDNS and avahi-daemon sharing port 5353. Each child prints labelled lines that the test checks.
 */
class PeerDaemonsTest {

    /** Each child stays well under this (its waits are bounded by {@link PeerDaemons#WAIT} each): 4 to 16 s here. */
    static final Duration CHILD = Duration.ofSeconds(60);
    static final int PORT = 8631;

    @Test
    void aMissingProgramIsNamedWithItsPackage() {
        Map<String, String> programs = new LinkedHashMap<>(PeerDaemons.PROGRAMS);
        programs.put("openenpc-no-such-peer", "openenpc-peer-package");
        // on a machine without the peers the others are listed too, each with its package
        assertThat(PeerDaemons.missing(programs)).hasValueSatisfying(m -> assertThat(m)
                .endsWith("openenpc-no-such-peer (package openenpc-peer-package)"));
        assertThat(PeerDaemons.PROGRAMS).containsEntry("ippeveprinter", "cups-ipp-utils")
                .containsEntry("avahi-browse", "avahi-utils").containsEntry("avahi-daemon", "avahi-daemon");
    }

    @Test
    void ippeverprinterIsFoundByAvahiBrowseAndIppfindAndReadByIpptool() throws Exception {
        PeerDaemons.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJavaIsolated(CHILD, Everywhere.class);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString())
                .contains("browsed Test Printer|openenpc-peers.local|127.0.0.1|" + PORT + "|rp=ipp/print|ty=Example Model")
                .contains("ippfind ipp://openenpc-peers.local:" + PORT + "/ipp/print")
                .contains("printer-state (enum) = idle")
                .containsPattern("printer-supply \\(1setOf octetString\\) = .*type=toner;.*level=75;");
    }

    @Test
    void suppliesSetThroughTheWebFormAreReadBackByIpptool() throws Exception {
        PeerDaemons.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJavaIsolated(CHILD, Supplies.class);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString())
                .containsPattern("before .*type=wasteToner;.*level=25;.*type=toner;.*level=75;")
                .containsPattern("after .*type=wasteToner;.*level=10;.*type=toner;.*level=5;")
                .contains("reasons printer-state-reasons (keyword) = toner-low-report");
    }

    @Test
    void aJmdnsAdvertisementIsFoundByAvahiBrowseAndIppfindWhileBothHoldPort5353() throws Exception {
        PeerDaemons.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJavaIsolated(CHILD, Jmdns.class);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString())
                .contains("browsed OpenENPC Test Printer|sim.local|127.0.0.1|631|rp=ipp/print|ty=OpenENPC Simulator")
                .contains("ippfind ipp://sim.local:631/ipp/print")
                .contains("jmdns resolved Avahi Peer|9631|rp=ipp/avahi")
                .containsPattern("udp5353 .*avahi-daemon")
                .containsPattern("udp5353 .*java");
    }

    /** Child: ippeveprinter, found and read. */
    public static final class Everywhere {
        public static void main(String[] args) throws Exception {
            try (PeerDaemons d = PeerDaemons.start()) {
                Printer p = d.startPrinter("Test Printer", PORT);
                printBrowsed(d);
                printIppfind(d);
                d.lines(p.attributes(), "printer-state ", "printer-supply ").forEach(System.out::println);
            }
        }
    }

    /** Child: ippeveprinter's supplies before and after the web form sets them. */
    public static final class Supplies {
        public static void main(String[] args) throws Exception {
            try (PeerDaemons d = PeerDaemons.start()) {
                Printer p = d.startPrinter("Test Printer", PORT);
                d.lines(p.attributes(), "printer-supply ").forEach(l -> System.out.println("before " + l));
                p.setSupplies(10, 5);
                Run after = p.attributes();
                d.lines(after, "printer-supply ").forEach(l -> System.out.println("after " + l));
                d.lines(after, "printer-state-reasons ").forEach(l -> System.out.println("reasons " + l));
            }
        }
    }

    /**
     * Child: JmDNS (plain library calls, as our simulator's advertiser will make them) advertises a printer on
     * 127.0.0.1, and resolves one that avahi-publish advertises through the same avahi-daemon: both directions
     * work only while both hold UDP 5353 (JmDNS's MulticastSocket and avahi both set SO_REUSEADDR).
     */
    public static final class Jmdns {
        public static void main(String[] args) throws Exception {
            try (PeerDaemons d = PeerDaemons.start();
                    JmDNS jmdns = JmDNS.create(InetAddress.getByName("127.0.0.1"), "sim")) {
                jmdns.registerService(ServiceInfo.create("_ipp._tcp.local.", "OpenENPC Test Printer", 631, 0, 0,
                        Map.of("rp", "ipp/print", "ty", "OpenENPC Simulator", "UUID",
                                "4f1e3a52-0e7d-4a3c-9d2b-6c0f5a1b2c3d")));
                Awaitility.await("avahi-browse resolving the JmDNS advertisement").atMost(PeerDaemons.WAIT)
                        .pollInterval(Duration.ofMillis(200)).until(() -> d.browse("_ipp._tcp").stream()
                                .anyMatch(s -> s.name().equals("OpenENPC Test Printer")));
                printBrowsed(d);
                printIppfind(d);
                d.publish("Avahi Peer", "_ipp._tcp", 9631, "rp=ipp/avahi");
                // getServiceInfo queries a few times and then only waits: asked again until avahi's answer is in
                ServiceInfo peer = Awaitility.await("JmDNS resolving avahi-publish's service")
                        .atMost(PeerDaemons.WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                        .until(() -> jmdns.getServiceInfo("_ipp._tcp.local.", "Avahi Peer", 1000), i -> i != null);
                System.out.println("jmdns resolved " + peer.getName() + "|" + peer.getPort() + "|rp="
                        + peer.getPropertyString("rp"));
                ProcSockets.udp(5353).forEach(s -> System.out.println("udp5353 " + s));
            }
        }
    }

    static void printBrowsed(PeerDaemons d) throws Exception {
        for (AvahiService s : d.browse("_ipp._tcp")) {
            System.out.println("browsed " + s.name() + "|" + s.host() + "|" + s.address() + "|" + s.port() + "|rp="
                    + s.txt().get("rp") + "|ty=" + s.txt().get("ty"));
        }
    }

    static void printIppfind(PeerDaemons d) throws Exception {
        Run f = d.exec(PeerDaemons.WAIT, "ippfind", "_ipp._tcp", "-T", "5");
        System.out.println("ippfind exit " + f.exit());
        for (String l : List.of(f.out().split("\n"))) {
            System.out.println("ippfind " + l);
        }
    }
}
