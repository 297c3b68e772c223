package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.EnpcCodec;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.protocol.EnpcReply;
import org.openenpc.protocol.EnpcRequests;
import org.openenpc.protocol.Vectors;

class SimulatorTest {

    private static Simulator start(SimulatorConfig.Builder b) throws Exception {
        return Simulator.start(b.port(0).build());
    }

    @Test
    void aMovedPrinterKeepsItsMacAlsoWhenItWasDerivedFromTheOldAddress() {
        PrinterSpec before = PrinterSpec.of("127.0.44.20", PrinterProfile.INKJET);
        PrinterSpec after = before.movedTo("127.0.44.40");
        assertThat(after.ip().getHostAddress()).isEqualTo("127.0.44.40");
        assertThat(after.mac()).isEqualTo(SimulatedPrinter.macFor(before.ip()));
        byte[] pinned = {0x00, 0x26, (byte) 0xab, 1, 2, 3};
        assertThat(before.withMac(pinned).movedTo("127.0.44.41").mac()).isEqualTo(pinned);
    }

    @Test
    void tmT88vAnswersWithTheCapturedBytes() throws Exception {
        try (Simulator sim = start(SimulatorConfig.builder().count(3).base("127.0.1.1").profile(PrinterProfile.TM_T88V));
             TestClient client = new TestClient()) {
            SimulatedPrinter p = sim.printer("127.0.1.2").orElseThrow();
            assertThat(client.ask(EnpcRequests.query(EnpcQuery.BASIC_INFO), p))
                    .isEqualTo(Vectors.load("reply-q03-0000-basic-tm-t88v.hex"));
            assertThat(client.ask(EnpcRequests.query(EnpcQuery.STATUS), p))
                    .isEqualTo(Vectors.load("reply-q03-0010-status-tm-t88v.hex"));
            assertThat(client.ask(EnpcRequests.query(EnpcQuery.HOLDER), p))
                    .isEqualTo(Vectors.load("reply-q03-0017-holder-tm-t88v.hex"));
            assertThat(client.ask(EnpcRequests.packet('Q', 0x03, 0x00, 0x0131, 0, new byte[0]), p))
                    .isEqualTo(Vectors.load("reply-q03-0131-unsupported-tm-t88v.hex"));
        }
    }

    @Test
    void networkConfigCarriesThePrintersOwnSettings() throws Exception {
        PrinterSpec spec = PrinterSpec.of("127.0.2.7", PrinterProfile.TM_M30)
                .withNetwork(Loopback.parse("255.255.255.0"), Loopback.parse("127.0.2.254"));
        try (Simulator sim = start(SimulatorConfig.builder().printers(List.of(spec)));
             TestClient client = new TestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            EnpcReply r = EnpcCodec.decode(client.ask(EnpcRequests.query(EnpcQuery.NETWORK_CONFIG), p));
            assertThat(r).isInstanceOfSatisfying(EnpcReply.NetworkConfig.class, n -> {
                assertThat(n.ip()).isEqualTo("127.0.2.7");
                assertThat(n.mac()).isEqualTo("64:eb:8c:00:02:07").isEqualTo(p.macText());
                assertThat(n.mask()).isEqualTo("255.255.255.0");
                assertThat(n.gateway()).isEqualTo("127.0.2.254");
            });
        }
    }

    @Test
    void statusChangesShowInTheAsbBytes() throws Exception {
        try (Simulator sim = start(SimulatorConfig.builder().base("127.0.3.1"));
             TestClient client = new TestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            p.setStatus(SimStatus.IDLE.withCoverOpen(true));
            EnpcReply.TmStatus s = (EnpcReply.TmStatus) EnpcCodec.decode(client.ask(EnpcRequests.query(EnpcQuery.STATUS), p));
            assertThat(s.asb().coverOpen()).isTrue();
            assertThat(s.asb().paperEnd()).isFalse();
            p.setStatus(SimStatus.IDLE.withPaperEnd(true));
            s = (EnpcReply.TmStatus) EnpcCodec.decode(client.ask(EnpcRequests.query(EnpcQuery.STATUS), p));
            assertThat(s.asb().coverOpen()).isFalse();
            assertThat(s.asb().paperEnd()).isTrue();
            assertThat(s.asb().hex()).isEqualTo("14 00 0c 0f");
        }
    }

    @Test
    void aBroadcastIsAnsweredByEveryPrinterFromItsOwnAddress() throws Exception {
        try (Simulator sim = start(SimulatorConfig.builder().count(20).base("127.0.4.1").profiles(Profiles.MIX));
             TestClient client = new TestClient()) {
            client.send(EnpcRequests.probe(), sim.broadcastAddress());
            List<TestClient.Received> replies = client.receive(20, Duration.ofSeconds(5));
            assertThat(replies).hasSize(20);
            Set<InetSocketAddress> sources = replies.stream().map(TestClient.Received::from).collect(Collectors.toSet());
            Set<InetSocketAddress> printers = sim.printers().stream()
                    .map(p -> new InetSocketAddress(p.ip(), sim.port())).collect(Collectors.toSet());
            assertThat(sources).isEqualTo(printers);
            assertThat(replies).allSatisfy(r -> assertThat(EnpcCodec.decode(r.data())).isInstanceOf(EnpcReply.NicInfo.class));
            assertThat(replies.stream().filter(r -> r.data().length == 76)).hasSize(2); // two scanners in the mix
        }
    }

    @Test
    void theProbeReplyLetterIsConfigurable() throws Exception {
        try (Simulator sim = start(SimulatorConfig.builder().base("127.0.10.1").probeReplyLetter('q'));
             TestClient client = new TestClient()) {
            byte[] reply = client.ask(EnpcRequests.probe(), sim.printers().get(0));
            assertThat((char) reply[5]).isEqualTo('q');
            assertThat(EnpcCodec.decode(reply)).isInstanceOf(EnpcReply.NicInfo.class);
        }
    }

    @Test
    void unusedAddressesAndJunkGetNoReply() throws Exception {
        try (Simulator sim = start(SimulatorConfig.builder().count(3).base("127.0.5.1"));
             TestClient client = new TestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            client.send(EnpcRequests.probe(), new InetSocketAddress("127.0.5.9", sim.port()));
            client.send("GET / HTTP/1.0\r\n\r\n".getBytes(), p);
            client.send("EPSON".getBytes(), p);
            // Datagrams on one path are served in order: the first reply must answer this last request.
            byte[] reply = client.ask(EnpcRequests.query(EnpcQuery.BASIC_INFO), p);
            assertThat(EnpcCodec.decode(reply)).isInstanceOf(EnpcReply.BasicInfo.class);
            await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
                assertThat(sim.counters().ignored()).isEqualTo(2);
                assertThat(sim.counters().repliesSent()).isEqualTo(1);
            });
            assertThat(client.receive(Duration.ofMillis(200))).isNull();
        }
    }

    @Test
    void silentAndSlowPrinters() throws Exception {
        List<PrinterSpec> specs = List.of(
                PrinterSpec.of("127.0.6.1", PrinterProfile.TM_T88V).withSilent(true),
                PrinterSpec.of("127.0.6.2", PrinterProfile.TM_M30).withExtraDelay(Duration.ofMillis(300)),
                PrinterSpec.of("127.0.6.3", PrinterProfile.TM_M30II));
        try (Simulator sim = start(SimulatorConfig.builder().printers(specs));
             TestClient client = new TestClient()) {
            long t0 = System.nanoTime();
            client.send(EnpcRequests.query(EnpcQuery.BASIC_INFO), sim.broadcastAddress());
            List<TestClient.Received> replies = client.receive(2, Duration.ofSeconds(5));
            assertThat(replies).extracting(r -> r.from().getAddress().getHostAddress())
                    .containsExactly("127.0.6.3", "127.0.6.2");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            await().atMost(Duration.ofSeconds(2)).until(() -> sim.counters().dropped() == 1);
        }
    }

    @Test
    void theSimulatorNeverLeavesLoopback() {
        assertThatThrownBy(() -> SimulatorConfig.builder().base("203.0.113.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 127.0.0.0/8");
        assertThatThrownBy(() -> PrinterSpec.of("198.51.100.20", PrinterProfile.TM_M30))
                .hasMessageContaining("outside 127.0.0.0/8");
        assertThatThrownBy(() -> PrinterSpec.of("127.0.1.255", PrinterProfile.TM_M30)).hasMessageContaining(".255");
        assertThatThrownBy(() -> SimulatorConfig.builder().base("127.255.255.250").count(10).build())
                .hasMessageContaining("loopback addresses remain");
        assertThatThrownBy(() -> SimulatorConfig.builder().base("printer.example")).hasMessageContaining("not an IPv4");
    }

    @Test
    void addressRangesSkipNetworkAndBroadcastOctets() {
        List<PrinterSpec> specs = SimulatorConfig.range(3, Loopback.parse("127.0.7.254"), Profiles.MIX);
        assertThat(specs).extracting(s -> s.ip().getHostAddress()).containsExactly("127.0.7.254", "127.0.8.1", "127.0.8.2");
        assertThat(specs).extracting(PrinterSpec::profile)
                .containsExactly(PrinterProfile.TM_T88V, PrinterProfile.TM_M30, PrinterProfile.TM_M30II);
    }

    @Test
    void closeReleasesEverySocketAndStopsTheThread() throws Exception {
        Simulator sim = start(SimulatorConfig.builder().count(5).base("127.0.9.1"));
        int port = sim.port();
        assertThat(threadNamed("enpc-sim")).isTrue();
        sim.close();
        assertThat(sim.running()).isFalse();
        for (SimulatedPrinter p : sim.printers()) {
            try (DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET)) {
                ch.bind(new InetSocketAddress(p.ip(), port));
            }
        }
        try (DatagramChannel ch = DatagramChannel.open()) {
            ch.bind(new InetSocketAddress(Loopback.BROADCAST, port));
        }
        sim.close(); // idempotent
    }

    @Test
    void twoThousandPrintersAnswerOneBroadcast() throws Exception {
        try (Simulator sim = start(SimulatorConfig.builder().count(2000).base("127.1.0.1").profiles(Profiles.MIX));
             TestClient client = new TestClient()) {
            client.send(EnpcRequests.probe(), sim.broadcastAddress());
            List<TestClient.Received> replies = client.receive(2000, Duration.ofSeconds(10));
            assertThat(replies).hasSize(2000);
            assertThat(replies.stream().map(TestClient.Received::from).distinct()).hasSize(2000);
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.counters().repliesSent() == 2000);
        }
    }

    private static boolean threadNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isDaemon());
    }
}
