package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code import} as a user runs it: a scan of two simulated printers records them, then a spreadsheet sets their
 * names and notes; {@code inventory --format json} shows what was stored.
 */
class CliImportTest {

    private static final String MAC_A = "64:eb:8c:43:00:0a";
    private static final String MAC_B = "64:eb:8c:43:00:0b";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void scanTwoPrinters() throws Exception {
        db = dir.resolve("inv.db").toString();
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(List.of(
                PrinterSpec.of("127.0.43.2", PrinterProfile.TM_T88V).withMac(mac(0x0a)),
                PrinterSpec.of("127.0.43.3", PrinterProfile.TM_M30).withMac(mac(0x0b)))).port(0).build())) {
            CliErrorsTest.Result r = CliErrorsTest.run("scan", "--range", "127.0.43.0/29", "--port", "" + sim.port(),
                    "--timeout", "300", "--no-snmp", "--no-progress", "--db", db);
            assertThat(r.code()).as(r.err()).isZero();
        }
        assertThat(stored()).hasSize(2);
    }

    private static byte[] mac(int last) {
        return new byte[] {0x64, (byte) 0xeb, (byte) 0x8c, 0x43, 0x00, (byte) last};
    }

    private Path csv(String text) throws Exception {
        Path f = dir.resolve("printers.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private JsonNode stored() throws Exception {
        CliErrorsTest.Result r = CliErrorsTest.run("inventory", "--format", "json", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private JsonNode stored(String mac) throws Exception {
        for (JsonNode d : stored()) {
            if (d.get("mac").asText().equals(mac)) {
                return d;
            }
        }
        throw new AssertionError(mac + " not stored");
    }

    @Test
    void dryRunShowsTheChangesAndWritesNothing() throws Exception {
        Path f = csv("MAC Address,Name,Notes\n" + MAC_A + ",Till 1,\"toner in\ncupboard\"\n" + MAC_B + ",,\n");
        String before = stored().toString();
        CliErrorsTest.Result r = CliErrorsTest.run("import", f.toString(), "--dry-run", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).containsPattern("MAC +ADDRESS +FIELD +BEFORE +AFTER")
                .containsPattern(MAC_A + " +127\\.0\\.43\\.2 +name +\\(empty\\) +Till 1")
                .containsPattern(MAC_A + " +127\\.0\\.43\\.2 +notes +\\(empty\\) +toner in\\\\x0acupboard")
                .contains("1 printer would change, 1 unchanged, 0 rows with errors (dry run: nothing written).");
        assertThat(stored().toString()).isEqualTo(before);
    }

    @Test
    void applyWritesTheValidRowsAndListsTheBadOnesWithExitCode1() throws Exception {
        Path f = csv("mac,name,location,serial\n"
                + MAC_A + ",Till 1,Shop,X\n"
                + "zz:11,Nobody,,\n"
                + "00:11:22:33:44:55,Unknown,,\n"
                + MAC_B + ",\"Kitchen\u001b]0;pwned\u0007\",Back,\n"
                + MAC_A + ",Twice,,\n");
        CliErrorsTest.Result r = CliErrorsTest.run("import", f.toString(), "--db", db);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                "openenpc: warning: Not imported: column \"serial\" (only mac, name, location, asset tag, notes and tags"
                        + " are imported).",
                "openenpc: line 3: \"zz:11\" is not a MAC address.",
                "openenpc: line 4: 00:11:22:33:44:55 is not in the inventory (no recorded scan has seen it).",
                "openenpc: line 6: " + MAC_A + " is also on line 2; a printer may appear only once, so this row was skipped.");
        assertThat(r.out()).contains("Kitchen\\x1b]0;pwned\\x07").doesNotContain("\u001b")
                .endsWith("2 printers changed, 0 unchanged, 3 rows with errors.\n");
        assertThat(stored(MAC_A).get("name").asText()).isEqualTo("Till 1");
        assertThat(stored(MAC_A).get("location").asText()).isEqualTo("Shop");
        assertThat(stored(MAC_B).get("name").asText()).isEqualTo("Kitchen\u001b]0;pwned\u0007");

        CliErrorsTest.Result again = CliErrorsTest.run("import", csv("mac,name\n" + MAC_A + ",Till 1\n").toString(),
                "--db", db);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("0 printers changed, 1 unchanged, 0 rows with errors.\n");
    }

    @Test
    void aFileThatCannotBeImportedIsOneSentenceAndExitCode2() throws Exception {
        Path missing = dir.resolve("missing.csv");
        CliErrorsTest.Result r = CliErrorsTest.run("import", missing.toString(), "--db", db);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("openenpc: Cannot read " + missing + ": there is no such file.\n");
        assertThat(r.out()).isEmpty();
        CliErrorsTest.Result noMac = CliErrorsTest.run("import", csv("name,notes\nTill,x\n").toString(), "--db", db);
        assertThat(noMac.code()).isEqualTo(2);
        assertThat(noMac.err()).startsWith("openenpc: The first row has no mac column").doesNotContain("Exception");
        CliErrorsTest.Result noFile = CliErrorsTest.run("import", "--db", db);
        assertThat(noFile.code()).isEqualTo(2);
        assertThat(noFile.err()).contains("FILE");
    }

    @Test
    void helpSaysWhatHappensToBadRows() {
        CliErrorsTest.Result help = CliErrorsTest.run("import", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--dry-run").contains("the valid rows are still written")
                .contains("an empty cell").contains("clears it");
        assertThat(CliErrorsTest.run("--help").out()).contains("import");
    }
}
