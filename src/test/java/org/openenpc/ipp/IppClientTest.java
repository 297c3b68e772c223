package org.openenpc.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openenpc.model.IppView;

/** The client against a real HTTP server on 127.0.0.1: good replies, hostile ones, silence. */
class IppClientTest {

    private final IppClient client = new IppClient(IppTrust.system(), Duration.ofSeconds(2), Duration.ofMillis(800));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void readsAPrinterAndSendsAProperRequest() throws IOException {
        try (LoopbackIppServer printer = LoopbackIppServer.http(
                LoopbackIppServer.with(200, "application/ipp", IppReplies.bytes(IppReplies.hpLaser())))) {
            IppReadResult r = client.getPrinterAttributes(printer.uri("ipp"));
            assertThat(r).isInstanceOf(IppReadResult.Answered.class);
            IppView v = ((IppReadResult.Answered) r).view();
            assertThat(v.makeAndModel()).isEqualTo("HP Color LaserJet MFP M283fdw");
            assertThat(v.uri()).isEqualTo(printer.uri("ipp").toString());
            assertThat(v.supplies()).hasSize(5);

            assertThat(printer.lastContentType.get()).isEqualTo("application/ipp");
            IppPacket request = IppReplyReader.read(printer.lastBody.get()).packet();
            assertThat(request.getVersionNumber()).isEqualTo(0x0101);
            assertThat(request.getOperation()).isEqualTo(Operation.getPrinterAttributes);
            List<String> names = new ArrayList<>();
            request.get(Tag.operationAttributes).forEach(a -> names.add(a.getName()));
            // RFC 8011 §4.1.4: charset first, natural language second.
            assertThat(names).containsExactly("attributes-charset", "attributes-natural-language", "printer-uri",
                    "requesting-user-name", "requested-attributes");
            assertThat(request.getValue(Tag.operationAttributes, Types.printerUri)).isEqualTo(printer.uri("ipp"));
            assertThat(request.getValues(Tag.operationAttributes, Types.requestedAttributes))
                    .contains("all", "printer-supply", "marker-levels", "marker-high-levels");
        }
    }

    @Test
    void acceptsTheOtherSuccessfulStatusesAndAContentTypeWithParameters() throws IOException {
        IppPacket p = IppPacket.response(Status.successfulOkIgnoredOrSubstitutedAttributes)
                .putPrinterAttributes(Types.printerName.of("x")).build();
        try (LoopbackIppServer printer = LoopbackIppServer.http(
                LoopbackIppServer.with(200, "Application/IPP; charset=utf-8", IppReplies.bytes(p)))) {
            assertThat(client.getPrinterAttributes(printer.uri("ipp"))).isInstanceOf(IppReadResult.Answered.class);
        }
    }

    @Test
    void anIppErrorStatusIsNamed() throws IOException {
        IppPacket p = IppPacket.response(Status.clientErrorNotFound).build();
        try (LoopbackIppServer printer = LoopbackIppServer.http(
                LoopbackIppServer.with(200, "application/ipp", IppReplies.bytes(p)))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp")))).endsWith(
                    "refused Get-Printer-Attributes: client-error-not-found (0x0406)");
        }
        IppPacket odd = new IppPacket(0x0101, 0x7777, 1);
        try (LoopbackIppServer printer = LoopbackIppServer.http(
                LoopbackIppServer.with(200, "application/ipp", IppReplies.bytes(odd)))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp")))).endsWith("status 0x7777");
        }
    }

    @Test
    void garbageAndTruncatedBodies() throws IOException {
        try (LoopbackIppServer printer = LoopbackIppServer.http(
                LoopbackIppServer.with(200, "application/ipp", "<html>hello</html>".getBytes()))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp")))).contains("sent a bad reply");
        }
        byte[] good = IppReplies.bytes(IppReplies.hpLaser());
        try (LoopbackIppServer printer = LoopbackIppServer.http(
                LoopbackIppServer.with(200, "application/ipp", Arrays.copyOf(good, good.length / 2)))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp")))).contains("sent a bad reply");
        }
        try (LoopbackIppServer printer = LoopbackIppServer.http(
                LoopbackIppServer.with(200, "application/ipp", new byte[0]))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp"))))
                    .endsWith("the reply is too short to be IPP (0 bytes)");
        }
    }

    @Test
    void aTenMegabyteBodyIsCutOffAtTheCap() throws IOException {
        byte[] huge = new byte[10 << 20];
        try (LoopbackIppServer printer = LoopbackIppServer.http(LoopbackIppServer.with(200, "application/ipp", huge))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp"))))
                    .endsWith("sent more than 1 MiB; the reply was not read");
        }
    }

    @Test
    void wrongContentTypeAndHttpErrors() throws IOException {
        byte[] good = IppReplies.bytes(IppReplies.hpLaser());
        try (LoopbackIppServer printer = LoopbackIppServer.http(LoopbackIppServer.with(200, "text/html", good))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp"))))
                    .endsWith("answered with content type text/html, not application/ipp");
        }
        try (LoopbackIppServer printer = LoopbackIppServer.http(LoopbackIppServer.with(200, null, good))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp"))))
                    .endsWith("answered with no content type, not application/ipp");
        }
        try (LoopbackIppServer printer = LoopbackIppServer.http(
                LoopbackIppServer.with(500, "text/plain", "oops".getBytes()))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp")))).endsWith("answered HTTP 500, not IPP");
        }
        try (LoopbackIppServer printer = LoopbackIppServer.http(LoopbackIppServer.with(426, null, new byte[0]))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp")))).contains("asks for ipps");
        }
    }

    @Test
    void aRedirectIsReportedNeverFollowed() throws IOException {
        try (LoopbackIppServer printer = LoopbackIppServer.http(redirectTo("http://127.0.0.2:1/elsewhere"))) {
            String s = failure(client.getPrinterAttributes(printer.uri("ipp")));
            assertThat(s).isEqualTo("the printer at 127.0.0.1:" + printer.uri("ipp").getPort()
                    + " redirected to http://127.0.0.2:1/elsewhere (HTTP 307); redirects are not followed");
            assertThat(printer.requests.get()).isEqualTo(1);
        }
        try (LoopbackIppServer printer = LoopbackIppServer.http(redirectTo("http://127.0.0.2/" + "a".repeat(5_000)))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp")))).hasSizeLessThan(400);
        }
        // HttpClient itself refuses a header with control characters; the sentence carries none.
        try (LoopbackIppServer printer = LoopbackIppServer.http(redirectTo("http://127.0.0.2/\u001b[2J"))) {
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp")))).doesNotContain("\u001b");
        }
    }

    private static LoopbackIppServer.Reply redirectTo(String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(307, -1);
        };
    }

    @Test
    void aPrinterThatNeverAnswersCostsTheDeadlineAndNoMore() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepted, read never, answered never
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "test-silent-printer");
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();
            IppReadResult r = client.getPrinterAttributes(URI.create("ipp://127.0.0.1:" + silent.getLocalPort() + "/"));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(r).isInstanceOf(IppReadResult.NoAnswer.class);
            assertThat(((IppReadResult.NoAnswer) r).sentence())
                    .isEqualTo("no IPP answer from 127.0.0.1:" + silent.getLocalPort() + " within 800 ms");
            assertThat(ms).isBetween(700L, 2_500L);
        }
    }

    @Test
    void nothingListening() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        IppReadResult r = client.getPrinterAttributes(URI.create("ipp://127.0.0.1:" + port + "/ipp/print"));
        assertThat(r).isEqualTo(new IppReadResult.NoAnswer(
                "nothing answers IPP at 127.0.0.1:" + port + " (connection refused)"));
    }

    @Test
    void onlyIppAndIppsUris() {
        assertThat(failure(client.getPrinterAttributes(URI.create("http://127.0.0.1/ipp/print"))))
                .isEqualTo("not an ipp or ipps URI: http://127.0.0.1/ipp/print");
        assertThat(failure(client.getPrinterAttributes(URI.create("ipp:/ipp/print"))))
                .startsWith("the URI names no printer host");
    }

    @Test
    void ippUrisMapToHttpOnPort631() {
        assertThat(IppRequests.httpUri(URI.create("ipp://127.0.0.1/ipp/print")))
                .isEqualTo(URI.create("http://127.0.0.1:631/ipp/print"));
        assertThat(IppRequests.httpUri(URI.create("IPPS://127.0.0.1/ipp/print")))
                .isEqualTo(URI.create("https://127.0.0.1:631/ipp/print"));
        assertThat(IppRequests.httpUri(URI.create("ipps://127.0.0.1:8443")))
                .isEqualTo(URI.create("https://127.0.0.1:8443/"));
        assertThat(IppRequests.httpUri(URI.create("ipp://[::1]/printers/q?x=1")))
                .isEqualTo(URI.create("http://[::1]:631/printers/q?x=1"));
    }

    @Test
    void aClosedClientSaysSoAndItsThreadsAreDaemons() throws IOException {
        try (LoopbackIppServer printer = LoopbackIppServer.http(
                LoopbackIppServer.with(200, "application/ipp", IppReplies.bytes(IppReplies.cupsQueue())))) {
            assertThat(client.getPrinterAttributes(printer.uri("ipp"))).isInstanceOf(IppReadResult.Answered.class);
            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("ipp-client-"))
                    .isNotEmpty().allMatch(Thread::isDaemon);
            client.close();
            assertThat(failure(client.getPrinterAttributes(printer.uri("ipp")))).isEqualTo("the IPP client is closed");
        }
    }

    static String failure(IppReadResult r) {
        assertThat(r).isInstanceOf(IppReadResult.Failed.class);
        return ((IppReadResult.Failed) r).sentence();
    }

}
