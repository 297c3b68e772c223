package org.openenpc.metrics;

import java.util.function.Consumer;

import org.openenpc.discovery.ScanProgress;
import org.openenpc.monitor.MonitorRound;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * The agent's own series: each finished round's packet counters (its scan's final {@link ScanProgress}) added to
 * the packet counters, its duration observed in {@code openenpc_scan_duration_seconds} by purpose (discovery:
 * the first round and every rediscovery; refresh: the known printers asked again), and
 * {@code openenpc_build_info}. Register it with {@code monitor.onRound(...)}: the engine's thread calls
 * {@link #accept} once per round; the client's metrics are thread-safe for the scrapes that read them.
 */
public final class AgentCounters implements Consumer<MonitorRound> {

    /**
     * Round durations seen here: a refresh of a few printers takes 0.3–2 s (the quiet timeout), a /16
     * discovery at the default rate a few minutes.
     */
    private static final double[] BUCKETS = {0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600};

    private final Counter sent;
    private final Counter received;
    private final Counter malformed;
    private final Counter outOfScope;
    private final Histogram duration;

    /** Registers the agent's metrics in {@code registry}; {@code version} is the build's ("development" from classes). */
    public AgentCounters(PrometheusRegistry registry, String version) {
        sent = Counter.builder().name("openenpc_packets_sent_total")
                .help("Datagrams sent by all rounds (discovery, retries, follow-ups).").register(registry);
        received = Counter.builder().name("openenpc_packets_received_total")
                .help("Valid replies received by all rounds.").register(registry);
        malformed = Counter.builder().name("openenpc_packets_malformed_total")
                .help("Datagrams received that were not valid replies.").register(registry);
        outOfScope = Counter.builder().name("openenpc_packets_out_of_scope_total")
                .help("Datagrams received from addresses the scan did not ask.").register(registry);
        duration = Histogram.builder().name("openenpc_scan_duration_seconds").unit(Unit.SECONDS)
                .help("Duration of each monitor round, by purpose (discovery or refresh).")
                .labelNames("purpose").classicOnly().classicUpperBounds(BUCKETS).register(registry);
        duration.initLabelValues("discovery");
        duration.initLabelValues("refresh");
        Info build = Info.builder().name("openenpc_build_info").help("The agent's version (value 1).")
                .labelNames("version").register(registry);
        build.addLabelValues(LabelText.of(version));
    }

    @Override
    public void accept(MonitorRound round) {
        ScanProgress p = round.summary() == null ? null : round.summary().progress();
        if (p != null) {
            sent.inc(Math.max(0, p.packetsSent()));
            received.inc(Math.max(0, p.replies()));
            malformed.inc(Math.max(0, p.malformed()));
            outOfScope.inc(Math.max(0, p.outOfScope()));
        }
        double seconds = Math.max(0, java.time.Duration.between(round.startedAt(), round.endedAt()).toNanos() / 1e9);
        duration.labelValues(round.purpose() == MonitorRound.Purpose.SCAN ? "discovery" : "refresh").observe(seconds);
    }
}
