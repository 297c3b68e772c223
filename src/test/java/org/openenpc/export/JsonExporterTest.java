package org.openenpc.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openenpc.model.Printer;

class JsonExporterTest {

    private final JsonExporter exporter = new JsonExporter();

    private String json(List<Printer> printers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(printers, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    @Test
    void hasExactlyTheDocumentedKeysInOrder() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(Fixtures.sample()));

        assertThat(root.isArray()).isTrue();
        assertThat(root).hasSize(2);
        for (JsonNode p : root) {
            assertThat(keys(p)).containsExactly("ip", "mac", "model", "cardName", "nicName", "address", "mask",
                    "gateway", "ipFlags", "status", "holder", "sources", "answered", "firstSeen", "lastSeen", "duplicateMac",
                    "otherMacs", "protocols", "uuid", "ippUri", "errors", "supplies", "name", "location", "assetTag",
                    "tags", "notes");
            assertThat(keys(p.get("status"))).containsExactly("reported", "summary", "level", "online", "coverOpen",
                    "paperNearEnd", "paperEnd", "autocutterError", "recoverableError", "unrecoverableError",
                    "drawerPin3", "paperFeeding", "raw");
            assertThat(p.get("sources").isArray()).isTrue();
            assertThat(p.get("answered").isArray()).isTrue();
        }
    }

    @Test
    void writesTheValues() throws IOException {
        JsonNode p = new ObjectMapper().readTree(json(Fixtures.sample())).get(0);

        assertThat(p.get("ip").asText()).isEqualTo("192.0.2.10");
        assertThat(p.get("mac").asText()).isEqualTo("00:26:ab:0c:0d:0e");
        assertThat(p.get("model").asText()).isEqualTo("TM-T88V");
        assertThat(p.get("address").asText()).isEqualTo("192.0.2.10");
        assertThat(p.get("mask").asText()).isEqualTo("255.255.255.0");
        assertThat(p.get("gateway").asText()).isEqualTo("192.0.2.1");
        assertThat(p.get("ipFlags").asText()).isEqualTo("0x01");
        assertThat(p.get("holder").asText()).isEqualTo("192.0.2.50");
        assertThat(p.get("status").get("summary").asText()).isEqualTo("Paper near end");
        assertThat(p.get("status").get("level").asText()).isEqualTo("WARNING");
        assertThat(p.get("status").get("paperNearEnd").isBoolean()).isTrue();
        assertThat(p.get("status").get("raw").asText()).isEqualTo("14 00 03 0f");
        assertThat(p.get("sources").toString()).isEqualTo("[\"ENPC broadcast\",\"ENPC unicast\"]");
        assertThat(p.get("firstSeen").asText()).isEqualTo("2026-11-27T10:00:00.123Z");
        assertThat(p.get("lastSeen").asText()).isEqualTo("2026-11-27T10:05:30.000Z");
    }

    @Test
    void snmpIsStructuredWithUnknownLevelsAsNull() throws IOException {
        Printer printer = Fixtures.withSnmp(Fixtures.printer("192.0.2.10", "00:26:AB:0C:0D:0E", "ET-2850"), "Black Ink");
        JsonNode p = new ObjectMapper().readTree(json(List.of(printer))).get(0);
        JsonNode snmp = p.get("snmp");
        assertThat(keys(snmp)).containsExactly("serial", "printerStatus", "errors", "supplies", "pageCount", "readAt",
                "silentSince");
        assertThat(snmp.get("silentSince").isNull()).isTrue();
        assertThat(snmp.get("serial").asText()).isEqualTo("X8RV267409");
        assertThat(snmp.get("printerStatus").asText()).isEqualTo("error");
        assertThat(snmp.get("errors").toString()).isEqualTo("[\"Paper jam\",\"Ink low\"]");
        JsonNode black = snmp.get("supplies").get(0);
        assertThat(keys(black)).containsExactly("name", "colour", "kind", "level", "state", "source");
        assertThat(black.get("level").asInt()).isEqualTo(40);
        assertThat(black.get("colour").asText()).isEqualTo("black");
        assertThat(black.get("kind").asText()).isEqualTo("colorant");
        assertThat(black.get("source").asText()).isEqualTo("Printer-MIB"); // where the level shown came from
        assertThat(snmp.get("supplies").get(1).get("level").isNull()).isTrue();
        assertThat(snmp.get("supplies").get(1).get("state").asText()).isEqualTo("level not reported");
        assertThat(snmp.get("supplies").get(1).get("source").asText()).isEqualTo("ST2");
        assertThat(snmp.get("supplies").get(2).get("kind").asText()).isEqualTo("waste");
        assertThat(new JsonExporter().read(new java.io.ByteArrayInputStream(json(List.of(printer))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).get(0).snmp().supplies()).hasSize(3);
    }

    @Test
    void unknownFactsAreEmptyNotNull() throws IOException {
        String text = json(List.of(Fixtures.bare("203.0.113.1")));
        JsonNode p = new ObjectMapper().readTree(text).get(0);

        assertThat(text).doesNotContain("null");
        assertThat(p.get("mac").asText()).isEmpty();
        assertThat(p.get("status").get("reported").asBoolean()).isFalse();
        assertThat(p.get("status").get("level").asText()).isEqualTo("UNKNOWN");
        assertThat(p.get("status").get("summary").asText()).isEqualTo("Not reported");
        assertThat(p.get("sources")).isEmpty();
    }

    @Test
    void roundTripsThroughRead() throws IOException {
        List<Printer> printers = List.of(Fixtures.printer("203.0.113.2", "aa:bb:cc:dd:ee:ff", "Ünïcødé ✓ \"q\", x\ny"),
                Fixtures.bare("203.0.113.3"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(printers, out);

        List<PrinterRecord> back = exporter.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back).isEqualTo(PrinterRecord.of(printers));
    }

    @Test
    void isPrettyUtf8WithLfLineEndsAndAFinalNewline() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(List.of(Fixtures.printer("203.0.113.2", null, "Épson ✓")), out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(out.toByteArray()).containsSequence("Épson ✓".getBytes(StandardCharsets.UTF_8));
        assertThat(text).startsWith("[\n  {\n    \"ip\" : \"203.0.113.2\",\n").endsWith("  }\n]\n").doesNotContain("\r");
    }

    @Test
    void writerVariantWritesTheSameText() throws IOException {
        StringWriter w = new StringWriter();
        exporter.write(Fixtures.sample(), w);
        assertThat(w.toString()).isEqualTo(json(Fixtures.sample()));
    }

    @Test
    void emptyListIsAnEmptyArray() throws IOException {
        String text = json(List.of());
        assertThat(text.strip()).isEqualTo("[ ]");
        assertThat(exporter.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        CloseTracking out = new CloseTracking();
        exporter.write(Fixtures.sample(), out);
        assertThat(out.closed).isFalse();
        assertThat(exporter.fileExtension()).isEqualTo("json");
    }

    /** Records whether close() was called. */
    static final class CloseTracking extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Every control class, bidi overrides, a backslash, invalid-looking escapes, an emoji and non-Latin text. */
    static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\r\n10.0.0.9  OK\u0000\u007f\u009b31m"
            + "\u202Eexe.pdf\u2066x\u2069\u2028\\x1b C:\\ Büro \uD83D\uDDA8 東京";

    @Test
    void hostileTextKeepsItsExactStringThroughAJsonRoundTrip() throws IOException {
        Printer p = Fixtures.withNames(Fixtures.withModel(Fixtures.printer("192.0.2.10", "00:26:AB:0C:0D:0E", "x"),
                HOSTILE), HOSTILE + "card", HOSTILE + "nic");
        p = Fixtures.withSerial(Fixtures.withSnmp(p, HOSTILE + "ink"), HOSTILE + "serial");
        p = Fixtures.withFirstError(p, HOSTILE + "alert");
        String text = json(List.of(p));

        JsonNode node = new ObjectMapper().readTree(text).get(0);
        assertThat(node.get("model").asText()).isEqualTo(HOSTILE);
        assertThat(node.get("cardName").asText()).isEqualTo(HOSTILE + "card");
        assertThat(node.get("nicName").asText()).isEqualTo(HOSTILE + "nic");
        assertThat(node.get("snmp").get("serial").asText()).isEqualTo(HOSTILE + "serial");
        assertThat(node.get("snmp").get("errors").get(0).asText()).isEqualTo(HOSTILE + "alert");
        assertThat(node.get("snmp").get("supplies").get(0).get("name").asText()).isEqualTo(HOSTILE + "ink");
        assertThat(exporter.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).get(0).model())
                .isEqualTo(HOSTILE);
        // JSON's own escaping keeps C0 controls (ESC, CR, LF, NUL) out of the file's bytes, and JsonEscapes
        // DEL, C1 (a raw U+009B is a CSI on a terminal) and the bidi controls; emoji and non-Latin text stay.
        assertThat(text.replace("\n", "").chars()).noneMatch(c -> c < 0x20 || org.openenpc.model.SafeText.mustEscape(c)
                && !Character.isSurrogate((char) c.intValue()));
        assertThat(text).contains("\\u009b31m").contains("\\u202eexe.pdf").contains("Büro").contains("東京")
                .contains("\uD83D\uDDA8");
    }
}
