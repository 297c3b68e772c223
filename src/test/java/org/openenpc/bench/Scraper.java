package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * {@code GET /metrics} as a scraper does it, over one kept-alive HTTP/1.1 connection (the JDK's client): timed
 * from the request until the whole body is read, with the body's size, its series and its printers up. Only
 * the benchmark's main thread uses it.
 */
final class Scraper {

    /** The formats asked for, by their Accept header. */
    enum Format {
        TEXT("text/plain; version=0.0.4", false),
        OPENMETRICS("application/openmetrics-text; version=1.0.0; charset=utf-8", false),
        /** What Prometheus 2.42 sends: OpenMetrics preferred, and gzip. */
        OPENMETRICS_GZIP("application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
                + "text/plain;version=0.0.4;q=0.5,*/*;q=0.1", true);

        final String accept;
        final boolean gzip;

        Format(String accept, boolean gzip) {
            this.accept = accept;
            this.gzip = gzip;
        }
    }

    /** One scrape: time to the body's end, bytes on the wire, series (lines not starting with #), printers up. */
    record Scrape(double ms, int bytes, int series, int up, String contentType) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private String lastText = "";

    Scraper(String url) {
        this.uri = URI.create(url);
    }

    /** Two unmeasured scrapes of each format. */
    void warmUp() throws IOException, InterruptedException {
        for (int i = 0; i < 2; i++) {
            for (Format fmt : Format.values()) {
                scrape(fmt);
            }
        }
    }

    Scrape scrape(Format fmt) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", fmt.accept);
        if (fmt.gzip) {
            req.header("Accept-Encoding", "gzip");
        }
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + r.statusCode());
        }
        byte[] body = r.body();
        boolean gzipped = r.headers().firstValue("Content-Encoding").orElse("").contains("gzip");
        String text = new String(gzipped ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes() : body,
                StandardCharsets.UTF_8);
        int series = 0;
        int up = 0;
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            series++;
            if (line.startsWith("openenpc_printer_up{") && Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) == 1) {
                up++;
            }
        }
        if (fmt == Format.TEXT) {
            lastText = text;
        }
        return new Scrape(ms, body.length, series, up, r.headers().firstValue("Content-Type").orElse("?")
                + (gzipped ? " gzip" : ""));
    }

    /** The agent's own round durations from the latest text scrape: "discovery 2 × 91.2 s, refresh 1 × 30.7 s". */
    String roundDurations() {
        List<String> out = new ArrayList<>();
        for (String purpose : List.of("discovery", "refresh")) {
            double sum = value("openenpc_scan_duration_seconds_sum{purpose=\"" + purpose + "\"}");
            double count = value("openenpc_scan_duration_seconds_count{purpose=\"" + purpose + "\"}");
            out.add(f("%s %.0f x %.1f s", purpose, count, count > 0 ? sum / count : 0));
        }
        return "rounds " + String.join(", ", out);
    }

    private double value(String series) {
        for (String line : lastText.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return Double.NaN;
    }

    /** "median 171.2 ms, max 240.3 ms of 10; 5,346,117 bytes, 57,537 series". */
    static String summary(List<Scrape> s) {
        if (s.isEmpty()) {
            return "none";
        }
        List<Double> ms = s.stream().map(Scrape::ms).toList();
        Scrape last = s.get(s.size() - 1);
        return f("median %.1f ms, max %.1f ms of %d; %,d bytes, %,d series (%s)", BenchStats.median(ms),
                ms.stream().mapToDouble(Double::doubleValue).max().orElse(0), s.size(), last.bytes(), last.series(),
                last.contentType());
    }
}
