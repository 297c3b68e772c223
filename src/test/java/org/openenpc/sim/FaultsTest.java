package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.EnpcCodec;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.protocol.EnpcReply;
import org.openenpc.protocol.EnpcRequests;
import org.openenpc.protocol.Hex;

class FaultsTest {

    /** Sends {@code requests} Q 03-0000 to one printer, in batches the socket buffers can hold; returns all replies. */
    private static List<byte[]> run(Faults faults, long seed, int requests) throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().base("127.0.20.1").port(0).seed(seed).faults(faults).build();
        try (Simulator sim = Simulator.start(config); TestClient client = new TestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            for (int sent = 0; sent < requests; ) {
                int batch = Math.min(50, requests - sent);
                for (int i = 0; i < batch; i++) {
                    client.send(EnpcRequests.query(EnpcQuery.BASIC_INFO), p);
                }
                sent += batch;
                int target = sent;
                await().pollInterval(Duration.ofMillis(2)).atMost(Duration.ofSeconds(5))
                        .until(() -> sim.counters().received() == target);
            }
            int expected = (int) sim.counters().repliesSent();
            List<byte[]> replies = new ArrayList<>();
            client.receive(expected, Duration.ofSeconds(5)).forEach(r -> replies.add(r.data()));
            assertThat(replies).hasSize(expected);
            return replies;
        }
    }

    @Test
    void probabilitiesAndDurationsAreValidated() {
        assertThatThrownBy(() -> Faults.builder().requestLoss(1.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("request loss must be a probability between 0 and 1, not 1.5");
        assertThatThrownBy(() -> Faults.builder().malformed(Double.NaN).build()).hasMessageContaining("malformed share");
        assertThatThrownBy(() -> Faults.builder().silentShare(-0.1).build()).hasMessageContaining("silent share");
        assertThatThrownBy(() -> Faults.builder().delay(Duration.ofMillis(-1)).build()).hasMessageContaining("delay");
    }

    @Test
    void replyLossIsRoughlyItsProbability() throws Exception {
        List<byte[]> replies = run(Faults.builder().replyLoss(0.5).build(), 3, 400);
        assertThat(replies.size()).isBetween(120, 280);
    }

    @Test
    void theSameSeedReplaysTheSameFaults() throws Exception {
        Faults f = Faults.builder().requestLoss(0.1).replyLoss(0.3).duplicate(0.2).malformed(0.2).build();
        List<String> first = run(f, 42, 300).stream().map(Hex::of).toList();
        List<String> second = run(f, 42, 300).stream().map(Hex::of).toList();
        assertThat(second).isEqualTo(first);
        assertThat(first.size()).isBetween(150, 280);
    }

    @Test
    void duplicatesArriveTwice() throws Exception {
        List<byte[]> replies = run(Faults.builder().duplicate(1.0).build(), 1, 50);
        assertThat(replies).hasSize(100);
        for (int i = 0; i < 100; i += 2) {
            assertThat(replies.get(i)).isEqualTo(replies.get(i + 1));
        }
    }

    @Test
    void malformedRepliesAreAllRejectedByTheCodec() throws Exception {
        List<byte[]> replies = run(Faults.builder().malformed(1.0).build(), 5, 200);
        assertThat(replies).hasSize(200);
        List<String> reasons = replies.stream().map(EnpcCodec::decode)
                .map(r -> assertThat(r).isInstanceOf(EnpcReply.Malformed.class).actual())
                .map(r -> ((EnpcReply.Malformed) r).reason()).toList();
        assertThat(reasons).anyMatch(r -> r.contains("shorter than"))
                .anyMatch(r -> r.contains("length field says"))
                .anyMatch(r -> r.contains("does not start with"));
    }

    @Test
    void aShareOfRepliesIsMalformed() throws Exception {
        long malformed = run(Faults.builder().malformed(0.3).build(), 9, 300).stream()
                .filter(b -> EnpcCodec.decode(b) instanceof EnpcReply.Malformed).count();
        assertThat(malformed).isBetween(45L, 135L);
    }

    @Test
    void everyMalformedVariantFailsToDecode() {
        SplittableRandom r = new SplittableRandom(11);
        byte[][] replies = {
            CapturedReplies.bytes(CapturedReplies.BASIC_INFO_TM_T88V),
            CapturedReplies.bytes(CapturedReplies.UNSUPPORTED_TM_T88V),
            CapturedReplies.bytes(CapturedReplies.NETWORK_CONFIG_TM_M30),
        };
        for (int i = 0; i < 20_000; i++) {
            byte[] bad = Malformer.malform(r, replies[i % replies.length]);
            assertThat(EnpcCodec.decode(bad)).as(Hex.of(bad)).isInstanceOf(EnpcReply.Malformed.class);
        }
    }

    @Test
    void silentShareSilencesTheSamePrintersForASeed() throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().count(40).base("127.0.21.1").port(0).seed(8)
                .faults(Faults.builder().silentShare(0.25).build()).build();
        List<Integer> silent = new Simulator(config).printers().stream().filter(SimulatedPrinter::silent)
                .map(SimulatedPrinter::index).toList();
        assertThat(silent).hasSize(10);
        try (Simulator sim = Simulator.start(config); TestClient client = new TestClient()) {
            assertThat(sim.printers().stream().filter(SimulatedPrinter::silent).map(SimulatedPrinter::index).toList())
                    .isEqualTo(silent);
            client.send(EnpcRequests.probe(), sim.broadcastAddress());
            assertThat(client.receive(40, Duration.ofSeconds(1))).hasSize(30);
        }
    }

    @Test
    void delayAndJitterHoldRepliesBack() throws Exception {
        Faults f = Faults.builder().delay(Duration.ofMillis(150)).jitter(Duration.ofMillis(50)).build();
        SimulatorConfig config = SimulatorConfig.builder().count(5).base("127.0.22.1").port(0).faults(f).build();
        try (Simulator sim = Simulator.start(config); TestClient client = new TestClient()) {
            long t0 = System.nanoTime();
            client.send(EnpcRequests.probe(), sim.broadcastAddress());
            assertThat(client.receive(Duration.ofMillis(100))).isNull();
            assertThat(client.receive(5, Duration.ofSeconds(3))).hasSize(5);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }
}
