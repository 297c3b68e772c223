package org.openenpc.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the layers clean by scanning the main sources' imports: JavaFX only in {@code ui}, each
 * package uses only the packages ARCHITECTURE.md allows, and no package cycles.
 */
class LayeringTest {

    private static final Path MAIN = Path.of("src/main/java/org/openenpc");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern FQN_USE = Pattern.compile("\\borg\\.openenpc\\.(\\w+)\\.");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("protocol", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("snmp", Set.of("protocol", "model")),
            Map.entry("ipp", Set.of("model")),
            Map.entry("mdns", Set.of("model")),
            Map.entry("discovery", Set.of("protocol", "snmp", "model", "ipp", "mdns")),
            Map.entry("export", Set.of("model")),
            Map.entry("sim", Set.of("protocol", "snmp", "ipp", "mdns")),
            Map.entry("inventory", Set.of("model")),
            Map.entry("monitor", Set.of("protocol", "snmp", "ipp", "discovery", "model", "inventory")),
            Map.entry("metrics", Set.of("model", "monitor", "discovery", "inventory")),
            Map.entry("cli", Set.of("protocol", "snmp", "discovery", "model", "export", "sim", "monitor", "inventory",
                    "ipp", "mdns", "metrics")));

    @Test
    void javaFxOnlyInUi() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Map.Entry<Path, String> e : sources().entrySet()) {
            String pkg = packageOf(e.getKey());
            if (!pkg.equals("ui") && e.getValue().matches("(?s).*\\b(javafx|org\\.controlsfx)\\..*")) {
                offenders.add(MAIN.relativize(e.getKey()).toString());
            }
        }
        assertThat(offenders).as("files below ui that use JavaFX").isEmpty();
    }

    @Test
    void packagesUseOnlyWhatTheyMay() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Map.Entry<Path, String> e : sources().entrySet()) {
            String pkg = packageOf(e.getKey());
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                continue; // root (Main) and ui may use everything
            }
            for (String used : usedPackages(e.getValue())) {
                if (!used.equals(pkg) && !allowed.contains(used)) {
                    offenders.add(MAIN.relativize(e.getKey()) + " uses " + used);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void noPackageCycles() throws IOException {
        Map<String, Set<String>> graph = new HashMap<>();
        sources().forEach((file, text) -> {
            String pkg = packageOf(file);
            Set<String> uses = usedPackages(text);
            uses.remove(pkg);
            graph.computeIfAbsent(pkg, k -> new HashSet<>()).addAll(uses);
        });
        for (String start : graph.keySet()) {
            assertThat(reaches(graph, start, start, new HashSet<>())).as("cycle through " + start).isFalse();
        }
    }

    @Test
    void theScanFindsTheSources() throws IOException {
        assertThat(sources()).hasSizeGreaterThan(20);
        assertThat(usedPackages("import org.openenpc.model.Printer;\nx = org.openenpc.protocol.Hex.of(b);"))
                .containsExactlyInAnyOrder("model", "protocol");
    }

    private static boolean reaches(Map<String, Set<String>> g, String from, String target, Set<String> seen) {
        for (String next : g.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next) && reaches(g, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> usedPackages(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            String name = m.group(2);
            if (name.startsWith("org.openenpc.")) {
                String rest = name.substring("org.openenpc.".length());
                int dot = rest.indexOf('.');
                if (dot > 0) {
                    out.add(rest.substring(0, dot));
                }
            }
        }
        Matcher f = FQN_USE.matcher(text);
        while (f.find()) {
            out.add(f.group(1));
        }
        return out;
    }

    private static String packageOf(Path file) {
        Path rel = MAIN.relativize(file);
        return rel.getNameCount() == 1 ? "" : rel.getName(0).toString();
    }

    private static Map<Path, String> sources() throws IOException {
        Map<Path, String> out = new HashMap<>();
        try (Stream<Path> s = Files.walk(MAIN)) {
            for (Path p : (Iterable<Path>) s.filter(x -> x.toString().endsWith(".java"))::iterator) {
                out.put(p, Files.readString(p));
            }
        }
        return out;
    }
}
