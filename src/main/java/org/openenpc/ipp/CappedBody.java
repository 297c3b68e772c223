package org.openenpc.ipp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a cap: past it, the exchange is cancelled and the body fails with
 * {@link TooLarge}, so a printer that sends 10 MB costs us at most the cap. With a cap of 0 and
 * {@code discard}, nothing is read at all (for replies judged by their headers alone). Called on HttpClient's
 * threads, one at a time, as {@link Flow.Subscriber} requires.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long cap) {
            super("body larger than " + cap + " bytes");
        }
    }

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long cap;
    private final boolean discard;
    private Flow.Subscription subscription;

    private CappedBody(long cap, boolean discard) {
        this.cap = cap;
        this.discard = discard;
    }

    /** Reads at most {@code cap} bytes. */
    static CappedBody upTo(long cap) {
        return new CappedBody(cap, false);
    }

    /** Reads nothing: the body is empty and the connection is let go. */
    static CappedBody discarding() {
        return new CappedBody(0, true);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (discard) {
            s.cancel();
            body.complete(new byte[0]);
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            if (bytes.size() + (long) b.remaining() > cap) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge(cap));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable t) {
        body.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
