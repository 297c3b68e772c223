package org.openenpc.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;

/**
 * Whatever a device calls itself, the CSV file keeps it (control characters escaped, as in every text
 * output, and formulas neutralised), keeps one row per printer and holds no control character but its
 * own CRLF line ends.
 */
class CsvRoundTripPropertyTest {

    private final CsvExporter exporter = new CsvExporter(true);

    /** Mostly the characters that matter to CSV and spreadsheets, plus some non-ASCII. */
    @Provide
    Arbitrary<String> nasty() {
        return Arbitraries.strings()
                .withChars("=+-@'\t\r\n\",; #\\\u0000\u00a0\ufeffé✓")
                .withCharRange('a', 'c')
                .ofMaxLength(20);
    }

    @Property(tries = 500)
    void csvCharactersSurviveTheRoundTrip(@ForAll("nasty") String model, @ForAll("nasty") String card)
            throws IOException {
        check(model, card);
    }

    @Property(tries = 300)
    void anyUnicodeTextSurvivesTheRoundTrip(@ForAll String model) throws IOException {
        // Even a lone surrogate, which UTF-8 cannot encode: it is written escaped.
        check(model, "UB-E03");
    }

    private void check(String model, String card) throws IOException {
        List<Printer> printers = List.of(Fixtures.bare("203.0.113.1"),
                Fixtures.withNames(Fixtures.withModel(Fixtures.bare("203.0.113.2"), model), card, ""),
                Fixtures.bare("203.0.113.3"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(printers, out);
        String file = out.toString(StandardCharsets.UTF_8);
        assertThat(file.replace("\r\n", "").codePoints().noneMatch(SafeText::mustEscape)).isTrue();

        List<Map<String, String>> rows = exporter.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(rows).extracting(r -> r.get("ip")).containsExactly("203.0.113.1", "203.0.113.2", "203.0.113.3");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CsvExporter.COLUMNS.size()));
        assertThat(rows.get(1).get("model")).isEqualTo(CsvExporter.cell(model));
        assertThat(rows.get(1).get("cardName")).isEqualTo(CsvExporter.cell(card));
        assertThat(rows.get(1).get("status")).isEqualTo("Not reported");
    }
}
