package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.export.CsvExporter;
import org.openenpc.model.HostileText;
import org.openenpc.model.SafeText;
import org.openenpc.protocol.Hex;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.PrinterOids;
import org.snmp4j.smi.Integer32;

import picocli.CommandLine;

/**
 * Hostile device text through the real paths: simulated printers on loopback whose SNMP agents send
 * escape sequences, CR LF, C1 and bidi controls and invalid UTF-8 in sysName, sysLocation, sysDescr,
 * the serial, an alert and a supply, and one whose ENPC model name holds controls. scan (table, CSV,
 * JSON), status (text, JSON) and watch (text, JSON lines) run in-process against them; the test looks
 * at the bytes: no raw control character in text or CSV, the exact strings in JSON. Unicast to
 * explicit loopback ranges only.
 */
class CliHostileTextTest {

    private static final String NET = "127.0.81";
    private static final String INKJET = NET + ".1";
    private static final String TM = NET + ".2";
    private static final String LASER = NET + ".3";
    private static final String ALERT_TEXT = HostileText.ALL + " alert";
    private static final String SUPPLY_NAME = HostileText.CLEAR + "Toner" + HostileText.RLO;
    /** Lower case already: the colorant is lower-cased into the supply's colour. */
    private static final String COLORANT = HostileText.TITLE + "schwarz\u202e";
    private static final String TM_MODEL = "TM" + HostileText.TITLE + HostileText.CLEAR + HostileText.FORGED_ROW
            + "\u009b";
    /** How AsciiField shows {@link #TM_MODEL}, the model's exact string (ENPC text is escaped on decoding). */
    private static final String TM_MODEL_ESCAPED = "TM\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\x0a127.0.0.99  OK  forged\\x9b";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Simulator sim;

    @BeforeAll
    static void start() throws Exception {
        byte[] utf8 = HostileText.utf8();
        PrinterSpec inkjet = PrinterSpec.of(INKJET, PrinterProfile.INKJET)
                .withSnmpText(PrinterOids.SYS_NAME, utf8)
                .withSnmpText(PrinterOids.SYS_LOCATION, HostileText.latin1())
                .withSnmpText(PrinterOids.SYS_CONTACT, HostileText.RLO.getBytes(StandardCharsets.UTF_8))
                .withSnmpObject(alert(PrinterOids.ALERT_SEVERITY), new Integer32(3))
                .withSnmpObject(alert(PrinterOids.ALERT_CODE), new Integer32(9999))
                .withSnmpText(alert(PrinterOids.ALERT_DESCRIPTION), ALERT_TEXT.getBytes(StandardCharsets.UTF_8));
        PrinterSpec tm = PrinterSpec.of(TM, PrinterProfile.TM_T88V).withModel(TM_MODEL);
        PrinterSpec laser = PrinterSpec.of(LASER, PrinterProfile.LASER).withSilent(true) // SNMP only
                .withSnmpText(PrinterOids.SYS_DESCR, utf8)
                .withSnmpText(PrinterOids.PRT_GENERAL_SERIAL, HostileText.latin1())
                .withSnmpText(PrinterOids.PRT_SUPPLIES_ENTRY + "." + PrinterOids.SUPPLIES_DESCRIPTION + ".1.1",
                        SUPPLY_NAME.getBytes(StandardCharsets.UTF_8))
                .withSnmpText(PrinterOids.PRT_COLORANT_VALUE + ".1.1", COLORANT.getBytes(StandardCharsets.UTF_8));
        sim = Simulator.start(SimulatorConfig.builder().printers(List.of(inkjet, tm, laser)).port(0).snmpPort(0)
                .build());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static String alert(int column) {
        return PrinterOids.PRT_ALERT_ENTRY + "." + column + ".1.9";
    }

    private static String[] args(String... head) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of("--port", "" + sim.port(), "--snmp-port", "" + sim.snmpPort(), "--snmp-timeout", "300",
                "--snmp-retries", "0", "--timeout", "300", "--retries", "0"));
        return all.toArray(String[]::new);
    }

    private static byte[] scan(Path dir, String format) throws Exception {
        Path file = dir.resolve("scan." + format);
        CliErrorsTest.Result r = CliErrorsTest.run(args("scan", "--range", NET + ".1-3", "--snmp-discovery",
                "--no-progress", "--format", format, "--output", file.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        return Files.readAllBytes(file);
    }

    private static void assertNoRawControls(byte[] output) {
        assertThat(HostileText.rawControls(output)).isEmpty();
        assertThat(HostileText.forgedLines(new String(output, StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theByteCheckCatchesWhatTheDevicesSend() {
        // ESC, BEL, ESC, CSI, RLO, LRI, PDI, LS; the CR LF passes as a line end and is caught by forgedLines.
        assertThat(HostileText.rawControls(HostileText.utf8())).hasSize(8);
        assertThat(HostileText.rawControls(HostileText.latin1())).first().asString().startsWith("not valid UTF-8");
        assertThat(HostileText.rawControls("a\r\nb\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(HostileText.rawControls("a\rb".getBytes(StandardCharsets.UTF_8))).hasSize(1);
        assertThat(HostileText.forgedLines("x" + HostileText.FORGED_ROW)).hasSize(1);
    }

    @Test
    void scanTableHasNoRawControlAndOneLinePerPrinter(@TempDir Path dir) throws Exception {
        byte[] table = scan(dir, "table");

        assertNoRawControls(table);
        String text = new String(table, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(5).last().isEqualTo("3 printers");
        assertThat(text).contains("\\x1b]0;pwned\\x07\\x1b[2J") // the laser's model, from sysDescr
                .contains("TM\\x1b]0;pwned\\x07") // the TM's ENPC model, escaped once
                .doesNotContain("\\\\x1b");
    }

    @Test
    void scanCsvHasNoRawControlAndKeepsTheEscapedText(@TempDir Path dir) throws Exception {
        byte[] csv = scan(dir, "csv");

        assertNoRawControls(csv);
        List<Map<String, String>> rows = new CsvExporter().read(new ByteArrayInputStream(csv));
        assertThat(rows).extracting(r -> r.get("ip")).containsExactly(INKJET, TM, LASER);
        assertThat(rows.get(0).get("errors")).contains(SafeText.escape(ALERT_TEXT));
        assertThat(rows.get(1).get("model")).isEqualTo(TM_MODEL_ESCAPED);
        Map<String, String> laser = rows.get(2);
        assertThat(laser.get("model")).isEqualTo(SafeText.escape(HostileText.ALL));
        assertThat(laser.get("serial")).isEqualTo(SafeText.escape(HostileText.latin1Text()));
        assertThat(laser.get("serial")).startsWith("Büro 3.OG \\x9b2J\\x1b]0;x\\x07\\x0d\\x0a127.0.0.99");
        assertThat(laser.get("supplies")).startsWith(SafeText.escape(COLORANT) + " "); // the colour labels it
    }

    @Test
    void scanJsonCarriesTheExactStrings(@TempDir Path dir) throws Exception {
        JsonNode arr = JSON.readTree(scan(dir, "json"));

        assertThat(arr).hasSize(3);
        assertThat(arr.get(0).get("snmp").get("errors").toString()).contains(JSON.writeValueAsString(ALERT_TEXT));
        assertThat(arr.get(1).get("model").asText()).isEqualTo(TM_MODEL_ESCAPED);
        JsonNode laser = arr.get(2);
        assertThat(laser.get("model").asText()).isEqualTo(HostileText.ALL);
        assertThat(laser.get("snmp").get("serial").asText()).isEqualTo(HostileText.latin1Text());
        assertThat(laser.get("snmp").get("supplies").get(0).get("name").asText()).isEqualTo(SUPPLY_NAME);
        assertThat(laser.get("snmp").get("supplies").get(0).get("colour").asText()).isEqualTo(COLORANT);
    }

    @Test
    void statusTextEscapesEverySnmpFieldAndShowsTheRawBytes() {
        CliErrorsTest.Result r = CliErrorsTest.run(args("status", INKJET));
        assertThat(r.code()).as(r.err()).isZero();

        assertNoRawControls(r.out().getBytes(StandardCharsets.UTF_8));
        assertThat(r.out()).contains(row("Name", SafeText.escape(HostileText.ALL) + "  (raw: "
                        + Hex.of(HostileText.utf8()) + ")"))
                .contains(row("Location", "Büro 3.OG \\x9b2J\\x1b]0;x\\x07\\x0d\\x0a127.0.0.99 forged  (raw: "
                        + Hex.of(HostileText.latin1()) + ")"))
                .contains(row("Contact", "invoice\\u202efdp.exe  (raw: "
                        + Hex.of(HostileText.RLO.getBytes(StandardCharsets.UTF_8)) + ")"))
                .contains(String.format("    %-7s %s", "error", SafeText.escape(ALERT_TEXT)));
    }

    /** A line of status text as StatusReport lays it out. */
    private static String row(String label, String value) {
        return String.format("  %-18s %s", label, value);
    }

    @Test
    void statusTextOfTheEnpcModelIsEscapedOnce() {
        CliErrorsTest.Result r = CliErrorsTest.run(args("status", TM));
        assertThat(r.code()).as(r.err()).isZero();

        assertNoRawControls(r.out().getBytes(StandardCharsets.UTF_8));
        assertThat(r.out()).contains(row("Model", TM_MODEL_ESCAPED)).contains("model: " + TM_MODEL_ESCAPED);
    }

    @Test
    void statusJsonCarriesTheExactStringsAndTheRawHex() throws Exception {
        CliErrorsTest.Result inkjet = CliErrorsTest.run(args("status", INKJET, "--format", "json"));
        JsonNode j = JSON.readTree(inkjet.out());
        assertThat(j.get("errors").get(0).asText()).isEqualTo(ALERT_TEXT);
        assertThat(j.get("snmpRawHex").get("sysName").asText()).isEqualTo(Hex.of(HostileText.utf8()));
        assertThat(j.get("snmpRawHex").get("location").asText()).isEqualTo(Hex.of(HostileText.latin1()));
        assertThat(j.get("snmpRawHex").has("sysDescr")).isFalse(); // plain ASCII

        JsonNode laser = JSON.readTree(CliErrorsTest.run(args("status", LASER, "--format", "json")).out());
        assertThat(laser.get("model").asText()).isEqualTo(HostileText.ALL);
        assertThat(laser.get("serial").asText()).isEqualTo(HostileText.latin1Text());
        assertThat(laser.get("supplies").get(0).get("name").asText()).isEqualTo(SUPPLY_NAME);
        assertThat(laser.get("snmpRawHex").get("serial").asText()).isEqualTo(Hex.of(HostileText.latin1()));
    }

    /** Runs watch on a thread; a print job on the laser makes a supply line with the hostile supply name. */
    @Test
    void watchTextLinesHaveNoRawControl() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        WatchCommand watch = cl.getSubcommands().get("watch").getCommand();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> cl.execute(args("watch", "--range",
                NET + ".1-3", "--snmp-discovery", "--interval", "0.3")));
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> out.toString().lines()
                    .filter(l -> l.contains("new printer")).count() == 3);
            sim.at(LASER).print(600);
            await().atMost(Duration.ofSeconds(15)).until(() -> out.toString().contains(SafeText.escape(SUPPLY_NAME)));
        } finally {
            watch.requestStop();
        }
        assertThat(code.get(15, TimeUnit.SECONDS)).isZero();

        String text = out.toString();
        assertNoRawControls(text.getBytes(StandardCharsets.UTF_8));
        assertThat(text).contains(TM + " " + TM_MODEL_ESCAPED + ": new printer")
                .contains(LASER + " " + SafeText.escape(HostileText.ALL) + ": new printer")
                .contains(SafeText.escape(ALERT_TEXT));
    }

    @Test
    void watchJsonLinesCarryTheExactStrings() throws Exception {
        CliErrorsTest.Result r = CliErrorsTest.run(args("watch", "--range", NET + ".1-3", "--snmp-discovery",
                "--interval", "0.2", "--count", "1", "--format", "jsonl"));
        assertThat(r.code()).as(r.err()).isZero();

        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3); // JSON escapes every line break inside a string
        Map<String, JsonNode> byIp = new java.util.HashMap<>();
        for (String line : lines) {
            JsonNode j = JSON.readTree(line);
            byIp.put(j.get("ip").asText(), j);
        }
        assertThat(byIp.get(INKJET).get("summary").asText()).contains(ALERT_TEXT);
        assertThat(byIp.get(TM).get("model").asText()).isEqualTo(TM_MODEL_ESCAPED);
        assertThat(byIp.get(LASER).get("model").asText()).isEqualTo(HostileText.ALL);
    }
}
