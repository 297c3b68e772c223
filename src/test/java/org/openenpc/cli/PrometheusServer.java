package org.openenpc.cli;

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
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Prometheus server for tests and benchmarks: Debian's binary listening on 127.0.0.1 and a free port, its
 * storage and log in a folder of the caller's, scraping one target as job {@code openenpc}. Started ready (its
 * {@code /-/ready} answered), stopped by {@link #close()}.
 */
public final class PrometheusServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final String api;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusServer(Process process, Path log, String api) {
        this.process = process;
        this.log = log;
        this.api = api;
    }

    /**
     * Starts {@code binary} scraping {@code target} ("127.0.0.1:PORT") every {@code interval} with {@code timeout},
     * keeping its files in {@code dir}, and waits up to 15 s until it is ready.
     */
    public static PrometheusServer start(Path binary, Path dir, String target, String interval, String timeout)
            throws IOException, InterruptedException {
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: %s
                  scrape_timeout: %s
                scrape_configs:
                  - job_name: openenpc
                    static_configs:
                      - targets: ['%s']
                """.formatted(interval, timeout, target));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("prometheus.log");
        Process p = new ProcessBuilder(binary.toString(), "--config.file=" + config,
                "--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.path=" + dir.resolve("tsdb"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusServer prom = new PrometheusServer(p, log, "http://127.0.0.1:" + port);
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
        throw new IllegalStateException("Prometheus did not get ready in 15 s: " + prom.log());
    }

    /** The value of an instant query's first result, or null when it has none. */
    public String value(String query) throws IOException, InterruptedException {
        JsonNode result = query(query);
        return result.isEmpty() ? null : result.get(0).path("value").get(1).asText();
    }

    /** The {@code data.result} of an instant query. */
    public JsonNode query(String query) throws IOException, InterruptedException {
        return JSON.readTree(get("/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body())
                .path("data").path("result");
    }

    /** What the server wrote so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    public long pid() {
        return process.pid();
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
}
