package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.openenpc.cli.PrometheusServer;

/**
 * A real Prometheus (Debian's {@code /usr/bin/prometheus}) scraping the agent every 15 s for {@link AgentBench}'s
 * {@code --prometheus} run: on 127.0.0.1 with temporary storage, deleted when closed. After the window it tells
 * what it recorded itself: {@code scrape_duration_seconds}, {@code scrape_samples_scraped} and {@code up}.
 * The benchmark's main thread starts, asks and closes it.
 */
final class PromScraper implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final PrometheusServer server;
    private final Path dir;

    private PromScraper(PrometheusServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    /** Starts Prometheus scraping {@code target} ("127.0.0.1:PORT") every 15 s (timeout 10 s) and waits until ready. */
    static PromScraper start(String target) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("agent-bench-prometheus");
        BenchStats.deleteOnExit(dir);
        return new PromScraper(PrometheusServer.start(BINARY, dir, target, "15s", "10s"), dir);
    }

    /** Every sample of {@code metric} (job openenpc) over the last {@code seconds}, oldest first. */
    List<Double> samples(String metric, long seconds) throws IOException, InterruptedException {
        JsonNode result = server.query(metric + "{job=\"openenpc\"}[" + seconds + "s]");
        List<Double> out = new ArrayList<>();
        for (JsonNode v : result.path(0).path("values")) {
            out.add(Double.parseDouble(v.get(1).asText()));
        }
        return out;
    }

    /** "scrape_duration_seconds ms: ... -> median M, max X; samples scraped ...; up ...". */
    String summary(long seconds) throws IOException, InterruptedException {
        List<Double> ms = samples("scrape_duration_seconds", seconds).stream().map(s -> s * 1000).toList();
        List<Double> samples = samples("scrape_samples_scraped", seconds);
        List<Double> up = samples("up", seconds);
        return f("Prometheus 15 s scrapes over %d s: scrape_duration_seconds, ms: %s -> median %.1f, max %.1f; "
                        + "scrape_samples_scraped %s; up %s", seconds, BenchStats.list(ms, "%.1f"),
                ms.isEmpty() ? Double.NaN : BenchStats.median(ms), ms.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                BenchStats.list(samples, "%.0f"), BenchStats.list(up, "%.0f"));
    }

    /** Prometheus's own CPU ticks (utime + stime). */
    long cpuTicks() throws IOException {
        return ProcStats.cpuTicks(server.pid());
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }

    Path dir() {
        return dir;
    }
}
