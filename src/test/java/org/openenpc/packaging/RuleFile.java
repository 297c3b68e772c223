package org.openenpc.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts of a Prometheus rule file, read line by line (the project has no YAML library): each
 * {@code - alert: NAME} starts one, its {@code expr:} is the rest of that line or the block under
 * {@code expr: |}. Enough for the rule files this project writes; promtool checks the YAML itself. Stateless.
 */
final class RuleFile {

    /** One alert: its name, its expression, and all its lines. */
    record Alert(String name, String expr, String text) {
    }

    private RuleFile() {
    }

    static List<Alert> alerts(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.strip().startsWith("- alert: ")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith("- alert: ")
                    && !lines.get(end).strip().startsWith("- record: ")) {
                end++;
            }
            List<String> block = lines.subList(i, end);
            alerts.add(new Alert(line.strip().substring("- alert: ".length()).strip(), expr(block),
                    String.join("\n", block) + "\n"));
        }
        return alerts;
    }

    private static String expr(List<String> block) {
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            String t = line.strip();
            if (!t.startsWith("expr:")) {
                continue;
            }
            String rest = t.substring("expr:".length()).strip();
            if (!rest.startsWith("|") && !rest.startsWith(">")) {
                return rest;
            }
            int indent = line.indexOf('e');
            StringBuilder expr = new StringBuilder();
            for (int j = i + 1; j < block.size(); j++) {
                String l = block.get(j);
                if (!l.isBlank() && l.length() - l.stripLeading().length() <= indent) {
                    break;
                }
                expr.append(l.strip()).append('\n');
            }
            return expr.toString().strip();
        }
        throw new IllegalArgumentException("an alert without expr: " + block.get(0));
    }
}
