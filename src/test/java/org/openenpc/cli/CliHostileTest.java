package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.openenpc.sim.HostileResponder;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/** Issue 10 through the command line: hostile responders of our own on loopback. */
class CliHostileTest {

    @Test
    void statusPrintsOnlyTheAskedAddressEvenWhenAnotherAnswersForIt() throws Exception {
        try (Simulator sim = Simulator.start(SimulatorConfig.builder()
                .printers(List.of(PrinterSpec.of("127.0.172.1", PrinterProfile.TM_M30))).port(HostileResponder.freePort())
                .build());
             HostileResponder reflector = HostileResponder.reflector(sim.port(), "127.0.172.5", "127.0.172.77")) {
            CliErrorsTest.Result r = CliErrorsTest.run("status", "127.0.172.5", "--port", "" + sim.port(),
                    "--timeout", "300", "--retries", "1", "--no-snmp");

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).doesNotContain("127.0.172.77");
            assertThat(r.err()).startsWith("openenpc: no ENPC reply from 127.0.172.5");
            assertThat(reflector.receivedAt("127.0.172.77")).isEmpty();
        }
    }

    @Test
    void maxTimeStopsAScanThatAlwaysHasNewsAndSaysSo() throws Exception {
        List<String> sources = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            sources.add("127.0.173." + i);
        }
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().count(2).base("127.0.174.1")
                .port(HostileResponder.freePort()).build());
             HostileResponder trickle = HostileResponder.trickle(sim.port(), sources, 20)) {
            long start = System.nanoTime();
            CliErrorsTest.Result r = CliErrorsTest.run("scan", "--broadcast", "127.255.255.255", "--port",
                    "" + sim.port(), "--max-time", "1.2", "--format", "json", "--no-progress", "--no-snmp");
            long ms = (System.nanoTime() - start) / 1_000_000;

            assertThat(r.code()).isZero();
            assertThat(ms).isBetween(1_150L, 4_000L);
            assertThat(r.err()).contains("openenpc: warning: Stopped at the scan's deadline of 1.2 s (--max-time)");
            JsonNode arr = new ObjectMapper().readTree(r.out());
            assertThat(arr.size()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aBadMaxTimeIsOneSentence() {
        CliErrorsTest.Result r = CliErrorsTest.run("scan", "--broadcast", "127.255.255.255", "--max-time", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--max-time 0.0 is out of range; use 0.1–86400 seconds.")
                .doesNotContain("Exception");
    }

    @Test
    void helpStatesHowTheDeadlineIsDerived() {
        CliErrorsTest.Result r = CliErrorsTest.run("scan", "--help");
        assertThat(r.out()).contains("--max-time").contains("2 × (retries + 1) discovery rounds")
                .contains("about 33 s plus 16 ms per printer");
    }

    @Test
    void aJsonScanFlagsTwoPrintersWithOneMac() throws Exception {
        byte[] clone = {0x64, (byte) 0xeb, (byte) 0x8c, 0x07, 0x07, 0x07};
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(List.of(
                PrinterSpec.of("127.0.175.1", PrinterProfile.TM_M30).withMac(clone),
                PrinterSpec.of("127.0.175.2", PrinterProfile.TM_M30).withMac(clone))).port(0).build())) {
            CliErrorsTest.Result r = CliErrorsTest.run("scan", "--range", "127.0.175.1-2", "--port", "" + sim.port(),
                    "--timeout", "300", "--format", "json", "--no-progress", "--no-snmp");

            JsonNode arr = new ObjectMapper().readTree(r.out());
            assertThat(arr.size()).isEqualTo(2);
            for (JsonNode p : arr) {
                assertThat(p.get("mac").asText()).isEqualTo("64:eb:8c:07:07:07");
                assertThat(p.get("duplicateMac").asBoolean()).isTrue();
            }
        }
    }
}
