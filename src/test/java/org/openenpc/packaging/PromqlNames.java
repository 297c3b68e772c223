package org.openenpc.packaging;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The metric names and label names a PromQL expression uses, found by a small tokenizer rather than a parser:
 * enough to check that a dashboard or a rule file asks only for what the metrics contract exports. It skips
 * string literals, range and subquery brackets ({@code [5m]}, {@code [1h:1m]}), numbers and durations, and
 * Grafana variables ({@code $site}, {@code ${site}}, {@code $__rate_interval}). An identifier followed by
 * {@code (} is a function or an aggregation; PromQL's keywords are not names; the identifiers inside
 * {@code {...}} before a matcher operator are label names, and so are those in the lists after {@code by},
 * {@code without}, {@code on}, {@code ignoring}, {@code group_left} and {@code group_right}. Every other
 * identifier is a metric name. Grafana's {@code label_values(metric, label)} is read as its metric, its
 * last argument as a label. Stateless.
 */
final class PromqlNames {

    /** What one expression uses, in order of first use. */
    record Names(Set<String> metrics, Set<String> labels) {
    }

    /** Keywords that are never metric names (aggregations, set and matching operators, modifiers, literals). */
    private static final Set<String> KEYWORDS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
            "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio",
            "and", "or", "unless", "atan2", "bool", "offset", "by", "without", "on", "ignoring", "group_left",
            "group_right", "inf", "nan");
    /** Keywords followed by a parenthesised list of label names. */
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");

    private PromqlNames() {
    }

    /** The names in a PromQL expression. */
    static Names of(String expr) {
        Names names = new Names(new LinkedHashSet<>(), new LinkedHashSet<>());
        scan(expr, names);
        return names;
    }

    /**
     * The names in a Grafana Prometheus variable query: {@code label_values(metric{...}, label)},
     * {@code label_values(label)}, {@code query_result(expr)} or a plain expression.
     */
    static Names ofVariableQuery(String query) {
        String q = query.strip();
        Names names = new Names(new LinkedHashSet<>(), new LinkedHashSet<>());
        if (q.startsWith("label_values(") && q.endsWith(")")) {
            String args = q.substring("label_values(".length(), q.length() - 1);
            int comma = lastTopLevelComma(args);
            names.labels().add(args.substring(comma + 1).strip());
            if (comma >= 0) {
                scan(args.substring(0, comma), names);
            }
        } else if (q.startsWith("query_result(") && q.endsWith(")")) {
            scan(q.substring("query_result(".length(), q.length() - 1), names);
        } else {
            scan(q, names);
        }
        return names;
    }

    private static void scan(String s, Names names) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i);
            } else if (c == '[') {
                i = skipPast(s, i, ']');
            } else if (c == '{') {
                i = matchers(s, i, names);
            } else if (c == '$') {
                i = skipVariable(s, i);
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                i = skipNumber(s, i);
            } else if (isIdentStart(c)) {
                int end = identEnd(s, i);
                String word = s.substring(i, end);
                int next = skipSpace(s, end);
                String lower = word.toLowerCase(Locale.ROOT);
                if (LABEL_LISTS.contains(lower) && next < n && s.charAt(next) == '(') {
                    i = labelList(s, next, names);
                } else if (KEYWORDS.contains(lower) || next < n && s.charAt(next) == '(') {
                    i = end; // a keyword, a function or an aggregation: its arguments are scanned on
                } else {
                    names.metrics().add(word);
                    i = end;
                }
            } else {
                i++;
            }
        }
    }

    /** Label names before each matcher operator inside {@code {...}}; returns the index after the '}'. */
    private static int matchers(String s, int open, Names names) {
        int i = open + 1;
        while (i < s.length() && s.charAt(i) != '}') {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i);
            } else if (isIdentStart(c)) {
                int end = identEnd(s, i);
                names.labels().add(s.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return Math.min(i + 1, s.length());
    }

    /** The label names of a {@code (a, b)} list; returns the index after the ')'. */
    private static int labelList(String s, int open, Names names) {
        int close = s.indexOf(')', open);
        int end = close < 0 ? s.length() : close;
        for (String label : s.substring(open + 1, end).split(",")) {
            if (!label.isBlank()) {
                names.labels().add(label.strip());
            }
        }
        return Math.min(end + 1, s.length());
    }

    private static int lastTopLevelComma(String s) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i) - 1;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                last = i;
            }
        }
        return last;
    }

    private static int skipString(String s, int open) {
        char quote = s.charAt(open);
        int i = open + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' && quote != '`' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }

    private static int skipPast(String s, int open, char close) {
        int i = s.indexOf(close, open);
        return i < 0 ? s.length() : i + 1;
    }

    /** {@code $name}, {@code ${name...}}; {@code [[name]]} is inside brackets and skipped with them. */
    private static int skipVariable(String s, int dollar) {
        if (dollar + 1 < s.length() && s.charAt(dollar + 1) == '{') {
            return skipPast(s, dollar, '}');
        }
        int i = dollar + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** A number, with its exponent, hex digits or duration units: 0.95, 1e3, 0x1f, 86400, 5m, 1h30m. */
    private static int skipNumber(String s, int start) {
        int i = start;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_'
                || (s.charAt(i) == '+' || s.charAt(i) == '-') && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E'))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
    }

    private static int identEnd(String s, int start) {
        int i = start;
        while (i < s.length() && (isIdentStart(s.charAt(i)) || s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
            i++;
        }
        return i;
    }
}
