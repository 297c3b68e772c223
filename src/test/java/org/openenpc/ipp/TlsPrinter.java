package org.openenpc.ipp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * For tests outside this package: an Epson inkjet's IPP side over TLS only (ipps) on 127.0.0.1 and a free port, with a
 * self-signed certificate named like a printer's (not after the address), made by the running JDK's keytool. Closed
 * by the test.
 */
public final class TlsPrinter implements AutoCloseable {

    private static final char[] PASSWORD = "printer".toCharArray();

    private final LoopbackIppServer server;
    private final String fingerprint;

    private TlsPrinter(LoopbackIppServer server, String fingerprint) {
        this.server = server;
        this.fingerprint = fingerprint;
    }

    /** A printer's TLS side: its server context and its certificate's fingerprint. */
    record Certificate(SSLContext tls, String fingerprint) {
    }

    /** Makes a self-signed printer certificate in {@code dir} with the running JDK's keytool. */
    static Certificate certificate(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        Path store = dir.resolve("printer.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "printer", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=EPSON1A2B3C", "-validity", "30",
                "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + out);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        return new Certificate(tls, IppTrust.fingerprint((X509Certificate) ks.getCertificate("printer")));
    }

    /** Makes the certificate in {@code dir} and starts the printer. */
    public static TlsPrinter start(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        Certificate c = certificate(dir);
        return new TlsPrinter(LoopbackIppServer.https(c.tls(),
                LoopbackIppServer.with(200, "application/ipp", IppReplies.bytes(IppReplies.epsonInkjet()))),
                c.fingerprint());
    }

    /** Its TCP port on 127.0.0.1. */
    public int port() {
        return server.uri("ipps").getPort();
    }

    /** Its certificate's SHA-256, lower-case hex pairs joined by ':'. */
    public String fingerprint() {
        return fingerprint;
    }

    /** IPP requests that reached it (none while its certificate is refused: the handshake fails first). */
    public int requests() {
        return server.requests.get();
    }

    @Override
    public void close() {
        server.close();
    }
}
