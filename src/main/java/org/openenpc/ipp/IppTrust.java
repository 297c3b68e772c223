package org.openenpc.ipp;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Which printer certificates an {@link IppClient} accepts over ipps. {@link #system()} trusts what the JDK
 * trusts (its CA certificates, with host name verification), nothing else; {@link #accepting(String)} adds one
 * certificate by its SHA-256 fingerprint, an explicit choice the user makes after seeing the fingerprint in an
 * {@link IppReadResult.Untrusted}. Never a blanket trust-all.
 *
 * <p>A pinned certificate is accepted as it is: the pin replaces the CA chain check and the host name check
 * (printers' self-signed certificates name themselves after their model or serial, rarely after the address
 * they are reached at) and its validity dates (their clocks are often wrong). Only the leaf certificate the
 * printer presents is compared, byte for byte through its SHA-256. Immutable; any thread.
 */
public final class IppTrust {

    private final Set<String> pins;

    private IppTrust(Set<String> pins) {
        this.pins = Set.copyOf(pins);
    }

    /** Only what the JDK's default trust store trusts. */
    public static IppTrust system() {
        return new IppTrust(Set.of());
    }

    /**
     * This trust and also the certificate with {@code sha256} as its fingerprint: 64 hex digits, upper or lower
     * case, with or without ':' between the pairs.
     *
     * @throws IllegalArgumentException when {@code sha256} is not such a fingerprint
     */
    public IppTrust accepting(String sha256) {
        String hex = sha256.strip().replace(":", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint: " + sha256);
        }
        Set<String> more = new HashSet<>(pins);
        more.add(hex);
        return new IppTrust(more);
    }

    /** The pinned fingerprints as 64 lower-case hex digits each. */
    public Set<String> pinned() {
        return pins;
    }

    /** A TLS context whose trust manager is the JDK's, with these pins as the only exceptions. */
    SSLContext sslContext() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        X509ExtendedTrustManager system = null;
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                system = x;
            }
        }
        if (system == null) {
            throw new GeneralSecurityException("the JDK offers no X.509 trust manager");
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new PinningTrustManager(system, pins)}, null);
        return ctx;
    }

    /** The certificate's SHA-256 as lower-case hex pairs joined by ':'. */
    static String fingerprint(X509Certificate cert) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            StringBuilder sb = new StringBuilder(95);
            for (byte b : d) {
                if (sb.length() > 0) {
                    sb.append(':');
                }
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            return "";
        }
    }
}
