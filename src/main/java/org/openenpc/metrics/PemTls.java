package org.openenpc.metrics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.openenpc.model.SafeText;

/**
 * The endpoint's TLS context from a PEM certificate (chain) and a PEM PKCS#8 private key, as the
 * exporter-toolkit's {@code cert_file} and {@code key_file}. Java reads PKCS#8 ("BEGIN PRIVATE KEY") of RSA,
 * EC and Ed25519 keys; an OpenSSL "traditional" key (PKCS#1 "BEGIN RSA PRIVATE KEY", SEC1 "BEGIN EC PRIVATE
 * KEY") or an encrypted one is refused with the command that converts it. The key must belong to the first
 * certificate (checked by signing a test message, so a mismatch is told at start, not at the first
 * handshake). Stateless; any thread.
 */
final class PemTls {

    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS");

    private PemTls() {
    }

    static SSLContext context(Path certFile, Path keyFile) throws MetricsSetupException {
        List<X509Certificate> chain = certificates(certFile);
        PrivateKey key = privateKey(keyFile);
        checkPair(certFile, keyFile, chain.get(0), key);
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            char[] none = new char[0];
            ks.setKeyEntry("metrics", key, none, chain.toArray(Certificate[]::new));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, none);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new MetricsSetupException("The TLS certificate " + name(certFile) + " and key " + name(keyFile)
                    + " cannot be used (" + SafeText.escape(String.valueOf(e.getMessage())) + ").", e);
        }
    }

    private static List<X509Certificate> certificates(Path file) throws MetricsSetupException {
        byte[] bytes = read(file, "certificate");
        try {
            List<X509Certificate> out = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes)).stream()
                    .map(X509Certificate.class::cast).toList();
            if (out.isEmpty()) {
                throw new java.security.cert.CertificateException("no certificate");
            }
            return out;
        } catch (java.security.cert.CertificateException e) {
            throw new MetricsSetupException("The TLS certificate file " + name(file)
                    + " holds no PEM certificate (\"BEGIN CERTIFICATE\").", e);
        }
    }

    private static PrivateKey privateKey(Path file) throws MetricsSetupException {
        String text = new String(read(file, "key"), StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN RSA PRIVATE KEY-----") || text.contains("-----BEGIN EC PRIVATE KEY-----")) {
            String kind = text.contains("BEGIN RSA") ? "a PKCS#1 RSA key" : "an SEC1 EC key";
            throw new MetricsSetupException("The TLS key file " + name(file) + " is " + kind
                    + ", which Java cannot read; convert it to PKCS#8 (openssl pkcs8 -topk8 -nocrypt -in "
                    + name(file) + " -out key.pem).");
        }
        if (text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
            throw new MetricsSetupException("The TLS key file " + name(file) + " is encrypted; give an unencrypted "
                    + "PKCS#8 key (openssl pkcs8 -topk8 -nocrypt), readable only by the agent's user.");
        }
        int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = text.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new MetricsSetupException("The TLS key file " + name(file)
                    + " holds no PEM PKCS#8 private key (\"BEGIN PRIVATE KEY\").");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(text.substring(begin + 27, end));
        } catch (IllegalArgumentException e) {
            throw new MetricsSetupException("The TLS key file " + name(file) + " is not valid PEM (bad base64).", e);
        }
        for (String alg : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | RuntimeException tryNext) {
                // not this algorithm
            }
        }
        throw new MetricsSetupException("The TLS key file " + name(file) + " holds a PKCS#8 key of a kind Java cannot "
                + "use (RSA, EC and Ed25519 keys work).");
    }

    private static void checkPair(Path certFile, Path keyFile, X509Certificate cert, PrivateKey key)
            throws MetricsSetupException {
        String alg = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            case "Ed448" -> "Ed448";
            default -> null;
        };
        if (alg == null) {
            return; // RSASSA-PSS needs parameters; the handshake tells
        }
        try {
            byte[] probe = "openenpc".getBytes(StandardCharsets.US_ASCII);
            Signature sign = Signature.getInstance(alg);
            sign.initSign(key);
            sign.update(probe);
            byte[] sig = sign.sign();
            Signature verify = Signature.getInstance(alg);
            verify.initVerify(cert.getPublicKey());
            verify.update(probe);
            if (verify.verify(sig)) {
                return;
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // a key of another algorithm than the certificate's: no match either
        }
        throw new MetricsSetupException("The TLS key " + name(keyFile) + " does not belong to the certificate "
                + name(certFile) + ".");
    }

    private static byte[] read(Path file, String what) throws MetricsSetupException {
        try {
            if (Files.size(file) > 1 << 20) {
                throw new MetricsSetupException("The TLS " + what + " file " + name(file) + " is larger than 1 MiB.");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MetricsSetupException("The TLS " + what + " file " + name(file) + " cannot be read ("
                    + WebConfig.reason(e) + ").", e);
        }
    }

    private static String name(Path p) {
        return SafeText.escape(p.toString());
    }
}
