package org.openenpc.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.openenpc.discovery.ScanProgress;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.metrics.AgentCounters;
import org.openenpc.metrics.FleetCollector;
import org.openenpc.metrics.UserFieldsSource;
import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.monitor.MonitorRound;
import org.openenpc.monitor.PrinterMonitor;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The series names the agent really exposes: its own collectors ({@link FleetCollector}, {@link AgentCounters}) over
 * a printer that has every kind of series (SNMP answered, a supply with a level, an active condition, a page count)
 * after one round, written in the text format as a scrape gets it. The dashboard and the alert rules may use these
 * names and no others.
 */
final class AgentExposition {

    private AgentExposition() {
    }

    /** Every sample name in the exposition (histograms as their _bucket, _count and _sum series). */
    static Set<String> seriesNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : text().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }

    static String text() throws IOException {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        PrinterStatus online = new PrinterStatus(true, true, false, false, false, false, false, false, false, false, "");
        Printer p = new Printer("127.0.0.5", MacAddress.parse("64:eb:8c:00:00:01"), "ET-2850", "UB-E03", "EPSON000001",
                Printer.IpSettings.NONE, online, "", new TreeSet<>(List.of("ENPC broadcast")),
                new TreeSet<>(List.of("Q 03-0000")), new TreeMap<>(), at, at, null)
                .withSnmp(new SnmpView("EPSON", "front-desk", "Room 2", "", "ET-2850", "running", "idle", "X8RV0001",
                        1234L, List.of(new SnmpCondition("paper-jam", "Paper jam", SnmpCondition.Severity.ERROR, "ST2")),
                        List.of(new Supply("Black Ink", "black", Supply.Kind.COLORANT, 40, "ok", "ST2")), "", at, null));
        PrometheusRegistry registry = new PrometheusRegistry();
        registry.register(new FleetCollector(() -> List.of(new PrinterMonitor.Known(p, true)), true,
                UserFieldsSource.NONE, 10));
        AgentCounters counters = new AgentCounters(registry, "test");
        ScanScope scope = ScanScope.builder().addRange("127.0.0.5").build();
        ScanSummary summary = new ScanSummary(List.of(p), new ScanProgress(0, 1, 1, 2, 1, 0, 1,
                java.time.Duration.ofMillis(300)), 1, false, "", List.of());
        counters.accept(new MonitorRound(1, MonitorRound.Purpose.SCAN, scope, at, at.plusMillis(300), summary,
                List.of(p), List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape(), EscapingScheme.ALLOW_UTF8);
        return out.toString(StandardCharsets.UTF_8);
    }
}
