package org.openenpc.sim;

import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request as {@link HttpRequestParser} read it: method, path (the target without its
 * query), header fields by lower-case name (the last of repeated fields wins) and the body, chunked
 * transfer coding already removed. Immutable; any thread.
 *
 * @param keepAlive true when the connection stays open after the response (HTTP/1.1 unless
 *                  "Connection: close", HTTP/1.0 only with "Connection: keep-alive")
 */
record HttpRequest(String method, String path, Map<String, String> headers, byte[] body, boolean keepAlive) {

    HttpRequest {
        headers = Map.copyOf(headers);
    }

    /** The header's value, or "" when absent; {@code name} in lower case. */
    String header(String name) {
        return headers.getOrDefault(name, "");
    }

    /** The media type of Content-Type without parameters, lower case: "application/ipp". */
    String mediaType() {
        String t = header("content-type");
        int semi = t.indexOf(';');
        return (semi >= 0 ? t.substring(0, semi) : t).trim().toLowerCase(Locale.ROOT);
    }
}
