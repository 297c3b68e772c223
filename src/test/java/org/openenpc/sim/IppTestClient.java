package org.openenpc.sim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.Types;

/**
 * An IPP client for tests: java.net.http over HTTP/1.1 to a simulated printer's own loopback
 * address, requests and responses encoded with jipp. Refuses anything outside 127.0.0.0/8. Any
 * thread (HttpClient is thread-safe).
 */
final class IppTestClient {
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private int nextId = 1;

    /** http://127.0.1.5:PORT/ipp/print of {@code p}. */
    static URI httpUri(SimulatedPrinter p, String path) {
        if (!Loopback.isLoopback(p.ip())) {
            throw new IllegalArgumentException("tests talk only to 127.0.0.0/8");
        }
        return URI.create("http://" + p.address() + ":" + p.ippPort() + path);
    }

    /** Get-Printer-Attributes with these requested-attributes (none: the printer's default, "all"). */
    IppPacket attributes(SimulatedPrinter p, String... requested) throws IOException, InterruptedException {
        IppPacket.Builder b = new IppPacket.Builder(Operation.getPrinterAttributes, 0x0200, nextId());
        b.putOperationAttributes(Types.attributesCharset.of("utf-8"), Types.attributesNaturalLanguage.of("en"),
                Types.printerUri.of(URI.create("ipp://" + p.address() + ":" + p.ippPort() + "/ipp/print")));
        if (requested.length > 0) {
            b.putOperationAttributes(Types.requestedAttributes.of(List.of(requested)));
        }
        return ipp(p, b.build());
    }

    /** Sends {@code request} and decodes the IPP answer; AssertionError unless HTTP 200 application/ipp. */
    IppPacket ipp(SimulatedPrinter p, IppPacket request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = post(p, "application/ipp", encode(request));
        if (r.statusCode() != 200 || !r.headers().firstValue("content-type").orElse("").equals("application/ipp")) {
            throw new AssertionError("HTTP " + r.statusCode() + " " + r.headers().map() + " from " + p.address());
        }
        return IppPacket.Companion.parse(new ByteArrayInputStream(r.body()));
    }

    HttpResponse<byte[]> post(SimulatedPrinter p, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(httpUri(p, "/ipp/print")).timeout(TIMEOUT)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> get(SimulatedPrinter p, String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(httpUri(p, path)).timeout(TIMEOUT).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    synchronized int nextId() {
        return nextId++;
    }

    static byte[] encode(IppPacket packet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packet.write(out);
        return out.toByteArray();
    }

    static AttributeGroup printer(IppPacket response) {
        AttributeGroup g = response.get(Tag.printerAttributes);
        if (g == null) {
            throw new AssertionError("no printer attributes in " + response);
        }
        return g;
    }

    /** The names of the printer attributes, in order. */
    static List<String> names(IppPacket response) {
        List<String> out = new ArrayList<>();
        printer(response).forEach(a -> out.add(a.getName()));
        return out;
    }

    /** The printer-supply values, each parsed into its "key=value;" pairs (PWG 5100.13). */
    static List<Map<String, String>> supplies(IppPacket response) {
        List<Map<String, String>> out = new ArrayList<>();
        com.hp.jipp.encoding.Attribute<?> attribute = printer(response).get("printer-supply");
        for (Object v : attribute == null ? List.of() : attribute) {
            // jipp decodes printer-supply as its KeyValues type; the encoded text is what the printer sent.
            String text = v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.US_ASCII)
                    : ((com.hp.jipp.encoding.KeyValues) v).get_encoded();
            if (!text.endsWith(";")) {
                throw new AssertionError("printer-supply value does not end with ';': " + text);
            }
            Map<String, String> pairs = new LinkedHashMap<>();
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                pairs.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            out.add(pairs);
        }
        return out;
    }
}
