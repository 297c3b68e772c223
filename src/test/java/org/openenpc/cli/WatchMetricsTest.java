package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.sim.SimError;
import org.openenpc.sim.SimulatedPrinter;

/**
 * {@code watch --metrics-listen}: a simulated fleet on loopback scraped over HTTP in both text formats, a
 * condition raised at run time showing in the next refresh, the endpoint read-only, and promtool's lint of a
 * real scrape.
 */
class WatchMetricsTest {

    @TempDir
    Path tmp;

    @Test
    void everySimulatedPrinterIsUpWithItsSupplyAndARaisedConditionAppears() throws Exception {
        try (MetricsWatch w = MetricsWatch.start("127.0.61", tmp.resolve("inventory.db"), null)) {
            await().atMost(Duration.ofSeconds(15)).until(() ->
                    MetricsWatch.samples(w.scrape(), "openenpc_printer_up{").stream().filter(l -> l.endsWith("} 1.0")).count() == 3);
            String text = w.scrape();
            for (SimulatedPrinter p : w.sim.printers()) {
                assertThat(text).contains("openenpc_printer_up{printer=\"" + p.macText() + "\"} 1.0");
            }
            SimulatedPrinter inkjet = w.sim.at("127.0.61.1");
            assertThat(inkjet.profile().snmp().supplies().get(0).colorant()).isEqualTo("black");
            int black = inkjet.profile().snmp().supplies().get(0).percent(inkjet.state().levels().get(0));
            assertThat(text).contains("openenpc_supply_level_ratio{colour=\"black\",kind=\"ink\",printer=\""
                    + inkjet.macText() + "\",supply=\"Black ink\"} " + black / 100.0);
            assertThat(text).doesNotContain("condition=\"paper_jam\"").contains("openenpc_printers_known 3.0");

            inkjet.raise(SimError.PAPER_JAM);
            await().atMost(Duration.ofSeconds(10)).until(() -> w.scrape().contains("openenpc_printer_condition{condition=\"paper_jam\","
                    + "printer=\"" + inkjet.macText() + "\",severity=\"error\"} 1"));
            assertThat(w.scrape()).contains("openenpc_printer_state{printer=\"" + inkjet.macText()
                    + "\",openenpc_printer_state=\"error\"} 1");

            HttpResponse<String> plain = w.get("text/plain");
            assertThat(plain.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(plain.body()).contains("# TYPE openenpc_printer_state gauge").contains("# HELP openenpc_printer_up ");

            HttpResponse<String> om = w.get(MetricsWatch.OPENMETRICS);
            assertThat(om.statusCode()).isEqualTo(200);
            assertThat(om.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/openmetrics-text");
            assertThat(om.body()).contains("# TYPE openenpc_printer_state stateset").contains("# TYPE openenpc_printer info")
                    .contains("# TYPE openenpc_scan_duration_seconds histogram")
                    .contains("openenpc_printer_condition{condition=\"paper_jam\"").endsWith("# EOF\n");
            assertThat(w.out.toString()).contains("new printer").contains("Paper jam");
        }
        assertThat(Files.size(tmp.resolve("inventory.db"))).as("watch recorded its rounds").isPositive();
    }

    @Test
    void onlyGetAndHeadAreServed() throws Exception {
        try (MetricsWatch w = MetricsWatch.start("127.0.62", tmp.resolve("inventory.db"), null)) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                HttpResponse<String> r = w.http.send(HttpRequest.newBuilder(URI.create(w.url))
                        .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(method).isEqualTo(405);
                assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
            }
            HttpResponse<String> head = w.http.send(HttpRequest.newBuilder(URI.create(w.url))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            String root = w.url.replace("/metrics", "/");
            assertThat(w.http.send(HttpRequest.newBuilder(URI.create(root)).build(), HttpResponse.BodyHandlers.ofString())
                    .body()).contains("href=\"metrics\"");
            assertThat(w.http.send(HttpRequest.newBuilder(URI.create(root + "admin")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void promtoolFindsNothingToSayAboutARealScrape() throws Exception {
        Path promtool = ExternalTool.require("promtool", "prometheus");
        try (MetricsWatch w = MetricsWatch.start("127.0.63", tmp.resolve("inventory.db"), null)) {
            w.sim.at("127.0.63.3").raise(SimError.COVER_OPEN);
            await().atMost(Duration.ofSeconds(15)).until(() -> w.scrape().contains("condition=\"cover_open\""));
            String text = w.scrape();
            Process p = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
            p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            p.getInputStream().transferTo(said);
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(said.toString(StandardCharsets.UTF_8)).as("promtool's output").isEmpty();
            assertThat(p.exitValue()).isZero();
        }
    }
}
