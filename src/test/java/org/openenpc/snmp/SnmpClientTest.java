package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/** {@link SnmpClient} against {@link LoopbackAgent} on 127.0.0.1: GET, GETNEXT, walks, timeouts, liars. */
class SnmpClientTest {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final String TABLE = "1.3.6.1.2.1.43.11.1.1";

    private LoopbackAgent agent;
    private SnmpClient client;

    @BeforeEach
    void start() throws IOException {
        agent = new LoopbackAgent()
                .put(PrinterOids.SYS_DESCR, new OctetString("EPSON ET-2850 Series"))
                .put(PrinterOids.SYS_NAME, new OctetString("office"))
                .put("1.3.6.1.2.1.43.5.1.1.16.1", new OctetString("after-table-scalar"));
        for (int row = 1; row <= 30; row++) {
            agent.put(TABLE + ".9.1." + row, new Integer32(row));
        }
        agent.put("1.3.6.1.2.1.43.11.1.2.1", new Integer32(999)); // just past the subtree
        client = SnmpClient.open(LOOPBACK);
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        agent.close();
    }

    SnmpSettings settings(SnmpSettings.Version v) {
        return SnmpSettings.defaults().withPort(agent.port()).withVersion(v).withTimeout(Duration.ofMillis(500));
    }

    static SnmpOutcome.Answered answered(CompletableFuture<SnmpOutcome> f) throws Exception {
        SnmpOutcome o = f.get(10, TimeUnit.SECONDS);
        assertThat(o).isInstanceOf(SnmpOutcome.Answered.class);
        return (SnmpOutcome.Answered) o;
    }

    @ParameterizedTest
    @EnumSource(SnmpSettings.Version.class)
    void getSeveralObjectsMissingOnesAreNotReported(SnmpSettings.Version v) throws Exception {
        SnmpOutcome.Answered a = answered(client.get(LOOPBACK, settings(v),
                List.of(PrinterOids.SYS_DESCR, PrinterOids.SYS_CONTACT, PrinterOids.SYS_NAME)));
        assertThat(a.get(PrinterOids.SYS_DESCR)).hasToString("EPSON ET-2850 Series");
        assertThat(a.get(PrinterOids.SYS_NAME)).hasToString("office");
        assertThat(a.get(PrinterOids.SYS_CONTACT)).isNull();
        assertThat(a.values()).hasSize(2);
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void v1MissingObjectCostsOneMoreRequestButNoError() throws Exception {
        int before = agent.requests();
        answered(client.get(LOOPBACK, settings(SnmpSettings.Version.V1),
                List.of(PrinterOids.SYS_CONTACT, PrinterOids.SYS_DESCR)));
        assertThat(agent.requests() - before).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(SnmpSettings.Version.class)
    void getNextAnswersTheFollowingObject(SnmpSettings.Version v) throws Exception {
        SnmpOutcome.Answered a = answered(client.getNext(LOOPBACK, settings(v), List.of(TABLE + ".9.1.29")));
        assertThat(a.values()).containsOnlyKeys(new OID(TABLE + ".9.1.30"));
    }

    @ParameterizedTest
    @EnumSource(SnmpSettings.Version.class)
    void getNextPastTheEndIsEmpty(SnmpSettings.Version v) throws Exception {
        SnmpOutcome.Answered a = answered(client.getNext(LOOPBACK, settings(v), List.of("1.3.6.1.2.1.99")));
        assertThat(a.values()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SnmpSettings.Version.class)
    void walkReturnsTheWholeSubtreeInOrderAndStopsAtItsEnd(SnmpSettings.Version v) throws Exception {
        SnmpOutcome.Answered a = answered(client.walk(LOOPBACK, settings(v), TABLE, 500));
        List<Integer> rows = new ArrayList<>();
        a.values().values().forEach(x -> rows.add(x.toInt()));
        assertThat(rows).hasSize(30).isSorted().startsWith(1).endsWith(30);
        assertThat(a.values().keySet()).allMatch(o -> o.startsWith(new OID(TABLE)));
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void walkOfTheLastSubtreeEndsAtEndOfMibView() throws Exception {
        SnmpOutcome.Answered a = answered(client.walk(LOOPBACK, settings(SnmpSettings.Version.V2C),
                "1.3.6.1.2.1.43.11.1.2", 500));
        assertThat(a.values()).hasSize(1);
        SnmpOutcome.Answered v1 = answered(client.walk(LOOPBACK, settings(SnmpSettings.Version.V1),
                "1.3.6.1.2.1.43.11.1.2", 500));
        assertThat(v1.values()).hasSize(1);
    }

    @Test
    void walkOfAnEmptySubtreeIsAnEmptyAnswer() throws Exception {
        SnmpOutcome.Answered a = answered(client.walk(LOOPBACK, settings(SnmpSettings.Version.V2C),
                "1.3.6.1.2.1.43.18.1.1", 500));
        assertThat(a.values()).isEmpty();
        assertThat(a.problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SnmpSettings.Version.class)
    void walkIsBoundedByTheObjectLimit(SnmpSettings.Version v) throws Exception {
        SnmpOutcome.Answered a = answered(client.walk(LOOPBACK, settings(v), TABLE, 7));
        assertThat(a.values()).hasSize(7);
        assertThat(a.problems()).containsExactly("the walk of " + TABLE + " stopped after 7 objects");
    }

    @ParameterizedTest
    @EnumSource(SnmpSettings.Version.class)
    void lyingAgentWithNonIncreasingOidsCannotLoopTheWalk(SnmpSettings.Version v) throws Exception {
        try (LoopbackAgent liar = new LoopbackAgent().put(TABLE + ".9.1.1", new Integer32(1))
                .put(TABLE + ".9.1.2", new Integer32(2)).mode(LoopbackAgent.Mode.LYING)) {
            SnmpSettings s = settings(v).withPort(liar.port());
            SnmpOutcome.Answered a = answered(client.walk(LOOPBACK, s, TABLE, 10_000));
            assertThat(a.values()).containsOnlyKeys(new OID(TABLE + ".9.1.1"));
            assertThat(a.problems()).singleElement().asString().contains("does not increase");
            assertThat(liar.requests()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void silentAgentTimesOutQuicklyAfterEveryRetry() throws Exception {
        agent.mode(LoopbackAgent.Mode.SILENT);
        SnmpSettings s = settings(SnmpSettings.Version.V2C).withTimeout(Duration.ofMillis(100)).withRetries(2);
        long t0 = System.nanoTime();
        SnmpOutcome o = client.get(LOOPBACK, s, List.of(PrinterOids.SYS_DESCR)).get(5, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(o).isEqualTo(new SnmpOutcome.TimedOut("no SNMP answer from 127.0.0.1 within 100 ms ×3"));
        assertThat(ms).isBetween(250L, 3000L);
        assertThat(agent.requests()).isEqualTo(3);
        assertThat(client.walk(LOOPBACK, s, TABLE, 10).get(5, TimeUnit.SECONDS))
                .isInstanceOf(SnmpOutcome.TimedOut.class);
    }

    @Test
    void wrongCommunityLooksLikeSilence() throws Exception {
        SnmpSettings s = settings(SnmpSettings.Version.V2C).withCommunity("private").withRetries(0)
                .withTimeout(Duration.ofMillis(100));
        assertThat(client.get(LOOPBACK, s, List.of(PrinterOids.SYS_DESCR)).get(5, TimeUnit.SECONDS))
                .isInstanceOf(SnmpOutcome.TimedOut.class);
    }

    @Test
    void aSilentPrinterDoesNotHoldUpTheOthers() throws Exception {
        try (LoopbackAgent silent = new LoopbackAgent().mode(LoopbackAgent.Mode.SILENT)) {
            SnmpSettings slow = settings(SnmpSettings.Version.V2C).withPort(silent.port())
                    .withTimeout(Duration.ofSeconds(3)).withRetries(0);
            CompletableFuture<SnmpOutcome> stuck = client.get(LOOPBACK, slow, List.of(PrinterOids.SYS_DESCR));
            long t0 = System.nanoTime();
            List<CompletableFuture<SnmpOutcome>> quick = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                quick.add(client.get(LOOPBACK, settings(SnmpSettings.Version.V2C), List.of(PrinterOids.SYS_NAME)));
            }
            for (CompletableFuture<SnmpOutcome> f : quick) {
                assertThat(answered(f).get(PrinterOids.SYS_NAME)).hasToString("office");
            }
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2500);
            assertThat(stuck).isNotDone();
        }
    }

    @Test
    void closingCompletesWaitingRequests() throws Exception {
        agent.mode(LoopbackAgent.Mode.SILENT);
        CompletableFuture<SnmpOutcome> f = client.get(LOOPBACK,
                settings(SnmpSettings.Version.V2C).withTimeout(Duration.ofSeconds(30)), List.of(PrinterOids.SYS_DESCR));
        client.close();
        assertThat(f.get(5, TimeUnit.SECONDS)).isInstanceOf(SnmpOutcome.Failed.class);
    }
}
