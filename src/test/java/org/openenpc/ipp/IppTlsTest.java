package org.openenpc.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ipps against a real TLS server on 127.0.0.1 whose self-signed certificate, named like a printer's and not
 * after the address, is made by the running JDK's keytool: refused by default with its fingerprint, read when
 * that fingerprint is pinned, refused when another one is.
 */
class IppTlsTest {

    private static SSLContext serverTls;
    private static String fingerprint;

    @BeforeAll
    static void makeAPrinterCertificate(@TempDir Path dir) throws Exception {
        TlsPrinter.Certificate c = TlsPrinter.certificate(dir);
        serverTls = c.tls();
        fingerprint = c.fingerprint();
    }

    private static LoopbackIppServer printer() throws IOException {
        return LoopbackIppServer.https(serverTls,
                LoopbackIppServer.with(200, "application/ipp", IppReplies.bytes(IppReplies.epsonInkjet())));
    }

    private static IppReadResult read(IppTrust trust, LoopbackIppServer printer) {
        try (IppClient c = new IppClient(trust, Duration.ofSeconds(2), Duration.ofSeconds(5))) {
            return c.getPrinterAttributes(printer.uri("ipps"));
        }
    }

    @Test
    void aSelfSignedPrinterIsRefusedByDefaultWithItsFingerprint() throws IOException {
        try (LoopbackIppServer printer = printer()) {
            IppReadResult r = read(IppTrust.system(), printer);
            assertThat(r).isEqualTo(new IppReadResult.Untrusted("the printer's certificate is not trusted (SHA-256 "
                    + fingerprint + "); accept it explicitly to read this printer over ipps", fingerprint));
            assertThat(fingerprint).matches("([0-9a-f]{2}:){31}[0-9a-f]{2}");
            assertThat(printer.requests.get()).isZero();
        }
    }

    @Test
    void thePinnedCertificateIsReadDespiteItsNameAndIssuer() throws IOException {
        try (LoopbackIppServer printer = printer()) {
            IppReadResult r = read(IppTrust.system().accepting(fingerprint.toUpperCase()), printer);
            assertThat(r).isInstanceOf(IppReadResult.Answered.class);
            assertThat(((IppReadResult.Answered) r).view().makeAndModel()).isEqualTo("EPSON ET-4850 Series");
        }
    }

    @Test
    void anotherPinDoesNotOpenTheDoor() throws IOException {
        String other = "00".repeat(32);
        try (LoopbackIppServer printer = printer()) {
            IppReadResult r = read(IppTrust.system().accepting(other), printer);
            assertThat(r).isInstanceOf(IppReadResult.Untrusted.class);
            assertThat(((IppReadResult.Untrusted) r).sha256()).isEqualTo(fingerprint);
            assertThat(printer.requests.get()).isZero();
        }
    }

    @Test
    void pinsMustBeFingerprints() {
        assertThat(IppTrust.system().accepting(fingerprint).pinned()).containsExactly(fingerprint.replace(":", ""));
        assertThatThrownBy(() -> IppTrust.system().accepting("*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IppTrust.system().accepting("ab:cd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(IppTrust.system().pinned()).isEmpty();
    }
}
