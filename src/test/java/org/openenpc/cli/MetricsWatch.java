package org.openenpc.cli;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

import picocli.CommandLine;

/**
 * A simulated fleet of three on {@code NET.1-3} (an inkjet, a TM receipt printer, a laser; all with SNMP) and an
 * in-process {@code watch --metrics-listen=127.0.0.1:0} of {@code NET.0/29} every 0.3 s, recording into its own
 * inventory; the endpoint's URL is read from watch's "Serving metrics on" line. Loopback only.
 */
final class MetricsWatch implements AutoCloseable {

    static final Pattern SERVING = Pattern.compile("Serving metrics on (\\S+) ");
    static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    final Simulator sim;
    final StringWriter out;
    final StringWriter err;
    final WatchCommand watch;
    final CompletableFuture<Integer> code;
    final String url;
    final HttpClient http;

    private MetricsWatch(Simulator sim, WatchCommand watch, CompletableFuture<Integer> code, String url, HttpClient http,
                         StringWriter out, StringWriter err) {
        this.sim = sim;
        this.out = out;
        this.err = err;
        this.watch = watch;
        this.code = code;
        this.url = url;
        this.http = http;
    }

    static Simulator fleet(String net) throws IOException {
        return Simulator.start(SimulatorConfig.builder().printers(List.of(
                PrinterSpec.of(net + ".1", PrinterProfile.INKJET),
                PrinterSpec.of(net + ".2", PrinterProfile.TM_T88V),
                PrinterSpec.of(net + ".3", PrinterProfile.LASER))).port(0).snmpPort(0).build());
    }

    /** Starts the fleet on {@code net} and a watch of it with {@code extra} options; waits for the endpoint. */
    static MetricsWatch start(String net, Path db, HttpClient http, String... extra) throws IOException {
        Simulator sim = fleet(net);
        MetricsWatch w = null;
        try {
            List<String> args = new ArrayList<>(List.of("watch", "--range", net + ".0/29", "--port", "" + sim.port(),
                    "--snmp-port", "" + sim.snmpPort(), "--snmp-timeout", "300", "--snmp-retries", "0", "--timeout", "300",
                    "--interval", "0.3", "--db", db.toString(), "--metrics-listen=127.0.0.1:0"));
            args.addAll(List.of(extra));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
            WatchCommand watch = cl.getSubcommands().get("watch").getCommand();
            CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> cl.execute(args.toArray(String[]::new)));
            String[] url = new String[1];
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    Matcher m = SERVING.matcher(err.toString());
                    if (m.find()) {
                        url[0] = m.group(1);
                    }
                    return url[0] != null || code.isDone();
                });
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new IllegalStateException("no \"Serving metrics on\" line; stderr: " + err, e);
            }
            if (url[0] == null) {
                throw new IllegalStateException("watch ended with " + code.join() + ": " + err);
            }
            w = new MetricsWatch(sim, watch, code, url[0], http == null ? HttpClient.newHttpClient() : http, out, err);
            return w;
        } finally {
            if (w == null) {
                sim.close();
            }
        }
    }

    HttpResponse<String> get(String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String scrape() throws IOException, InterruptedException {
        HttpResponse<String> r = get(null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("scrape got HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** The sample lines of {@code text} that start with {@code prefix}. */
    static List<String> samples(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).toList();
    }

    @Override
    public void close() throws Exception {
        try {
            watch.requestStop();
            code.get(20, TimeUnit.SECONDS);
        } finally {
            sim.close();
        }
    }
}
