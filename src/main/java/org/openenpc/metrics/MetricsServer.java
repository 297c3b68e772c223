package org.openenpc.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Owns the HTTP(S) server of {@code /metrics}: the JDK's server with the Prometheus client's
 * {@link MetricsHandler} (text format 0.0.4, OpenMetrics or protobuf, as the scraper's Accept header asks),
 * TLS and basic auth from a {@link WebConfig}, and a small page at {@code /}. Read-only: GET and HEAD are
 * served, any other method gets 405, nothing changes anything. Two named daemon threads serve requests; the
 * caller's thread starts and {@link #close closes} it.
 */
public final class MetricsServer implements AutoCloseable {

    /** Requests served at once: a Prometheus pair and a curl. */
    private static final int THREADS = 2;

    private final HttpServer server;
    private final ExecutorService executor;
    private final String url;

    private MetricsServer(HttpServer server, ExecutorService executor, String url) {
        this.server = server;
        this.executor = executor;
        this.url = url;
    }

    /**
     * Binds {@code where} and starts serving {@code registry}.
     *
     * @param config TLS and users, or null for plain HTTP without auth
     * @throws MetricsSetupException one sentence: the address is in use or not this machine's, the TLS files are bad
     */
    public static MetricsServer start(ListenAddress where, WebConfig config, PrometheusRegistry registry)
            throws MetricsSetupException {
        boolean tls = config != null && config.tls();
        SSLContext ssl = tls ? PemTls.context(config.certFile(), config.keyFile()) : null;
        HttpServer server;
        try {
            server = tls ? HttpsServer.create(where.socketAddress(), 16) : HttpServer.create(where.socketAddress(), 16);
        } catch (IOException e) {
            throw new MetricsSetupException(bindFailure(where, e), e);
        }
        if (ssl != null) {
            ((HttpsServer) server).setHttpsConfigurator(new HttpsConfigurator(ssl) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters p = ssl.getDefaultSSLParameters();
                    p.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"}); // the exporter-toolkit's default minimum
                    params.setSSLParameters(p);
                }
            });
        }
        Authenticator auth = config != null && config.basicAuth() ? new BcryptAuthenticator(config.users()) : null;
        HttpContext metrics = server.createContext("/metrics", readOnly(new MetricsHandler(registry)));
        HttpContext root = server.createContext("/", readOnly(MetricsServer::rootPage));
        if (auth != null) {
            metrics.setAuthenticator(auth);
            root.setAuthenticator(auth);
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "openenpc-metrics-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        String url = (tls ? "https://" : "http://") + where.text(server.getAddress().getPort()) + "/metrics";
        return new MetricsServer(server, executor, url);
    }

    /** The port it listens on (the one chosen when asked for port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** "http://127.0.0.1:9377/metrics". */
    public String url() {
        return url;
    }

    /** Stops listening at once (a scrape being written is cut) and ends its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** GET and HEAD reach {@code next}; any other method gets 405 with an Allow header. */
    static HttpHandler readOnly(HttpHandler next) {
        return exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                String m = exchange.getRequestMethod();
                if ("GET".equals(m) || "HEAD".equals(m)) {
                    next.handle(exchange);
                } else {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    send(exchange, 405, "text/plain; charset=utf-8",
                            "Method not allowed: the OpenENPC metrics endpoint is read-only (GET and HEAD).\n");
                }
            }
        };
    }

    private static void rootPage(HttpExchange exchange) throws IOException {
        if (!"/".equals(exchange.getRequestURI().getPath())) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found: the metrics are at /metrics.\n");
            return;
        }
        send(exchange, 200, "text/html; charset=utf-8", "<!DOCTYPE html>\n<html><head><title>OpenENPC agent</title></head>"
                + "<body><h1>OpenENPC agent</h1><p>The printers this watch monitors, for Prometheus: "
                + "<a href=\"metrics\">/metrics</a></p></body></html>\n");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String bindFailure(ListenAddress where, IOException e) {
        String addr = where.text(where.port());
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (e instanceof BindException && m.contains("in use")) {
            return "Cannot serve metrics on " + addr + ": the port is already in use (another program or another "
                    + "watch listens there); choose another with --metrics-listen=ADDR:PORT.";
        }
        if (e instanceof BindException && m.contains("assign")) {
            return "Cannot serve metrics on " + addr + ": no network interface of this machine has that address.";
        }
        if (m.contains("permission") || m.contains("denied")) {
            return "Cannot serve metrics on " + addr + ": ports below 1024 need privileges; use a higher port.";
        }
        String why = e instanceof SocketException || e instanceof BindException ? e.getMessage() : e.toString();
        return "Cannot serve metrics on " + addr + " (" + org.openenpc.model.SafeText.escape(why) + ").";
    }
}
