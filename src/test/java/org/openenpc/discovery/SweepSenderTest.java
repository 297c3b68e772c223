package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openenpc.model.Printer;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.protocol.EnpcRequests;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/** The second sender of a fast sweep (issue 14): real UDP on loopback only. */
class SweepSenderTest {

    @Test
    void itSendsTheProbeAndTheBasicQueryToEachAddressFromItsOwnSocket() throws Exception {
        try (DatagramChannel receiver = DatagramChannel.open()) {
            receiver.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            receiver.socket().setSoTimeout(5_000);
            int port = ((InetSocketAddress) receiver.getLocalAddress()).getPort();
            SweepSender sweep = SweepSender.start(port, "test-sweep");
            int loopback = Ipv4.parseIPv4("127.0.0.1");
            for (int i = 0; i < 50; i++) {
                assertThat(sweep.offer(loopback)).isTrue();
            }
            List<byte[]> got = new ArrayList<>();
            Set<Integer> fromPorts = new HashSet<>();
            ByteBuffer in = ByteBuffer.allocate(2048);
            while (got.size() < 100) {
                in.clear();
                InetSocketAddress from = (InetSocketAddress) receiver.receive(in);
                fromPorts.add(from.getPort());
                in.flip();
                byte[] d = new byte[in.remaining()];
                in.get(d);
                got.add(d);
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!sweep.idle() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(sweep.idle()).isTrue();
            assertThat(sweep.sent()).isEqualTo(100);
            assertThat(fromPorts).containsExactly(((InetSocketAddress) sweep.channel().getLocalAddress()).getPort());
            for (int i = 0; i < 100; i += 2) {
                assertThat(got.get(i)).isEqualTo(EnpcRequests.probe());
                assertThat(got.get(i + 1)).isEqualTo(EnpcRequests.query(EnpcQuery.BASIC_INFO));
            }
            assertThat(sweep.takeProblems()).isEmpty();
            sweep.close();
            assertThat(sweep.channel().isOpen()).isFalse();
            assertThat(sweep.offer(loopback)).as("after close the loop sends itself").isFalse();
        }
    }

    @Test
    void onlyALargeFastSweepOnTwoCoresGetsASecondSender() {
        assertThat(SweepSender.worthIt(65_534, 200_000, 2)).isTrue();
        assertThat(SweepSender.worthIt(65_534, 2_000, 2)).as("the default rate").isFalse();
        assertThat(SweepSender.worthIt(254, 200_000, 2)).as("a /24").isFalse();
        assertThat(SweepSender.worthIt(65_534, 200_000, 1)).as("one core").isFalse();
    }

    @Test
    void aFastSweepWithTwoSendersFindsEveryPrinterWithItsDetailsAndCountsEveryPacket() throws Exception {
        List<PrinterSpec> specs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            specs.add(PrinterSpec.of("127.0." + (200 + i % 8) + "." + (10 + (i * 37) % 240), PrinterProfile.TM_M30));
        }
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(specs).port(0).build())) {
            ScanScope scope = ScanScope.builder().addRange("127.0.192.0/19").port(sim.port()).rate(50_000)
                    .quietTimeout(Duration.ofMillis(500)).build();
            assertThat(SweepSender.worthIt(scope.unicastPlan().size(), scope.rate(), 2))
                    .as("%d targets at %d/s", scope.unicastPlan().size(), scope.rate()).isTrue();
            ScanSummary s = new Scanner(List::of).start(scope, new ScanListener() { }).await();
            assertThat(s.printers()).extracting(Printer::ip)
                    .containsExactlyInAnyOrderElementsOf(specs.stream().map(p -> p.ip().getHostAddress()).toList());
            assertThat(s.printers()).allSatisfy(p -> {
                assertThat(p.mac()).isNotNull();
                assertThat(p.model()).isEqualTo("TM-m30");
            });
            assertThat(s.warnings()).isEmpty();
            // Both datagrams of every target, whichever thread sent them, plus the follow-ups.
            assertThat(s.progress().packetsSent()).isGreaterThanOrEqualTo(2L * 8_190);
        }
    }
}
