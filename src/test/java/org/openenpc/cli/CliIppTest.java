package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/** {@code status} and {@code scan} with IPP, against the simulator's IPP over loopback, as a user runs them. */
class CliIppTest {

    private static Simulator sim(String net) throws Exception {
        return Simulator.start(SimulatorConfig.builder().printers(List.of(
                PrinterSpec.of(net + ".1", PrinterProfile.INKJET),
                PrinterSpec.of(net + ".2", PrinterProfile.IPP_LASER))).port(0).snmpPort(0).ippPort(0).build());
    }

    private static String[] ports(Simulator sim, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--port", String.valueOf(sim.port()), "--snmp-port", String.valueOf(sim.snmpPort()),
                "--ipp-port", String.valueOf(sim.ippPort()), "--timeout", "300"));
        return all.toArray(String[]::new);
    }

    @Test
    void statusShowsTheIppSectionBesideEnpcAndSnmp() throws Exception {
        try (Simulator sim = sim("127.0.97")) {
            CliErrorsTest.Result r = CliErrorsTest.run(ports(sim, "status", "127.0.97.1"));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("\nIPP\n", "Make and model     EPSON ET-2850 Series", "State              idle",
                    "  Attributes (", "printer-uuid (uri): urn:uuid:");
            assertThat(r.out()).containsPattern("(?m)^  ENPC +answered$").containsPattern("(?m)^  SNMP +answered$")
                    .containsPattern("(?m)^  IPP +answered$");
        }
    }

    @Test
    void anIppOnlyPrinterAnswersStatusWithItsStateAndSuppliesAndSaysEnpcDidNot() throws Exception {
        try (Simulator sim = sim("127.0.98")) {
            sim.at("127.0.98.2").raise(SimError.PAPER_JAM);
            CliErrorsTest.Result r = CliErrorsTest.run(ports(sim, "status", "127.0.98.2", "--retries", "0",
                    "--format", "json"));
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode j = new ObjectMapper().readTree(r.out());
            assertThat(j.get("answered").get("ipp").asBoolean()).isTrue();
            assertThat(j.get("answered").get("enpc").asBoolean()).isFalse();
            assertThat(j.get("printerStatus").asText()).isEqualTo("stopped");
            assertThat(j.get("errors").toString()).contains("Paper jam");
            assertThat(j.get("supplies")).hasSize(2);
            assertThat(j.get("supplies").get(0).get("source").asText()).isEqualTo("IPP");
            assertThat(j.get("ipp").get("stateReasons").toString()).contains("media-jam-error");
            assertThat(j.get("protocols").toString()).isEqualTo("[\"IPP\"]");
        }
    }

    @Test
    void scanWithIppProbeListsTheIppOnlyPrinterWithItsSupplies() throws Exception {
        try (Simulator sim = sim("127.0.99")) {
            CliErrorsTest.Result r = CliErrorsTest.run(ports(sim, "scan", "--range", "127.0.99.1-3", "--ipp-probe",
                    "--no-progress"));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("PROTOCOLS", "SUPPLIES", "ENPC SNMP IPP", "2 printers");
            assertThat(r.out()).containsPattern("(?m)^OK +127\\.0\\.99\\.2 .*IPP +black \\d+%");
            CliErrorsTest.Result without = CliErrorsTest.run(ports(sim, "scan", "--range", "127.0.99.1-3",
                    "--no-progress"));
            assertThat(without.out()).contains("1 printer").doesNotContain("127.0.99.2");
            CliErrorsTest.Result contradiction = CliErrorsTest.run("scan", "--range", "127.0.99.1", "--ipp-probe",
                    "--no-ipp");
            assertThat(contradiction.code()).isEqualTo(2);
            assertThat(contradiction.err()).contains("--ipp-probe and --no-ipp contradict each other.");
        }
    }
}
