package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The IPP listener's HTTP/1.1 request reader: framing, chunks, limits, and never an exception. */
class HttpRequestParserTest {

    private static HttpRequestParser.Result parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return HttpRequestParser.parse(b, b.length);
    }

    @Test
    void contentLengthFramesTheBodyAndLeavesThePipelinedRest() {
        HttpRequestParser.Complete c = (HttpRequestParser.Complete) parse(
                "POST /ipp/print?x=1 HTTP/1.1\r\nContent-Type: application/ipp\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\n");
        assertThat(c.request().path()).isEqualTo("/ipp/print");
        assertThat(c.request().mediaType()).isEqualTo("application/ipp");
        assertThat(c.request().body()).containsExactly('a', 'b', 'c');
        assertThat(c.request().keepAlive()).isTrue();
        assertThat(c.consumed()).isEqualTo("POST /ipp/print?x=1 HTTP/1.1\r\nContent-Type: application/ipp\r\nContent-Length: 3\r\n\r\nabc".length());
    }

    @Test
    void incompleteRequestsAskForMoreAndSayWhenTheClientWaitsForContinue() {
        assertThat(parse("POST / HTTP/1.1\r\nContent-Length: 3\r\n")).isEqualTo(new HttpRequestParser.Incomplete(false));
        assertThat(parse("POST / HTTP/1.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\na"))
                .isEqualTo(new HttpRequestParser.Incomplete(true));
        assertThat(parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab")).isInstanceOf(HttpRequestParser.Incomplete.class);
    }

    @Test
    void chunkedBodiesAreJoinedAndTrailersSkipped() {
        HttpRequestParser.Complete c = (HttpRequestParser.Complete) parse(
                "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1;x=y\r\nc\r\n0\r\nX-T: 1\r\n\r\n");
        assertThat(new String(c.request().body(), StandardCharsets.US_ASCII)).isEqualTo("abc");
        assertThat(c.request().keepAlive()).isFalse();
    }

    @Test
    void badOrOversizedRequestsAreRefusedWithAStatus() {
        assertThat(((HttpRequestParser.Invalid) parse("HELLO\r\n\r\n")).status()).isEqualTo(400);
        assertThat(((HttpRequestParser.Invalid) parse("GET / HTTP/2.0\r\n\r\n")).status()).isEqualTo(505);
        assertThat(((HttpRequestParser.Invalid) parse("POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n")).status()).isEqualTo(400);
        assertThat(((HttpRequestParser.Invalid) parse("POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n")).status()).isEqualTo(413);
        assertThat(((HttpRequestParser.Invalid) parse("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")).status()).isEqualTo(501);
        assertThat(((HttpRequestParser.Invalid) parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")).status()).isEqualTo(400);
        assertThat(((HttpRequestParser.Invalid) parse("GET / HTTP/1.1\r\nX: " + "a".repeat(HttpRequestParser.MAX_HEAD) + "\r\n"))
                .status()).isEqualTo(431);
    }

    @Test
    void neverThrowsOnAnyPrefixOfARequest() {
        String full = "POST /ipp/print HTTP/1.1\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n4\r\nabcd\r\n0\r\n\r\n";
        byte[] b = full.getBytes(StandardCharsets.ISO_8859_1);
        for (int n = 0; n <= b.length; n++) {
            assertThat(HttpRequestParser.parse(b, n)).isNotNull();
        }
        assertThat(HttpRequestParser.parse(b, b.length)).isInstanceOf(HttpRequestParser.Complete.class);
    }
}
