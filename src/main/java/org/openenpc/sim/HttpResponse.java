package org.openenpc.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 response of a simulated printer: status, content type and body, written with
 * Content-Length (never chunked) and "Connection: close" when the connection ends after it.
 * Immutable; any thread.
 */
record HttpResponse(int status, String reason, String contentType, byte[] body, boolean close) {

    /** What the listener's "Server" field says. */
    static final String SERVER = "OpenENPC-simulator IPP/2.0";

    static HttpResponse of(int status, String reason, String contentType, byte[] body) {
        return new HttpResponse(status, reason, contentType, body, false);
    }

    /** A short plain-text error, e.g. 400 "Bad Request" with a sentence saying why. */
    static HttpResponse error(int status, String reason, String why) {
        return of(status, reason, "text/plain; charset=utf-8", (why + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The same response, closing the connection after it. */
    HttpResponse closing() {
        return new HttpResponse(status, reason, contentType, body, true);
    }

    /** Status line, header fields and body, ready to send. */
    byte[] toBytes() {
        StringBuilder h = new StringBuilder(160);
        h.append("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
        h.append("Server: ").append(SERVER).append("\r\n");
        if (contentType != null) {
            h.append("Content-Type: ").append(contentType).append("\r\n");
        }
        h.append("Content-Length: ").append(body.length).append("\r\n");
        if (close) {
            h.append("Connection: close\r\n");
        }
        h.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(h.length() + body.length);
        out.writeBytes(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }
}
