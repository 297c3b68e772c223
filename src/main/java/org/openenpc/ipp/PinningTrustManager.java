package org.openenpc.ipp;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's trust manager (chain to a trusted CA, host name as HttpClient asks for it), except that a server
 * whose leaf certificate's SHA-256 is pinned is accepted without either check. A server that is neither
 * trusted nor pinned fails with {@link Untrusted}, which carries the fingerprint to show the user. Called on
 * HttpClient's threads during the handshake; immutable.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

    /** The server's certificate is neither trusted by the JDK nor pinned. */
    static final class Untrusted extends CertificateException {
        private static final long serialVersionUID = 1L;
        final String sha256;

        Untrusted(String sha256, CertificateException cause) {
            super("certificate not trusted, SHA-256 " + sha256, cause);
            this.sha256 = sha256;
        }
    }

    private final X509ExtendedTrustManager system;
    private final Set<String> pins;

    PinningTrustManager(X509ExtendedTrustManager system, Set<String> pins) {
        this.system = system;
        this.pins = pins;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            system.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            judge(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        try {
            system.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            judge(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            system.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            judge(chain, e);
        }
    }

    /** Returns when the leaf is pinned; else throws {@link Untrusted} with its fingerprint. */
    private void judge(X509Certificate[] chain, CertificateException e) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw e;
        }
        String fp = IppTrust.fingerprint(chain[0]);
        if (!pins.contains(fp.replace(":", ""))) {
            throw new Untrusted(fp, e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("an IPP client does not accept clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("an IPP client does not accept clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("an IPP client does not accept clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }
}
