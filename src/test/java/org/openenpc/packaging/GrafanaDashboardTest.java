package org.openenpc.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * packaging/grafana/openenpc-fleet.json is a dashboard Grafana imports (uid, title, unique panel ids, a
 * Prometheus data-source variable, every target with an expression) and, like the alerting rules, asks only
 * for the metrics and labels of the agent's metrics contract (/work/notes/metrics-contract.md, copied into
 * packaging/prometheus/README.md). The names come from {@link PromqlNames}, tested here too.
 */
class GrafanaDashboardTest {

    static final Path DASHBOARD = Path.of("packaging/grafana/openenpc-fleet.json");

    /** The contract's labels, and those Prometheus adds: job, instance, le, the scrape example's site. */
    static final Set<String> LABELS = Set.of("printer", "model", "serial", "name", "location", "mac", "address",
            "protocols", "openenpc_printer_state", "condition", "severity", "supply", "colour", "kind", "purpose",
            "version", "job", "instance", "le", "site");

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    /** The series the agent really exposes (a scrape of its own collectors): what queries may use. */
    static Set<String> allowedMetrics() {
        try {
            return AgentExposition.seriesNames();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The metric names in {@code exprs} that the contract does not have, sorted. */
    static Set<String> unknownMetrics(Iterable<PromqlNames.Names> exprs, Set<String> alsoAllowed) {
        Set<String> unknown = new TreeSet<>();
        Set<String> allowed = allowedMetrics();
        exprs.forEach(n -> n.metrics().stream().filter(m -> !allowed.contains(m) && !alsoAllowed.contains(m))
                .forEach(unknown::add));
        return unknown;
    }

    private JsonNode dashboard() throws IOException {
        return json.readTree(DASHBOARD.toFile());
    }

    /** Every panel, those inside collapsed rows too. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode p : dashboard.path("panels")) {
            all.add(p);
            p.path("panels").forEach(all::add);
        }
        return all;
    }

    /** Each target's expression, by "panel title / refId". */
    private static Map<String, String> exprs(JsonNode dashboard) {
        Map<String, String> exprs = new LinkedHashMap<>();
        for (JsonNode p : panels(dashboard)) {
            for (JsonNode t : p.path("targets")) {
                exprs.put(p.path("title").asText() + " / " + t.path("refId").asText(), t.path("expr").asText(""));
            }
        }
        return exprs;
    }

    /** Each query variable's query (a string, or Grafana 10's {"query": ...} object), by name. */
    private static Map<String, String> variableQueries(JsonNode dashboard) {
        Map<String, String> queries = new LinkedHashMap<>();
        for (JsonNode v : dashboard.path("templating").path("list")) {
            if (v.path("type").asText().equals("query")) {
                JsonNode q = v.path("query");
                queries.put(v.path("name").asText(), q.isObject() ? q.path("query").asText("") : q.asText(""));
            }
        }
        return queries;
    }

    @Test
    void theAgentsExpositionHoldsEverySeriesOfTheContract() {
        // What the checks below compare with: a scrape of the agent's own collectors, not a list kept by hand.
        assertThat(allowedMetrics()).contains("openenpc_printer_up", "openenpc_printer_info",
                "openenpc_printer_state", "openenpc_printer_condition", "openenpc_printer_snmp_up",
                "openenpc_supply_level_ratio", "openenpc_page_count_total",
                "openenpc_printer_last_seen_timestamp_seconds", "openenpc_scan_duration_seconds_bucket",
                "openenpc_scan_duration_seconds_count", "openenpc_scan_duration_seconds_sum",
                "openenpc_packets_sent_total", "openenpc_packets_received_total", "openenpc_packets_malformed_total",
                "openenpc_packets_out_of_scope_total", "openenpc_printers_known", "openenpc_build_info")
                .doesNotContain("openenpc_scan_duration_seconds");
    }

    @Test
    void itIsADashboardGrafanaImports() throws IOException {
        JsonNode d = dashboard();
        assertThat(d.path("uid").asText()).isNotBlank().hasSizeLessThanOrEqualTo(40); // Grafana's uid limit
        assertThat(d.path("title").asText()).isNotBlank();
        assertThat(d.path("schemaVersion").asInt()).isBetween(36, 41);
        List<JsonNode> panels = panels(d);
        assertThat(panels).hasSizeGreaterThan(5);
        List<Integer> ids = panels.stream().map(p -> p.path("id").asInt(-1)).toList();
        assertThat(ids).doesNotContain(-1).doesNotHaveDuplicates();
        for (JsonNode p : panels) {
            String title = p.path("title").asText();
            assertThat(title).isNotBlank();
            assertThat(p.path("gridPos").path("w").asInt()).as(title).isBetween(1, 24);
            assertThat(p.path("gridPos").path("h").asInt()).as(title).isPositive();
            if (p.path("type").asText().equals("row")) {
                continue;
            }
            assertThat(p.path("datasource").path("uid").asText()).as(title).isEqualTo("${datasource}");
            assertThat(p.path("targets")).as(title + " targets").isNotEmpty();
            Set<String> refIds = new HashSet<>();
            for (JsonNode t : p.path("targets")) {
                assertThat(t.path("expr").asText("")).as(title + " expr").isNotBlank();
                assertThat(refIds.add(t.path("refId").asText())).as(title + " refId unique").isTrue();
                assertThat(t.path("datasource").path("uid").asText()).as(title).isEqualTo("${datasource}");
            }
        }
    }

    @Test
    void itHasADataSourceVariableAndSiteAndPrinterVariables() throws IOException {
        JsonNode list = dashboard().path("templating").path("list");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        list.forEach(v -> byName.put(v.path("name").asText(), v));
        assertThat(byName).containsKeys("datasource", "site", "printer");
        assertThat(byName.get("datasource").path("type").asText()).isEqualTo("datasource");
        assertThat(byName.get("datasource").path("query").asText()).isEqualTo("prometheus");
        Map<String, String> queries = variableQueries(dashboard());
        assertThat(queries.get("site")).startsWith("label_values(").endsWith(", site)");
        assertThat(queries.get("printer")).startsWith("label_values(").endsWith(", printer)");
        for (String v : List.of("site", "printer")) {
            assertThat(byName.get(v).path("datasource").path("uid").asText()).as(v).isEqualTo("${datasource}");
        }
    }

    @Test
    void theSupplyPanelShowsRatiosAsPercent() throws IOException {
        JsonNode supplies = panels(dashboard()).stream()
                .filter(p -> p.path("targets").toString().contains("openenpc_supply_level_ratio")).findFirst().orElseThrow();
        assertThat(supplies.path("type").asText()).isEqualTo("timeseries");
        JsonNode defaults = supplies.path("fieldConfig").path("defaults");
        assertThat(defaults.path("unit").asText()).isEqualTo("percentunit");
        assertThat(defaults.path("min").asDouble()).isZero();
        assertThat(defaults.path("max").asDouble()).isEqualTo(1.0);
    }

    @Test
    void theDashboardUsesOnlyTheContractsMetricsAndLabels() throws IOException {
        JsonNode d = dashboard();
        List<PromqlNames.Names> names = new ArrayList<>();
        exprs(d).values().forEach(e -> names.add(PromqlNames.of(e)));
        variableQueries(d).values().forEach(q -> names.add(PromqlNames.ofVariableQuery(q)));
        assertThat(unknownMetrics(names, Set.of())).as("metrics the contract does not have").isEmpty();
        Set<String> used = new TreeSet<>();
        names.forEach(n -> used.addAll(n.metrics()));
        // Not a typo-free empty set: the dashboard reads each part of the contract it shows.
        assertThat(used).contains("openenpc_printer_up", "openenpc_printer_info", "openenpc_printer_state",
                "openenpc_supply_level_ratio", "openenpc_printer_condition", "openenpc_page_count_total",
                "openenpc_scan_duration_seconds_bucket", "openenpc_packets_sent_total");
        Set<String> labels = new TreeSet<>();
        names.forEach(n -> labels.addAll(n.labels()));
        assertThat(labels).as("labels used").isSubsetOf(LABELS);
    }

    @Test
    void theAlertRulesUseOnlyTheContractsMetricsAndLabels() throws IOException {
        List<RuleFile.Alert> alerts = RuleFile.alerts(AlertRulesTest.RULES);
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(5);
        List<PromqlNames.Names> names = alerts.stream().map(a -> PromqlNames.of(a.expr())).toList();
        // up is Prometheus's own series for each scrape: the agent-down alert needs it.
        assertThat(unknownMetrics(names, Set.of("up"))).as("metrics the contract does not have").isEmpty();
        Set<String> labels = new TreeSet<>();
        names.forEach(n -> labels.addAll(n.labels()));
        assertThat(labels).as("labels used").isSubsetOf(LABELS);
    }

    @Test
    void everyDashboardExpressionIsValidPromql() throws Exception {
        Promtool.require();
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        int n = 0;
        List<String> all = new ArrayList<>(exprs(dashboard()).values());
        for (String e : all) {
            String promql = e.replace("$__rate_interval", "5m").replaceAll("\\$\\{?\\w+}?", ".*");
            rules.append("      - record: dashboard:expr").append(++n).append('\n')
                    .append("        expr: ").append(json.writeValueAsString(promql)).append('\n');
        }
        Files.writeString(tmp.resolve("dashboard-rules.yml"), rules);
        Promtool.Result r = Promtool.run(tmp, "check", "rules", "dashboard-rules.yml");
        assertThat(r.exit()).as(rules + r.output()).isZero();
        assertThat(r.output()).contains("SUCCESS: " + all.size() + " rules found");
    }

    // The tokenizer.

    @Test
    void aRateOfACounterIsThatOneMetric() {
        assertThat(PromqlNames.of("rate(openenpc_packets_sent_total[5m])").metrics())
                .containsExactly("openenpc_packets_sent_total");
    }

    @Test
    void anAggregationsLabelListIsNotAMetric() {
        PromqlNames.Names n = PromqlNames.of("sum by (printer) (openenpc_printer_up)");
        assertThat(n.metrics()).containsExactly("openenpc_printer_up");
        assertThat(n.labels()).containsExactly("printer");
        assertThat(PromqlNames.of("sum without(instance, job) (rate(openenpc_page_count_total[1h])) by (x)").metrics())
                .containsExactly("openenpc_page_count_total");
    }

    @Test
    void anUnknownMetricIsCaught() {
        List<PromqlNames.Names> names = Stream.of(
                "openenpc_supply_level_ratio{kind!=\"waste\"} < 0.1",
                "openenpc_toner_level_percent{printer=~\"$printer\"} * on(printer) group_left(name) openenpc_printer_info",
                "histogram_quantile(0.9, rate(openenpc_scan_duration_seconds_bucket[5m]))",
                "openenpc_scan_duration_seconds > 3").map(PromqlNames::of).toList();
        assertThat(unknownMetrics(names, Set.of())).containsExactly("openenpc_scan_duration_seconds",
                "openenpc_toner_level_percent");
    }

    @Test
    void matchingListsStringsDurationsVariablesAndKeywordsAreNotMetrics() {
        PromqlNames.Names n = PromqlNames.of("histogram_quantile(0.95, sum by (le, site) (rate("
                + "openenpc_scan_duration_seconds_bucket{site=~\"$site\", purpose=\"a{b} c(d) e_f\"}[$__rate_interval]"
                + "))) offset 1h > bool 2.5e-1"
                + " or (openenpc_printer_up == 0) * on (job, instance, printer) group_left (name, model) openenpc_printer_info"
                + " unless ignoring(mac) openenpc_printer_snmp_up @ end()"
                + " and max_over_time(openenpc_printer_up[1h:5m]) + Inf - NaN + 0x1f");
        assertThat(n.metrics()).containsExactly("openenpc_scan_duration_seconds_bucket", "openenpc_printer_up",
                "openenpc_printer_info", "openenpc_printer_snmp_up");
        assertThat(n.labels()).containsExactly("le", "site", "purpose", "job", "instance", "printer", "name", "model",
                "mac");
    }

    @Test
    void aGrafanaVariableQueryGivesItsMetricAndItsLabel() {
        PromqlNames.Names values = PromqlNames.ofVariableQuery("label_values(openenpc_printer_info{site=~\"$site\"}, printer)");
        assertThat(values.metrics()).containsExactly("openenpc_printer_info");
        assertThat(values.labels()).containsExactlyInAnyOrder("site", "printer");
        PromqlNames.Names label = PromqlNames.ofVariableQuery("label_values(site)");
        assertThat(label.metrics()).isEmpty();
        assertThat(label.labels()).containsExactly("site");
        assertThat(PromqlNames.ofVariableQuery("query_result(topk(5, openenpc_page_count_total))").metrics())
                .containsExactly("openenpc_page_count_total");
        assertThat(new LinkedHashSet<>(PromqlNames.ofVariableQuery("label_values(openenpc_nope, printer)").metrics()))
                .containsExactly("openenpc_nope");
    }
}
