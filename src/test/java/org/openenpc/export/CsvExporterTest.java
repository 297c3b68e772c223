package org.openenpc.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;

class CsvExporterTest {

    private static final String HEADER = "ip,mac,model,cardName,nicName,address,mask,gateway,ipFlags,status,online,"
            + "coverOpen,paperNearEnd,paperEnd,autocutterError,recoverableError,unrecoverableError,statusRaw,holder,"
            + "sources,answered,firstSeen,lastSeen,serial,printerStatus,errors,supplies,snmpSilentSince,duplicateMac,otherMacs,"
            + "protocols,uuid,ippUri,ippState,ippStateReasons,ippSilentSince,name,location,assetTag,tags,notes";

    private final CsvExporter exporter = new CsvExporter();

    private static byte[] bytes(CsvExporter exporter, List<Printer> printers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(printers, out);
        return out.toByteArray();
    }

    private String csv(List<Printer> printers) throws IOException {
        return new String(bytes(exporter, printers), StandardCharsets.UTF_8);
    }

    private List<Map<String, String>> roundTrip(List<Printer> printers) throws IOException {
        return exporter.read(new ByteArrayInputStream(bytes(exporter, printers)));
    }

    @Test
    void writesHeaderAndOneRowPerPrinterWithCrlf() throws IOException {
        String text = csv(Fixtures.sample());

        assertThat(text.split("\r\n", -1)).containsExactly(HEADER,
                "192.0.2.10,00:26:ab:0c:0d:0e,TM-T88V,UB-E03,UB-EEAE083ENSN,192.0.2.10,255.255.255.0,"
                        + "192.0.2.1,0x01,Paper near end,true,false,true,false,false,false,false,14 00 03 0f,"
                        + "192.0.2.50,ENPC broadcast; ENPC unicast,Q 03-0000; Q 03-0010,"
                        + "2026-11-27T10:00:00.123Z,2026-11-27T10:05:30.000Z,,,,,,false,,ENPC,,,,,,,,,,",
                "192.0.2.11,,,,,,,,,Not reported,false,false,false,false,false,false,false,,,,,"
                        + "2026-11-27T10:00:00.123Z,2026-11-27T10:00:00.123Z,,,,,,false,,,,,,,,,,,,",
                "");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(CsvExporter.COLUMNS).hasSize(41);
        assertThat(String.join(",", CsvExporter.COLUMNS)).isEqualTo(HEADER);
    }

    @Test
    void snmpColumnsHoldSerialStatusErrorsAndSuppliesAsText() throws IOException {
        List<Map<String, String>> rows = roundTrip(List.of(Fixtures.withSnmp(Fixtures.printer("192.0.2.10",
                "00:26:AB:0C:0D:0E", "ET-2850"), "Black Ink")));
        Map<String, String> r = rows.get(0);
        assertThat(r.get("serial")).isEqualTo("X8RV267409");
        assertThat(r.get("printerStatus")).isEqualTo("error");
        assertThat(r.get("errors")).isEqualTo("Paper jam; Ink low");
        assertThat(r.get("supplies")).isEqualTo("black 40%; cyan unknown; Maintenance box 90% near full");
        assertThat(r.get("sources")).isEqualTo("ENPC broadcast; ENPC unicast; SNMP");
        assertThat(r.get("snmpSilentSince")).isEmpty();
    }

    @Test
    void aViewKeptAfterSnmpStoppedAnsweringSaysSinceWhen() throws IOException {
        java.time.Instant since = java.time.Instant.parse("2026-11-27T10:15:00Z");
        Printer p = Fixtures.withSnmpSilentSince(Fixtures.withSnmp(Fixtures.printer("192.0.2.10", "00:26:AB:0C:0D:0E",
                "ET-2850"), "Black Ink"), since);
        Map<String, String> r = roundTrip(List.of(p)).get(0);
        assertThat(r.get("snmpSilentSince")).isEqualTo(PrinterRecord.time(since)).isNotEmpty();
        assertThat(r.get("supplies")).startsWith("black 40%"); // the last answer, still exported
        assertThat(roundTrip(List.of(Fixtures.printer("192.0.2.11", null, "TM-T88V"))).get(0).get("snmpSilentSince"))
                .isEmpty();
    }

    @Test
    void hostileSnmpTextIsNeutralisedToo() throws IOException {
        Printer p = Fixtures.withSnmp(Fixtures.printer("192.0.2.10", "00:26:AB:0C:0D:0E", "ET-2850"), "=cmd|' /C calc'!A0");
        p = Fixtures.withSerial(p, "@SUM(1+1)");
        Map<String, String> r = roundTrip(List.of(p)).get(0);
        assertThat(r.get("serial")).isEqualTo("'@SUM(1+1)");
        assertThat(r.get("supplies")).startsWith("black 40%");
        Printer hostileFirst = Fixtures.withSnmp(Fixtures.printer("192.0.2.10", "00:26:AB:0C:0D:0E", "ET-2850"), "x");
        hostileFirst = Fixtures.withFirstError(hostileFirst, "-2+3");
        assertThat(roundTrip(List.of(hostileFirst)).get(0).get("errors")).startsWith("'-2+3");
    }

    @Test
    void theUserFieldsAreTheLastColumnsAndAreMadeSafeLikeDeviceText() throws IOException {
        org.openenpc.model.UserFields fields = new org.openenpc.model.UserFields("Front desk", "Room 4, north",
                "=A17", "Line one\nline two", "kitchen,shared");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        exporter.write(List.of(Fixtures.sample().get(0)), p -> fields, out);
        Map<String, String> row = exporter.read(new ByteArrayInputStream(out.toByteArray())).get(0);
        assertThat(row.get("name")).isEqualTo("Front desk");
        assertThat(row.get("location")).isEqualTo("Room 4, north");
        assertThat(row.get("assetTag")).isEqualTo("'=A17"); // a formula in a spreadsheet: neutralised
        assertThat(row.get("notes")).isEqualTo("Line one\\x0aline two");
        assertThat(row.get("tags")).isEqualTo("kitchen,shared");
    }

    @Test
    void emptyExportIsJustTheHeader() throws IOException {
        assertThat(csv(List.of())).isEqualTo(HEADER + "\r\n");
        assertThat(roundTrip(List.of())).isEmpty();
    }

    @Test
    void roundTripReadsBackTheSameCells() throws IOException {
        List<Printer> printers = List.of(Fixtures.printer("203.0.113.1", "aa:bb:cc:dd:ee:ff", "Ünïcødé ✓"),
                Fixtures.bare("203.0.113.2"));

        List<Map<String, String>> rows = roundTrip(printers);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactlyEntriesOf(CsvExporter.row(PrinterRecord.of(printers.get(0))));
        assertThat(rows.get(1)).containsExactlyEntriesOf(CsvExporter.row(PrinterRecord.of(printers.get(1))));
        assertThat(rows.get(0)).containsEntry("model", "Ünïcødé ✓").containsEntry("mac", "aa:bb:cc:dd:ee:ff")
                .containsEntry("sources", "ENPC broadcast; ENPC unicast").containsEntry("paperNearEnd", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)"})
    void formulaLikeCellsAreNeutralised(String model) throws IOException {
        Printer p = Fixtures.withNames(Fixtures.withModel(Fixtures.bare("203.0.113.1"), model), model, model);

        Map<String, String> row = roundTrip(List.of(p)).get(0);

        assertThat(row.get("model")).isEqualTo("'" + model);
        assertThat(row.get("cardName")).isEqualTo("'" + model);
        assertThat(row.get("nicName")).isEqualTo("'" + model);
        assertThat(row.get("ip")).isEqualTo("203.0.113.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tX", "\rX", "\t=1+1", "\r\n=1+1"})
    void aLeadingTabOrCrIsEscapedSoTheCellStartsWithABackslashInstead(String model) throws IOException {
        Map<String, String> row = roundTrip(List.of(Fixtures.withModel(Fixtures.bare("203.0.113.1"), model))).get(0);

        assertThat(row.get("model")).isEqualTo(SafeText.escape(model)).startsWith("\\x0");
        assertThat(CsvExporter.cell(model)).isEqualTo(SafeText.escape(model));
    }

    @Test
    void hyperlinkPayloadIsQuotedTextInTheRawFile() throws IOException {
        String text = csv(List.of(Fixtures.withModel(Fixtures.bare("203.0.113.1"), "=HYPERLINK(\"http://x\",\"y\")")));
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",");
        assertThat(text).doesNotContain(",=HYPERLINK");
    }

    @Test
    void neutraliseLooksOnlyAtTheFirstCharacter() {
        assertThat(CsvExporter.neutralise(null)).isEmpty();
        assertThat(CsvExporter.neutralise("")).isEmpty();
        assertThat(CsvExporter.neutralise("TM-T88V")).isEqualTo("TM-T88V");
        assertThat(CsvExporter.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CsvExporter.neutralise(" =1")).isEqualTo(" =1");
        assertThat(CsvExporter.neutralise("'=1")).isEqualTo("'=1");
        assertThat(CsvExporter.neutralise("\n=1")).isEqualTo("\n=1");
        for (String c : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(CsvExporter.neutralise(c + "1")).isEqualTo("'" + c + "1");
        }
    }

    @Test
    void commasAndQuotesAreQuotedPerRfc4180AndLineBreaksEscaped() throws IOException {
        Printer p = Fixtures.withNames(Fixtures.withModel(Fixtures.bare("203.0.113.1"), "Front, desk"),
                "The \"big\" one", "line1\nline2\r\nline3");

        String text = csv(List.of(p));

        // A line break inside a cell would be RFC 4180 (quoted), but a forged record to anything that
        // reads the file line by line (grep, a terminal, a naive importer): it is escaped like everywhere.
        assertThat(text).contains("203.0.113.1,,\"Front, desk\",\"The \"\"big\"\" one\",line1\\x0aline2\\x0d\\x0aline3,");
        assertThat(text).contains(",Not reported,"); // spaces alone need no quotes
        assertThat(text.lines()).hasSize(2);
        Map<String, String> row = exporter.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .get(0);
        assertThat(row).containsEntry("model", "Front, desk").containsEntry("cardName", "The \"big\" one")
                .containsEntry("nicName", "line1\\x0aline2\\x0d\\x0aline3");
    }

    @Test
    void byteOrderMarkOnlyWhenAsked() throws IOException {
        byte[] plain = bytes(new CsvExporter(false), Fixtures.sample());
        byte[] marked = bytes(new CsvExporter(true), Fixtures.sample());

        assertThat(plain).startsWith('i');
        assertThat(marked).startsWith(0xEF, 0xBB, 0xBF, 'i');
        assertThat(marked).hasSize(plain.length + 3);
        assertThat(bytes(new CsvExporter(true), List.of())).startsWith(0xEF, 0xBB, 0xBF, 'i');
        assertThat(new CsvExporter(true).bom()).isTrue();
        assertThat(new CsvExporter().bom()).isFalse();

        // The reader skips the mark, so the first column is "ip", not "\uFEFFip".
        List<Map<String, String>> rows = exporter.read(new ByteArrayInputStream(marked));
        assertThat(rows).isEqualTo(exporter.read(new ByteArrayInputStream(plain)));
        assertThat(rows.get(0)).containsKey("ip");
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        JsonExporterTest.CloseTracking out = new JsonExporterTest.CloseTracking();
        exporter.write(Fixtures.sample(), out);
        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
        assertThat(exporter.fileExtension()).isEqualTo("csv");
    }
}
