package org.openenpc.sim;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * One accepted TCP connection to a simulated printer's IPP listener: collects the bytes received,
 * hands each complete request ({@link HttpRequestParser}) to the {@link IppResponder} and writes the
 * responses in order, without blocking. Persistent connections and pipelined requests are served
 * as HTTP/1.1 wants; "100 Continue" is sent once per request that asks for it. A request that
 * arrives while its printer is powered off or silent gets no answer: the connection is closed, as
 * a printer that has just been switched off drops it. Used only by the IPP thread ("enpc-sim-ipp").
 */
final class HttpConnection {
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    /** The input buffer grows to at most one whole request (head + body) plus a little for pipelining. */
    private static final int MAX_BUFFER = HttpRequestParser.MAX_HEAD + HttpRequestParser.MAX_BODY + 4096;

    private final SocketChannel channel;
    private final SimulatedPrinter printer;
    private final int port;
    private final IppResponder responder;
    private final SimCounters counters;
    private final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
    private byte[] in = new byte[4096];
    private int inLength;
    private boolean continueSent;
    private boolean closeAfterWrite;
    private long lastActive = System.nanoTime();

    HttpConnection(SocketChannel channel, SimulatedPrinter printer, int port, IppResponder responder,
                   SimCounters counters) {
        this.channel = channel;
        this.printer = printer;
        this.port = port;
        this.responder = responder;
        this.counters = counters;
    }

    SocketChannel channel() {
        return channel;
    }

    long lastActive() {
        return lastActive;
    }

    /** Reads what arrived and answers every complete request; false when the connection is to be closed. */
    boolean onReadable(SelectionKey key) throws IOException {
        if (closeAfterWrite) {
            return flush(key); // a closing connection reads nothing more
        }
        if (inLength == in.length) {
            in = Arrays.copyOf(in, Math.min(MAX_BUFFER, in.length * 2));
        }
        int n = channel.read(ByteBuffer.wrap(in, inLength, in.length - inLength));
        if (n < 0) {
            closeAfterWrite = true;
            return !out.isEmpty() && flush(key);
        }
        lastActive = System.nanoTime();
        inLength += n;
        if (!serveRequests()) {
            counters.countIppRefused();
            return false;
        }
        return flush(key);
    }

    /** Writes what is queued; false when everything is written and the connection is to be closed. */
    boolean flush(SelectionKey key) throws IOException {
        while (!out.isEmpty()) {
            ByteBuffer b = out.peek();
            channel.write(b);
            if (b.hasRemaining()) {
                key.interestOps(SelectionKey.OP_WRITE); // stop reading until the client takes our answers
                return true;
            }
            out.poll();
            lastActive = System.nanoTime();
        }
        if (closeAfterWrite) {
            return false;
        }
        key.interestOps(SelectionKey.OP_READ);
        return true;
    }

    /** Answers the complete requests in the buffer; false when the printer is off (close unanswered). */
    private boolean serveRequests() {
        while (!closeAfterWrite) {
            HttpRequestParser.Result r = HttpRequestParser.parse(in, inLength);
            if (r instanceof HttpRequestParser.Incomplete inc) {
                if (inc.wantsContinue() && !continueSent) {
                    out.add(ByteBuffer.wrap(CONTINUE));
                    continueSent = true;
                }
                if (inLength == MAX_BUFFER) {
                    queue(HttpRequestParser.tooLargeBody());
                }
                return true;
            }
            if (r instanceof HttpRequestParser.Invalid bad) {
                queue(bad);
                return true;
            }
            HttpRequestParser.Complete c = (HttpRequestParser.Complete) r;
            if (printer.silent()) {
                return false;
            }
            HttpResponse response = responder.respond(printer, port, c.request());
            if (!c.request().keepAlive()) {
                response = response.closing();
                closeAfterWrite = true;
            }
            out.add(ByteBuffer.wrap(response.toBytes()));
            counters.countIppAnswered();
            System.arraycopy(in, c.consumed(), in, 0, inLength - c.consumed());
            inLength -= c.consumed();
            continueSent = false;
        }
        return true;
    }

    private void queue(HttpRequestParser.Invalid bad) {
        out.add(ByteBuffer.wrap(HttpResponse.error(bad.status(), bad.reason(), bad.why()).closing().toBytes()));
        counters.countIppAnswered();
        closeAfterWrite = true;
        inLength = 0;
    }
}
