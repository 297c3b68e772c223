package org.openenpc.ipp;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/** A printer's HTTP(S) side on 127.0.0.1 and a free port, answering as each test tells it. Closed by the test. */
final class LoopbackIppServer implements AutoCloseable {

    /** How the server answers one exchange. */
    interface Reply {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-ipp-server");
        t.setDaemon(true);
        return t;
    });
    final AtomicInteger requests = new AtomicInteger();
    final AtomicReference<byte[]> lastBody = new AtomicReference<>();
    final AtomicReference<String> lastContentType = new AtomicReference<>();

    private LoopbackIppServer(HttpServer server, Reply reply) {
        this.server = server;
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            lastContentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            lastBody.set(exchange.getRequestBody().readAllBytes());
            try {
                reply.answer(exchange);
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    static LoopbackIppServer http(Reply reply) throws IOException {
        return new LoopbackIppServer(HttpServer.create(loopback(), 0), reply);
    }

    static LoopbackIppServer https(SSLContext tls, Reply reply) throws IOException {
        HttpsServer s = HttpsServer.create(loopback(), 0);
        s.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new LoopbackIppServer(s, reply);
    }

    private static InetSocketAddress loopback() throws IOException {
        return new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** The printer URI for this server, e.g. ipp://127.0.0.1:40123/ipp/print. */
    URI uri(String scheme) {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/ipp/print");
    }

    /** Answers with {@code body} as {@code contentType} and HTTP {@code status}. */
    static Reply with(int status, String contentType, byte[] body) {
        return exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
