package org.openenpc.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 request (RFC 9112) from the bytes a connection has received so far: the
 * request line, the header fields and a body framed by Content-Length or the chunked transfer
 * coding (CUPS sends IPP requests chunked). Tells the caller when more bytes are needed, and
 * whether the client waits for "100 Continue" first. Every read is bounded: a head over
 * {@link #MAX_HEAD} bytes or a body over {@link #MAX_BODY} is refused, so one client cannot make
 * the listener hold much memory. Pure and never throws; any thread.
 */
final class HttpRequestParser {

    /** Largest request line + header fields accepted (a Get-Printer-Attributes head is ~200 bytes). */
    static final int MAX_HEAD = 16 * 1024;
    /** Largest body accepted: a Get-Printer-Attributes request is well under 1 KiB; documents are not printed. */
    static final int MAX_BODY = 1024 * 1024;

    /** What the bytes so far amount to. */
    sealed interface Result permits Incomplete, Complete, Invalid {
    }

    /** More bytes are needed; {@code wantsContinue}: the head is complete and asks for "100 Continue". */
    record Incomplete(boolean wantsContinue) implements Result {
    }

    /** A whole request, which took the first {@code consumed} bytes. */
    record Complete(HttpRequest request, int consumed) implements Result {
    }

    /** Not a request this listener accepts: answer {@code status} and close. */
    record Invalid(int status, String reason, String why) implements Result {
    }

    private static final Incomplete MORE = new Incomplete(false);

    private HttpRequestParser() {
    }

    /** Parses the first {@code length} bytes of {@code b}. */
    static Result parse(byte[] b, int length) {
        int start = 0;
        while (start + 1 < length && b[start] == '\r' && b[start + 1] == '\n') {
            start += 2; // RFC 9112 §2.2: ignore empty lines before the request line
        }
        int headEnd = indexOfBlankLine(b, start, length);
        if (headEnd < 0) {
            return length - start > MAX_HEAD ? tooLargeHead() : MORE;
        }
        if (headEnd - start > MAX_HEAD) {
            return tooLargeHead();
        }
        String[] lines = new String(b, start, headEnd - start, StandardCharsets.ISO_8859_1).split("\r\n", -1);
        String[] requestLine = lines[0].split(" ", -1);
        if (requestLine.length != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty()) {
            return bad("the request line is not METHOD TARGET HTTP/1.1");
        }
        String version = requestLine[2];
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            return new Invalid(505, "HTTP Version Not Supported", "only HTTP/1.0 and HTTP/1.1 are served");
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.substring(0, colon).contains(" ")) {
                return bad("header line " + i + " is not NAME: VALUE");
            }
            headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        boolean keepAlive = keepAlive(version, headers.getOrDefault("connection", ""));
        String path = path(requestLine[1]);
        int bodyStart = headEnd + 4;
        boolean wantsContinue = "100-continue".equalsIgnoreCase(headers.getOrDefault("expect", ""));
        String te = headers.get("transfer-encoding");
        if (te != null) {
            if (headers.containsKey("content-length")) {
                return bad("both Transfer-Encoding and Content-Length are given");
            }
            if (!te.equalsIgnoreCase("chunked")) {
                return new Invalid(501, "Not Implemented", "transfer coding \"" + te + "\" is not supported");
            }
            return Chunked.decode(b, bodyStart, length, wantsContinue,
                    body -> new HttpRequest(requestLine[0], path, headers, body, keepAlive));
        }
        long contentLength = contentLength(headers.getOrDefault("content-length", "0"));
        if (contentLength < 0) {
            return bad("Content-Length is not a number");
        }
        if (contentLength > MAX_BODY) {
            return tooLargeBody();
        }
        if (length - bodyStart < contentLength) {
            return new Incomplete(wantsContinue);
        }
        byte[] body = java.util.Arrays.copyOfRange(b, bodyStart, bodyStart + (int) contentLength);
        return new Complete(new HttpRequest(requestLine[0], path, headers, body, keepAlive),
                bodyStart + (int) contentLength);
    }

    private static boolean keepAlive(String version, String connection) {
        String c = connection.toLowerCase(Locale.ROOT);
        return version.equals("HTTP/1.1") ? !c.contains("close") : c.contains("keep-alive");
    }

    /** The path of an origin-form ("/ipp/print?x") or absolute-form ("http://host:631/ipp/print") target. */
    private static String path(String target) {
        String t = target;
        int scheme = t.indexOf("://");
        if (scheme > 0 && !t.startsWith("/")) {
            int slash = t.indexOf('/', scheme + 3);
            t = slash < 0 ? "/" : t.substring(slash);
        }
        int q = t.indexOf('?');
        return q >= 0 ? t.substring(0, q) : t;
    }

    private static long contentLength(String v) {
        if (v.isEmpty() || v.length() > 10 || !v.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(v);
    }

    /** Index of the CR of the first CRLF CRLF at or after {@code from}, or -1. */
    static int indexOfBlankLine(byte[] b, int from, int length) {
        for (int i = from; i + 3 < length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    static Invalid bad(String why) {
        return new Invalid(400, "Bad Request", why);
    }

    static Invalid tooLargeBody() {
        return new Invalid(413, "Content Too Large", "the body is larger than " + MAX_BODY + " bytes");
    }

    private static Invalid tooLargeHead() {
        return new Invalid(431, "Request Header Fields Too Large", "the request head is larger than " + MAX_HEAD + " bytes");
    }

    /** The chunked transfer coding (RFC 9112 §7.1): hex size lines, data, CRLF; a 0 chunk and trailers end it. */
    private static final class Chunked {

        static Result decode(byte[] b, int at, int length, boolean wantsContinue,
                             java.util.function.Function<byte[], HttpRequest> request) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int i = at;
            while (true) {
                int eol = indexOfCrlf(b, i, length);
                if (eol < 0) {
                    return length - i > 1024 ? bad("a chunk size line is too long") : new Incomplete(wantsContinue);
                }
                String sizeText = new String(b, i, eol - i, StandardCharsets.ISO_8859_1);
                int semi = sizeText.indexOf(';');
                sizeText = (semi >= 0 ? sizeText.substring(0, semi) : sizeText).trim();
                if (sizeText.isEmpty() || sizeText.length() > 7 || !sizeText.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    return bad("a chunk size is not a hexadecimal number");
                }
                int size = Integer.parseInt(sizeText, 16);
                if (body.size() + (long) size > MAX_BODY) {
                    return tooLargeBody();
                }
                i = eol + 2;
                if (size == 0) {
                    return trailers(b, i, length, wantsContinue, request.apply(body.toByteArray()));
                }
                if (length - i < size + 2) {
                    return new Incomplete(wantsContinue);
                }
                if (b[i + size] != '\r' || b[i + size + 1] != '\n') {
                    return bad("a chunk does not end with CRLF");
                }
                body.write(b, i, size);
                i += size + 2;
            }
        }

        /** Skips trailer fields up to the empty line that ends the message. */
        private static Result trailers(byte[] b, int i, int length, boolean wantsContinue, HttpRequest request) {
            while (true) {
                int eol = indexOfCrlf(b, i, length);
                if (eol < 0) {
                    return length - i > MAX_HEAD ? bad("the trailer fields are too long") : new Incomplete(wantsContinue);
                }
                if (eol == i) {
                    return new Complete(request, eol + 2);
                }
                i = eol + 2;
            }
        }

        private static int indexOfCrlf(byte[] b, int from, int length) {
            for (int i = from; i + 1 < length; i++) {
                if (b[i] == '\r' && b[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }
}
