package org.openenpc.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void createsTheMatchingExporter() {
        assertThat(ExportFormat.CSV.create()).isInstanceOfSatisfying(CsvExporter.class,
                e -> assertThat(e.bom()).isFalse());
        assertThat(ExportFormat.CSV.create(true)).isInstanceOfSatisfying(CsvExporter.class,
                e -> assertThat(e.bom()).isTrue());
        assertThat(ExportFormat.JSON.create(true)).isInstanceOf(JsonExporter.class);
    }

    @Test
    void extensionsAgreeWithTheExporters() {
        for (ExportFormat f : ExportFormat.values()) {
            assertThat(f.create().fileExtension()).isEqualTo(f.extension());
        }
    }

    @Test
    void findsTheFormatFromAFileName() {
        assertThat(ExportFormat.forFileName("printers.csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.forFileName("/tmp/a.b/Printers.JSON")).contains(ExportFormat.JSON);
        assertThat(ExportFormat.forFileName("printers.txt")).isEmpty();
        assertThat(ExportFormat.forFileName("csv")).isEmpty();
        assertThat(ExportFormat.forFileName("")).isEmpty();
    }
}
