package org.openenpc.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openenpc.ui.Messages;

/** Every {@code "settings.…"} key used in this package's sources exists in the bundle. */
class SettingsMessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/openenpc/ui/settings");
    private static final Pattern KEY = Pattern.compile("\"(settings\\.[A-Za-z0-9_.]+)\"");

    @Test
    void everyUsedKeyExists() throws IOException {
        ResourceBundle bundle = Messages.bundle();
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).matches(".*\\.(css|json)")) { // file names, not keys
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(used).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
    }
}
