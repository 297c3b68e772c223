package org.openenpc.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats an export can be written in. Used from any thread. */
public enum ExportFormat {
    CSV("csv"),
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** A new exporter; {@code bom} asks CSV for a UTF-8 byte-order mark (Excel) and is ignored by JSON. */
    public Exporter create(boolean bom) {
        return switch (this) {
            case CSV -> new CsvExporter(bom);
            case JSON -> new JsonExporter();
        };
    }

    /** A new exporter with the defaults (no byte-order mark). */
    public Exporter create() {
        return create(false);
    }

    /** The format a file name's extension names, any case ("printers.CSV" is CSV), if any. */
    public static Optional<ExportFormat> forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
