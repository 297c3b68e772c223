package org.openenpc.ipp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.model.Status;

import org.openenpc.model.SafeText;

/**
 * Reads one printer's attributes over IPP: a Get-Printer-Attributes POSTed as {@code application/ipp} over
 * HTTP/1.1 (ipps over TLS, trusted as {@link IppTrust} says), the reply checked and mapped by
 * {@link IppViewMapper}. Bounded in every way a printer could hold us: a connect timeout, a deadline for the whole
 * exchange (headers and body), a body of at most {@value #MAX_BODY} bytes, redirects never followed (reported,
 * naming where they pointed). Never throws for network or protocol trouble: the result is a view or one
 * sentence ({@link IppReadResult}).
 *
 * <p>Threads: {@link #getPrinterAttributes} blocks its caller until the answer or the deadline; {@link #read} does not.
 * Both may be called from several threads at once. HttpClient's work runs on this client's own daemon threads
 * ("ipp-client-N"), so an open client never keeps the JVM alive; {@link #close()} stops them.
 */
public final class IppClient implements AutoCloseable {

    /** The largest reply read: "all" from a busy office printer is 20–60 KB. */
    public static final int MAX_BODY = 1 << 20;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(5);
    private static final String IPP_TYPE = "application/ipp";
    private static final int MAX_LOCATION = 200;

    private final ExecutorService executor;
    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration deadline;
    private final Clock clock;
    private final String setupProblem;
    private final AtomicInteger requestIds = new AtomicInteger();

    /** Trusting only the JDK's CAs, with the default timeouts (2 s to connect, 5 s for the whole read). */
    public IppClient() {
        this(IppTrust.system(), DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE);
    }

    /** A client with its own trust and bounds; {@code deadline} covers the whole exchange, connect included. */
    public IppClient(IppTrust trust, Duration connectTimeout, Duration deadline) {
        this(trust, connectTimeout, deadline, Clock.systemUTC());
    }

    IppClient(IppTrust trust, Duration connectTimeout, Duration deadline, Clock clock) {
        this.connectTimeout = connectTimeout;
        this.deadline = deadline;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ipp-client-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).executor(executor);
        String problem = null;
        try {
            b.sslContext(trust.sslContext());
        } catch (GeneralSecurityException e) {
            problem = "TLS cannot be set up here (" + IppReplyReader.brief(e) + ")";
        }
        this.setupProblem = problem;
        this.http = b.build();
    }

    /** What the printer at {@code printerUri} (ipp:// or ipps://) reports; never throws. Blocks until then. */
    public IppReadResult getPrinterAttributes(URI printerUri) {
        CompletableFuture<IppReadResult> pending = read(printerUri);
        try {
            return pending.get();
        } catch (ExecutionException e) {
            return new IppReadResult.Failed("reading over IPP failed (" + IppReplyReader.brief(e.getCause()) + ")");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return new IppReadResult.Failed("reading " + IppRequests.target(printerUri) + " over IPP was interrupted");
        }
    }

    /**
     * What the printer at {@code printerUri} reports, without blocking: the future always completes normally, with the
     * view or one sentence, by the deadline at the latest. Many reads may be in flight at once: they hold no thread
     * while they wait.
     */
    public CompletableFuture<IppReadResult> read(URI printerUri) {
        URI target;
        try {
            target = IppRequests.httpUri(printerUri);
        } catch (IllegalArgumentException e) {
            return done(new IppReadResult.Failed(SafeText.escape(e.getMessage())));
        }
        if (setupProblem != null && "https".equals(target.getScheme())) {
            return done(new IppReadResult.Failed(setupProblem));
        }
        if (executor.isShutdown()) {
            return done(new IppReadResult.Failed("the IPP client is closed"));
        }
        String where = IppRequests.target(printerUri);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(deadline)
                .header("Content-Type", IPP_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        IppRequests.getPrinterAttributes(printerUri, requestIds.incrementAndGet())))
                .build();
        CompletableFuture<HttpResponse<byte[]>> pending;
        try {
            pending = http.sendAsync(request, IppClient::bodyFor);
        } catch (RuntimeException e) {
            return done(new IppReadResult.Failed("the request to " + where + " could not be sent ("
                    + IppReplyReader.brief(e) + ")"));
        }
        CompletableFuture<IppReadResult> result = new CompletableFuture<>();
        pending.orTimeout(deadline.toNanos(), TimeUnit.NANOSECONDS).whenComplete((r, failure) -> {
            IppReadResult out;
            try {
                if (failure == null) {
                    out = judge(r, printerUri, where);
                } else {
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException
                            && failure.getCause() != null ? failure.getCause() : failure;
                    if (cause instanceof TimeoutException) {
                        pending.cancel(true);
                        out = new IppReadResult.NoAnswer("no IPP answer from " + where + " within " + seconds(deadline));
                    } else {
                        out = IppFailures.sentence(cause, where, connectTimeout, deadline);
                    }
                }
            } catch (RuntimeException e) {
                out = new IppReadResult.Failed("the reply of " + where + " could not be read ("
                        + IppReplyReader.brief(e) + ")");
            }
            result.complete(out);
        });
        return result;
    }

    private static CompletableFuture<IppReadResult> done(IppReadResult r) {
        return CompletableFuture.completedFuture(r);
    }

    /** Reads the body only of what can be an IPP reply: HTTP 200 with content type application/ipp. */
    private static HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
        return info.statusCode() == 200 && isIpp(info.headers().firstValue("Content-Type").orElse(""))
                ? CappedBody.upTo(MAX_BODY) : CappedBody.discarding();
    }

    private IppReadResult judge(HttpResponse<byte[]> r, URI printerUri, String where) {
        int code = r.statusCode();
        if (code >= 300 && code < 400) {
            String location = r.headers().firstValue("Location").orElse("nowhere");
            location = location.length() > MAX_LOCATION ? location.substring(0, MAX_LOCATION) + "…" : location;
            return new IppReadResult.Failed("the printer at " + where + " redirected to " + SafeText.escape(location)
                    + " (HTTP " + code + "); redirects are not followed");
        }
        if (code == 426) {
            return new IppReadResult.Failed("the printer at " + where + " asks for ipps (HTTP 426 Upgrade Required)");
        }
        if (code != 200) {
            return new IppReadResult.Failed("the printer at " + where + " answered HTTP " + code + ", not IPP");
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!isIpp(type)) {
            String shown = type.isEmpty() ? "no content type" : "content type " + SafeText.escape(cut(type, 80));
            return new IppReadResult.Failed("the printer at " + where + " answered with " + shown
                    + ", not " + IPP_TYPE);
        }
        IppReplyReader.Decoded d = IppReplyReader.read(r.body());
        if (d.problem() != null) {
            return new IppReadResult.Failed("the printer at " + where + " sent a bad reply: " + d.problem());
        }
        int status = d.packet().getCode();
        if (status >= 0x0100) { // RFC 8011 §B.1: 0x0000–0x00FF are the successful statuses
            return new IppReadResult.Failed("the printer at " + where + " refused Get-Printer-Attributes: "
                    + statusName(status));
        }
        return new IppReadResult.Answered(IppViewMapper.view(d.packet(), printerUri.toString(), clock.instant()));
    }

    /** "client-error-not-found (0x0406)"; a code jipp does not know by its number. */
    static String statusName(int code) {
        Status s = Status.all.get(code);
        String hex = String.format(Locale.ROOT, "0x%04x", code);
        return s == null ? "status " + hex : s.getName() + " (" + hex + ")";
    }

    private static boolean isIpp(String contentType) {
        int semi = contentType.indexOf(';');
        String bare = (semi < 0 ? contentType : contentType.substring(0, semi)).strip();
        return bare.equalsIgnoreCase(IPP_TYPE);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    /** Stops this client's threads; reads after this fail with a sentence. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
