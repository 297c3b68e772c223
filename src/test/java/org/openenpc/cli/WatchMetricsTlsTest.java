package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * {@code --metrics-web-config}: TLS from a self-signed PEM certificate and PKCS#8 key made here (JDK keytool, so
 * no other tool is needed) and basic auth against a bcrypt hash; bad web configs are one sentence and exit code 2
 * before any scan.
 */
class WatchMetricsTlsTest {

    @TempDir
    Path tmp;

    Path cert;
    Path key;
    KeyStore keyStore;

    @BeforeEach
    void selfSignedCertificate() throws Exception {
        Path ks = tmp.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "metrics", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(said).isZero();
        keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(ks.toFile())) {
            keyStore.load(in, "changeit".toCharArray());
        }
        PrivateKey k = (PrivateKey) keyStore.getKey("metrics", "changeit".toCharArray());
        Certificate c = keyStore.getCertificate("metrics");
        cert = Files.writeString(tmp.resolve("server.crt"), pem("CERTIFICATE", c.getEncoded()));
        key = Files.writeString(tmp.resolve("server.key"), pem("PRIVATE KEY", k.getEncoded())); // PKCS#8
    }

    @Test
    void aScrapeNeedsTheRightPasswordOverTls() throws Exception {
        String hash = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(6, "s3cret pass".toCharArray());
        Path config = Files.writeString(tmp.resolve("web.yml"), """
                # as node_exporter's --web.config.file
                tls_server_config:
                  cert_file: server.crt
                  key_file: server.key
                basic_auth_users:
                  prometheus: '%s'
                """.formatted(hash));
        HttpClient http = HttpClient.newBuilder().sslContext(trusting()).connectTimeout(Duration.ofSeconds(5)).build();
        try (MetricsWatch w = MetricsWatch.start("127.0.65", tmp.resolve("inventory.db"), http,
                "--metrics-web-config", config.toString())) {
            assertThat(w.url).startsWith("https://127.0.0.1:");
            HttpResponse<String> anonymous = w.get(null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic realm=");
            assertThat(send(w, "prometheus", "wrong").statusCode()).isEqualTo(401);
            assertThat(send(w, "nobody", "s3cret pass").statusCode()).isEqualTo(401);
            HttpResponse<String> ok = send(w, "prometheus", "s3cret pass");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("# HELP openenpc_printers_known ");
            assertThat(send(w, "prometheus", "s3cret pass").statusCode()).isEqualTo(200); // the remembered pass
            assertThat(plainHttpGetsNoMetrics(w.url.replace("https:", "http:"))).isTrue();
        }
    }

    /** Plain HTTP to the TLS port: an error status or a failed exchange, never the metrics. */
    private static boolean plainHttpGetsNoMetrics(String url) throws InterruptedException {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() != 200 && !r.body().contains("openenpc_");
        } catch (java.io.IOException refused) {
            return true;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad hash      | basic_auth_users: {prometheus: plaintext}                       | the password hash of user \"prometheus\" is not a bcrypt hash",
        "unknown key   | {http_server_config: {http2: false}}                            | http_server_config is not supported",
        "client certs  | {tls_server_config: {cert_file: server.crt, key_file: server.key, client_ca_file: ca.crt}} | tls_server_config.client_ca_file is not supported",
        "no key file   | {tls_server_config: {cert_file: server.crt}}                    | tls_server_config.key_file is missing",
        "missing cert  | {tls_server_config: {cert_file: none.crt, key_file: server.key}} | none.crt cannot be read (no such file)",
        "PKCS#1 key    | {tls_server_config: {cert_file: server.crt, key_file: rsa.key}} | is a PKCS#1 RSA key, which Java cannot read; convert it to PKCS#8 (openssl pkcs8 -topk8",
        "foreign key   | {tls_server_config: {cert_file: server.crt, key_file: other.key}} | does not belong to the certificate",
        "not a cert    | {tls_server_config: {cert_file: server.key, key_file: server.key}} | holds no PEM certificate",
        "not YAML      | '{ unclosed'                                                    | is not valid YAML",
        "not a mapping | '- a list'                                                       | must be a YAML mapping",
    })
    void aBadWebConfigIsOneSentenceAndExitCodeTwoBeforeAnyScan(String name, String yaml, String expected) throws Exception {
        Files.writeString(tmp.resolve("rsa.key"), Files.readString(key).replace("PRIVATE KEY", "RSA PRIVATE KEY"));
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        Files.writeString(tmp.resolve("other.key"), pem("PRIVATE KEY", g.generateKeyPair().getPrivate().getEncoded()));
        String text = yaml.startsWith("'") ? yaml.substring(1, yaml.length() - 1) : yaml;
        Path config = Files.writeString(tmp.resolve("web.yml"), text + "\n");
        CliErrorsTest.Result r = CliErrorsTest.run("watch", "--range", "127.0.66.0/29", "--port", "9", "--no-snmp",
                "--no-record", "--metrics-listen=127.0.0.1:0", "--metrics-web-config", config.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("openenpc: The ").contains(expected).doesNotContain("Exception").endsWith(".\n");
    }

    @Test
    void theOtherSetupMistakesAreOneSentenceToo() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliErrorsTest.Result r = CliErrorsTest.run("watch", "--range", "127.0.66.0/29", "--no-record",
                    "--metrics-listen=127.0.0.1:" + taken.getLocalPort());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("openenpc: Cannot serve metrics on 127.0.0.1:" + taken.getLocalPort()
                    + ": the port is already in use (another program or another watch listens there); choose another "
                    + "with --metrics-listen=ADDR:PORT.\n");
        }
        CliErrorsTest.Result bad = CliErrorsTest.run("watch", "--range", "127.0.66.0/29", "--no-record",
                "--metrics-listen=printer.example:80");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("is not a listen address: the address must be an IP address (no host names)");
        CliErrorsTest.Result alone = CliErrorsTest.run("watch", "--range", "127.0.66.0/29", "--no-record",
                "--metrics-web-config", tmp.resolve("web.yml").toString());
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).isEqualTo("openenpc: --metrics-web-config needs --metrics-listen.\n");
    }

    private HttpResponse<String> send(MetricsWatch w, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return w.http.send(HttpRequest.newBuilder(URI.create(w.url)).header("Authorization", "Basic " + basic)
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private SSLContext trusting() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("metrics", keyStore.getCertificate("metrics"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
