package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message key used in code or FXML exists (Angry IP Scanner's LabelsTest idea). */
class MessagesTest {

    private static final Pattern IN_CODE = Pattern.compile("Messages\\.(?:get|format)\\(\"([\\w.]+)\"");
    private static final Pattern IN_FXML = Pattern.compile("\"%([\\w.]+)\"");

    @Test
    void everyUsedKeyExists() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> used = new ArrayList<>();
        scan(Path.of("src/main/java/org/openenpc/ui"), ".java", IN_CODE, used);
        scan(Path.of("src/main/resources/org/openenpc/ui"), ".fxml", IN_FXML, used);
        // Keys built from a prefix ("main.level." + level) are checked for every value below.
        for (org.openenpc.model.PrinterStatus.Level l : org.openenpc.model.PrinterStatus.Level.values()) {
            used.add("main.level." + l.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String column : List.of("status", "model", "ip", "mac", "card", "summary", "sources", "lastSeen", "attention",
                "supplies")) {
            used.add("main.column." + column);
        }
        for (String key : used) {
            if (!key.endsWith(".") && !Messages.bundle().containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    @Test
    void missingKeysShowUpInsteadOfFailing() {
        assertThat(Messages.get("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(Messages.format("main.status.counts", 3, 10, 1)).isEqualTo("3 printers · 10 replies · 1 malformed");
        assertThat(Messages.format("main.status.counts", 1, 1, 0)).isEqualTo("1 printer · 1 reply · 0 malformed");
    }

    private static void scan(Path dir, String suffix, Pattern p, List<String> out) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(suffix))::iterator) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
    }
}
