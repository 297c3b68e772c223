package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.sim.SimError;
import org.openenpc.sim.SimulatedPrinter;

/**
 * A real Prometheus (Debian's /usr/bin/prometheus, on 127.0.0.1 with its own temporary storage) scrapes a watch
 * every second; its query API then shows the simulated fleet up, a supply at the simulator's level and a condition
 * raised at run time. Skipped with a line where Prometheus is not installed (failed in CI, which installs it).
 */
class WatchMetricsPrometheusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void prometheusScrapesTheAgentAndSeesTheFleet() throws Exception {
        Path prometheus = ExternalTool.require("prometheus", "prometheus");
        HttpClient http = HttpClient.newHttpClient();
        try (MetricsWatch w = MetricsWatch.start("127.0.64", tmp.resolve("inventory.db"), http)) {
            String target = URI.create(w.url).getAuthority();
            int port = freePort();
            Path config = tmp.resolve("prometheus.yml");
            Files.writeString(config, """
                    global:
                      scrape_interval: 1s
                      scrape_timeout: 1s
                    scrape_configs:
                      - job_name: openenpc
                        static_configs:
                          - targets: ['%s']
                    """.formatted(target));
            Path log = tmp.resolve("prometheus.log");
            Process p = new ProcessBuilder(prometheus.toString(), "--config.file=" + config,
                    "--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.path=" + tmp.resolve("tsdb"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String api = "http://127.0.0.1:" + port;
            try {
                await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                        .until(() -> get(http, api + "/-/ready").statusCode() == 200);
                await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                        .until(() -> "3".equals(value(http, api, "count(openenpc_printer_up == 1)")));

                SimulatedPrinter inkjet = w.sim.at("127.0.64.1");
                int black = inkjet.profile().snmp().supplies().get(0).percent(inkjet.state().levels().get(0));
                String supply = "openenpc_supply_level_ratio{printer=\"" + inkjet.macText() + "\",colour=\"black\",kind=\"ink\"}";
                assertThat(Double.parseDouble(value(http, api, supply))).isEqualTo(black / 100.0);

                inkjet.raise(SimError.PAPER_JAM);
                String jam = "openenpc_printer_condition{printer=\"" + inkjet.macText() + "\",condition=\"paper_jam\",severity=\"error\"}";
                await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> "1".equals(value(http, api, jam)));
                assertThat(value(http, api, "openenpc_printer_state{printer=\"" + inkjet.macText()
                        + "\",openenpc_printer_state=\"error\"}")).isEqualTo("1");
                assertThat(value(http, api, "up{job=\"openenpc\"}")).isEqualTo("1");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("Prometheus said:\n" + Files.readString(log), e);
            } finally {
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** The value of the query's first result, or null when it has none. */
    private static String value(HttpClient http, String api, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = get(http, api + "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        JsonNode result = JSON.readTree(r.body()).path("data").path("result");
        return result.isEmpty() ? null : result.get(0).path("value").get(1).asText();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
