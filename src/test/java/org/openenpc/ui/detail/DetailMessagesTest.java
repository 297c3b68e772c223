package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openenpc.ui.Messages;

/**
 * Every {@code detail.*} key the pane's sources name exists in the bundle, every status line has a
 * hint, and the bundle holds no detail key nobody uses.
 */
class DetailMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/openenpc/ui/detail");
    private static final Pattern KEY = Pattern.compile("\"(detail\\.[A-Za-z0-9.-]+)\"");
    private static final ResourceBundle BUNDLE = Messages.bundle();

    /** Keys the sources build rather than spell out ("detail.section." + name, key + ".hint"). */
    private static Set<String> used() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        keys.remove("detail.section.");
        keys.remove("detail.css"); // the stylesheet, not a message
        Set.of("identity", "status", "snmp", "ipp", "raw", "user", "history").forEach(s -> keys.add("detail.section." + s));
        // SNMP fix hints are looked up by condition key (SnmpLines.hint).
        keys.remove("detail.snmp.hint.");
        SnmpLines.KNOWN_KEYS.forEach(k -> keys.add("detail.snmp.hint." + k));
        for (String k : Set.copyOf(keys)) {
            if (k.startsWith("detail.status.") && k.split("\\.").length == 3) {
                keys.add(k + ".hint");
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        assertThat(used()).hasSizeGreaterThan(40).allSatisfy(k -> assertThat(BUNDLE.containsKey(k)).as(k).isTrue());
    }

    @Test
    void noDetailKeyIsUnused() throws IOException {
        Set<String> bundled = new TreeSet<>();
        for (String k : Collections.list(BUNDLE.getKeys())) {
            if (k.startsWith("detail.")) {
                bundled.add(k);
            }
        }
        bundled.removeAll(used());
        assertThat(bundled).isEmpty();
    }
}
