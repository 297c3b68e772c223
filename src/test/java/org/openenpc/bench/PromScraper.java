package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Prometheus (Debian's {@code /usr/bin/prometheus}) scraping the agent every 15 s for {@link AgentBench}'s
 * {@code --prometheus} run: on 127.0.0.1 with temporary storage, deleted when closed. After the window it tells
 * what it recorded itself: {@code scrape_duration_seconds}, {@code scrape_samples_scraped} and {@code up}.
 * The benchmark's main thread starts, asks and closes it.
 */
final class PromScraper implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/prometheus");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path dir;
    private final String api;
    private final HttpClient http = HttpClient.newHttpClient();

    private PromScraper(Process process, Path dir, String api) {
        this.process = process;
        this.dir = dir;
        this.api = api;
    }

    /** Starts Prometheus scraping {@code target} ("127.0.0.1:PORT") every 15 s (timeout 10 s) and waits until ready. */
    static PromScraper start(String target) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("agent-bench-prometheus");
        BenchStats.deleteOnExit(dir);
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 15s
                  scrape_timeout: 10s
                scrape_configs:
                  - job_name: openenpc
                    static_configs:
                      - targets: ['%s']
                """.formatted(target));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(BINARY.toString(), "--config.file=" + config, "--web.listen-address=127.0.0.1:"
                + port, "--storage.tsdb.path=" + dir.resolve("tsdb")).redirectErrorStream(true)
                .redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        PromScraper prom = new PromScraper(p, dir, "http://127.0.0.1:" + port);
        for (int i = 0; i < 150; i++) {
            try {
                if (prom.get("/-/ready").statusCode() == 200) {
                    return prom;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        prom.close();
        throw new IllegalStateException("Prometheus did not get ready in 15 s: " + Files.readString(dir.resolve("prometheus.log")));
    }

    /** Every sample of {@code metric} (job openenpc) over the last {@code seconds}, oldest first. */
    List<Double> samples(String metric, long seconds) throws IOException, InterruptedException {
        String q = metric + "{job=\"openenpc\"}[" + seconds + "s]";
        JsonNode result = JSON.readTree(get("/api/v1/query?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body())
                .path("data").path("result");
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
        return ProcStats.cpuTicks(process.pid());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    Path dir() {
        return dir;
    }
}
