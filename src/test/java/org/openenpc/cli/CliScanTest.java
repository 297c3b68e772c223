package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.export.CsvExporter;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimStatus;
import org.openenpc.sim.SimulatedPrinter;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/** The commands end to end against the simulator, loopback only, with explicit scopes. */
class CliScanTest {

    private static final String HOSTILE = "=HYPERLINK(\"http://x\",\"y\")";

    private static Simulator sim(int count, String base) throws Exception {
        return Simulator.start(SimulatorConfig.builder().count(count).base(base).port(0).seed(4).build());
    }

    @Test
    void scanAsJsonListsEveryPrinterWithTheDocumentedKeys() throws Exception {
        try (Simulator sim = sim(12, "127.0.21.1")) {
            sim.printers().get(0).setStatus(SimStatus.IDLE.withCoverOpen(true));
            CliErrorsTest.Result r = CliErrorsTest.run("scan", "--broadcast", "127.255.255.255", "--port",
                    "" + sim.port(), "--timeout", "400", "--format", "json", "--no-progress", "--no-snmp");
            assertThat(r.code()).isZero();
            JsonNode arr = new ObjectMapper().readTree(r.out());
            assertThat(arr.size()).isEqualTo(12);
            for (JsonNode p : arr) {
                assertThat(p.has("ip") && p.has("mac") && p.has("model") && p.has("nicName") && p.has("mask")
                        && p.has("gateway") && p.has("status") && p.has("sources") && p.has("firstSeen")
                        && p.has("lastSeen")).as(p.toString()).isTrue();
                assertThat(p.get("mac").asText()).matches("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
                assertThat(p.get("status").has("raw")).isTrue();
                SimulatedPrinter sp = sim.printer(p.get("ip").asText()).orElseThrow();
                assertThat(p.get("mac").asText()).isEqualTo(sp.macText());
                assertThat(p.get("mask").asText()).isEqualTo(sp.mask().getHostAddress());
            }
            JsonNode first = arr.get(0);
            assertThat(first.get("status").get("coverOpen").asBoolean()).isTrue();
            assertThat(first.get("status").get("raw").asText()).isEqualTo("34 00 00 0f");
        }
    }

    @Test
    void scanToCsvFileNeutralisesAHostileName(@TempDir Path dir) throws Exception {
        List<PrinterSpec> specs = List.of(PrinterSpec.of("127.0.22.1", PrinterProfile.TM_T88V).withModel(HOSTILE),
                PrinterSpec.of("127.0.22.2", PrinterProfile.TM_M30));
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(specs).port(0).build())) {
            Path out = dir.resolve("printers.csv");
            CliErrorsTest.Result r = CliErrorsTest.run("scan", "--range", "127.0.22.0/29", "--port", "" + sim.port(),
                    "--timeout", "300", "--format", "csv", "--output", out.toString(), "--no-snmp");
            assertThat(r.code()).isZero();
            assertThat(r.out()).isEmpty();
            var rows = new CsvExporter().read(Files.newInputStream(out));
            assertThat(rows).extracting(m -> m.get("ip")).containsExactly("127.0.22.1", "127.0.22.2");
            assertThat(rows.get(0).get("model")).isEqualTo("'" + HOSTILE);
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        }
    }

    @Test
    void scanThatFindsNothingExitsZero() {
        CliErrorsTest.Result r = CliErrorsTest.run("scan", "--range", "127.0.23.1-127.0.23.3", "--port", "9",
                "--timeout", "200", "--retries", "0", "--no-snmp");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("0 printers");
    }

    @Test
    void statusPrintsEveryDecodedFieldAndTheUnknownBytes() throws Exception {
        try (Simulator sim = sim(1, "127.0.24.1")) {
            SimulatedPrinter p = sim.printers().get(0);
            p.setStatus(SimStatus.IDLE.withPaperNearEnd(true));
            CliErrorsTest.Result r = CliErrorsTest.run("status", p.address(), "--port", "" + sim.port(), "--timeout", "300", "--no-snmp");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Printer " + p.address()).contains(p.macText()).contains("TM-T88V")
                    .contains("Paper near end").contains("UB-E03")
                    .contains("Q 03-0010").contains("Q 03-0017").contains("Q 00-0010").contains("Q 03-0001")
                    .contains("asb: 14 00 03 0f (online, cover closed, paper near end, drawer pin 3 high)")
                    .contains("unknown @19 (8 bytes): ff ff ff ff ff ff ff ff")
                    .contains("Port 9100 held by  nobody")
                    .contains("0000  45 50 53 4f 4e");
        }
    }

    @Test
    void statusOfASilentAddressSaysSoWithExitCodeOne() {
        CliErrorsTest.Result r = CliErrorsTest.run("status", "127.0.25.9", "--port", "9", "--timeout", "200", "--retries", "1", "--no-snmp");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("openenpc: no ENPC reply from 127.0.25.9 port 9 after 2 tries; nothing answers IPP"
                + " at 127.0.25.9:631 (connection refused)." + System.lineSeparator());
        r = CliErrorsTest.run("status", "127.0.25.9", "--port", "9", "--timeout", "200", "--retries", "1", "--no-snmp",
                "--no-ipp");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("openenpc: no ENPC reply from 127.0.25.9 port 9 after 2 tries." + System.lineSeparator());
    }
}
