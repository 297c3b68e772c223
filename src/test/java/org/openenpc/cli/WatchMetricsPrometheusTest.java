package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;

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

    @TempDir
    Path tmp;

    @Test
    void prometheusScrapesTheAgentAndSeesTheFleet() throws Exception {
        Path prometheus = ExternalTool.require("prometheus", "prometheus");
        HttpClient http = HttpClient.newHttpClient();
        try (MetricsWatch w = MetricsWatch.start("127.0.64", tmp.resolve("inventory.db"), http)) {
            String target = URI.create(w.url).getAuthority();
            try (PrometheusServer prom = PrometheusServer.start(prometheus, tmp, target, "1s", "1s")) {
                try {
                    await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                            .until(() -> "3".equals(prom.value("count(openenpc_printer_up == 1)")));

                    SimulatedPrinter inkjet = w.sim.at("127.0.64.1");
                    int black = inkjet.profile().snmp().supplies().get(0).percent(inkjet.state().levels().get(0));
                    String supply = "openenpc_supply_level_ratio{printer=\"" + inkjet.macText()
                            + "\",colour=\"black\",kind=\"ink\"}";
                    assertThat(Double.parseDouble(prom.value(supply))).isEqualTo(black / 100.0);

                    inkjet.raise(SimError.PAPER_JAM);
                    String jam = "openenpc_printer_condition{printer=\"" + inkjet.macText()
                            + "\",condition=\"paper_jam\",severity=\"error\"}";
                    await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> "1".equals(prom.value(jam)));
                    assertThat(prom.value("openenpc_printer_state{printer=\"" + inkjet.macText()
                            + "\",openenpc_printer_state=\"error\"}")).isEqualTo("1");
                    assertThat(prom.value("up{job=\"openenpc\"}")).isEqualTo("1");
                } catch (RuntimeException | AssertionError e) {
                    throw new AssertionError("Prometheus said:\n" + prom.log(), e);
                }
            }
        }
    }
}
