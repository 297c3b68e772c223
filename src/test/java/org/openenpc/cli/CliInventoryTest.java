package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * scan records into the inventory; inventory, history and diff read it, as a new user runs them against the
 * simulator: a second scan where one printer moved (same MAC, another address), one was switched off and one is new.
 */
class CliInventoryTest {

    private static final byte[] MAC = {0x64, (byte) 0xeb, (byte) 0x8c, 0x11, 0x22, 0x33};
    private static final String MAC_TEXT = "64:eb:8c:11:22:33";

    @TempDir
    Path dir;

    private CliErrorsTest.Result scan(Simulator sim, String db) {
        return CliErrorsTest.run("scan", "--range", "127.0.41.0/26", "--port", "" + sim.port(), "--timeout", "300",
                "--no-snmp", "--no-progress", "--db", db);
    }

    @Test
    void scanOutputCarriesTheNamesAndNotesImportedFromASpreadsheet() throws Exception {
        String db = dir.resolve("inv.db").toString();
        PrinterSpec printer = PrinterSpec.of("127.0.41.2", PrinterProfile.TM_T88V).withMac(MAC);
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(List.of(printer)).port(0).build())) {
            assertThat(scan(sim, db).code()).isZero();
            Path sheet = dir.resolve("names.csv");
            Files.writeString(sheet, "MAC,Name,Location,Asset tag,Notes\r\n" + MAC_TEXT.toUpperCase()
                    + ",Front desk,Room 4,A-17,\"Toner, cupboard 3\"\r\n", StandardCharsets.UTF_8);
            CliErrorsTest.Result imported = CliErrorsTest.run("import", sheet.toString(), "--db", db);
            assertThat(imported.code()).as(imported.err()).isZero();

            CliErrorsTest.Result json = CliErrorsTest.run("scan", "--range", "127.0.41.0/26", "--port", "" + sim.port(),
                    "--timeout", "300", "--no-snmp", "--no-progress", "--db", db, "--format", "json");
            JsonNode p = new ObjectMapper().readTree(json.out()).get(0);
            assertThat(p.get("name").asText()).isEqualTo("Front desk");
            assertThat(p.get("location").asText()).isEqualTo("Room 4");
            assertThat(p.get("assetTag").asText()).isEqualTo("A-17");
            assertThat(p.get("notes").asText()).isEqualTo("Toner, cupboard 3");

            CliErrorsTest.Result csv = CliErrorsTest.run("scan", "--range", "127.0.41.0/26", "--port", "" + sim.port(),
                    "--timeout", "300", "--no-snmp", "--no-progress", "--db", db, "--format", "csv");
            List<String> lines = csv.out().lines().toList();
            assertThat(lines.get(0)).endsWith(",name,location,assetTag,tags,notes");
            assertThat(lines.get(1)).endsWith(",Front desk,Room 4,A-17,,\"Toner, cupboard 3\"");

            CliErrorsTest.Result unrecorded = CliErrorsTest.run("scan", "--range", "127.0.41.0/26", "--port",
                    "" + sim.port(), "--timeout", "300", "--no-snmp", "--no-progress", "--no-record", "--format", "json");
            assertThat(new ObjectMapper().readTree(unrecorded.out()).get(0).get("name").asText()).isEmpty();
        }
    }

    @Test
    void scanPrunesHistoryOlderThanKeepDays() throws Exception {
        String db = dir.resolve("inv.db").toString();
        java.time.Instant longAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(500));
        try (org.openenpc.inventory.Inventory inv = org.openenpc.inventory.Inventories.open(db)) {
            inv.recordScan(new org.openenpc.inventory.ScanRecord(longAgo, longAgo.plusSeconds(2), "old", "SCAN", true,
                    ip -> true, List.of(org.openenpc.model.Printer.seen("127.0.41.7", longAgo))));
        }
        assertThat(CliErrorsTest.run("diff", "--list", "--db", db).out()).contains("1 scan");
        PrinterSpec printer = PrinterSpec.of("127.0.41.2", PrinterProfile.TM_T88V).withMac(MAC);
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(List.of(printer)).port(0).build())) {
            assertThat(scan(sim, db).code()).isZero(); // the default keeps 400 days
        }
        CliErrorsTest.Result list = CliErrorsTest.run("diff", "--list", "--db", db);
        assertThat(list.out()).as(list.out()).contains("1 scan").doesNotContain(" old");
        assertThat(CliErrorsTest.run("scan", "--range", "127.0.41.2", "--keep-days", "0", "--db", db).code()).isEqualTo(2);
    }

    @Test
    void diffAndHistoryShowNewGoneAndMovedPrinters() throws Exception {
        String db = dir.resolve("inv.db").toString();
        PrinterSpec mover = PrinterSpec.of("127.0.41.2", PrinterProfile.TM_T88V).withMac(MAC);
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(List.of(mover,
                PrinterSpec.of("127.0.41.3", PrinterProfile.TM_M30))).port(0).build())) {
            assertThat(scan(sim, db).code()).isZero();
        }
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(List.of(mover.movedTo("127.0.41.9"),
                PrinterSpec.of("127.0.41.4", PrinterProfile.TM_M30II))).port(0).build())) {
            CliErrorsTest.Result second = scan(sim, db);
            assertThat(second.code()).isZero();
            assertThat(second.err()).doesNotContain("warning");
        }
        CliErrorsTest.Result diff = CliErrorsTest.run("diff", "--db", db);
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("From scan 1").contains("to scan 2")
                .containsPattern("new +\\S+ +127\\.0\\.41\\.4 ")
                .containsPattern("gone +\\S+ +127\\.0\\.41\\.3 ")
                .containsPattern("moved +" + MAC_TEXT + " +127\\.0\\.41\\.9 .*127\\.0\\.41\\.2 -> 127\\.0\\.41\\.9")
                .contains("1 new, 1 gone, 1 moved, 0 changed");

        CliErrorsTest.Result history = CliErrorsTest.run("history", MAC_TEXT, "--db", db);
        assertThat(history.code()).as(history.err()).isZero();
        assertThat(history.out()).contains("address 127.0.41.2").contains("address 127.0.41.9");
        assertThat(CliErrorsTest.run("history", "127.0.41.9", "--db", db).out()).isEqualTo(history.out());

        CliErrorsTest.Result json = CliErrorsTest.run("inventory", "--format", "json", "--db", db);
        JsonNode arr = new ObjectMapper().readTree(json.out());
        assertThat(arr.size()).isEqualTo(3);
        for (JsonNode d : arr) {
            assertThat(d.has("name") && d.has("location") && d.has("assetTag") && d.has("notes") && d.has("present"))
                    .isTrue();
            assertThat(d.get("present").asBoolean()).isEqualTo(!d.get("ip").asText().equals("127.0.41.3"));
        }
        CliErrorsTest.Result table = CliErrorsTest.run("inventory", "--db", db);
        assertThat(table.out()).containsPattern("127\\.0\\.41\\.3 .*not seen since").contains("3 printers in ");
        CliErrorsTest.Result csv = CliErrorsTest.run("inventory", "--format", "csv", "--db", db);
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("mac,ip,model,serial,name,location,assetTag");

        CliErrorsTest.Result list = CliErrorsTest.run("diff", "--list", "--db", db);
        assertThat(list.out()).contains("2 scans");
        assertThat(CliErrorsTest.run("diff", "1", "2", "--db", db).out()).isEqualTo(diff.out());
    }

    @Test
    void noRecordLeavesTheInventoryAlone() throws Exception {
        Path db = dir.resolve("none.db");
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(List.of(
                PrinterSpec.of("127.0.41.2", PrinterProfile.TM_T88V))).port(0).build())) {
            CliErrorsTest.Result r = CliErrorsTest.run("scan", "--range", "127.0.41.2", "--port", "" + sim.port(),
                    "--timeout", "300", "--no-snmp", "--no-record", "--db", db.toString());
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("1 printer");
        }
        assertThat(db).doesNotExist();
    }

    @Test
    void anUnusableInventoryIsOneSentenceAndTheScanStillRuns() throws Exception {
        Path db = dir.resolve("notes.txt");
        Files.writeString(db, "not a database", StandardCharsets.UTF_8);
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(List.of(
                PrinterSpec.of("127.0.41.2", PrinterProfile.TM_T88V))).port(0).build())) {
            CliErrorsTest.Result r = CliErrorsTest.run("scan", "--range", "127.0.41.2", "--port", "" + sim.port(),
                    "--timeout", "300", "--no-snmp", "--db", db.toString());
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("1 printer");
            assertThat(r.err().strip().lines()).singleElement().asString().contains("is damaged or is not an OpenENPC database")
                    .contains("Scanning without history");
        }
        assertThat(Files.readString(db)).isEqualTo("not a database");
        CliErrorsTest.Result read = CliErrorsTest.run("inventory", "--db", db.toString());
        assertThat(read.code()).isEqualTo(1);
        assertThat(read.err()).contains("is damaged").doesNotContain("Exception");
    }

    @Test
    void badDatesAndUnknownPrintersAreOneSentence() {
        String db = dir.resolve("empty.db").toString();
        CliErrorsTest.Result date = CliErrorsTest.run("diff", "--since", "last tuesday", "--db", db);
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("is not a date");
        CliErrorsTest.Result unknown = CliErrorsTest.run("history", "00:11:22:33:44:55", "--db", db);
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("has no printer 00:11:22:33:44:55");
        CliErrorsTest.Result empty = CliErrorsTest.run("diff", "--db", db);
        assertThat(empty.code()).isZero();
        assertThat(empty.out()).contains("no scans yet");
    }
}
