package org.openenpc.ipp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import javax.net.ssl.SSLException;

/**
 * The ways one IPP exchange can fail below IPP (no connection, no answer in time, TLS, a body too large), as
 * one sentence each. HttpClient wraps its causes in IOExceptions of its own, so the whole cause chain is
 * searched. Pure; any thread.
 */
final class IppFailures {

    private IppFailures() {
    }

    static IppReadResult sentence(Throwable failure, String where, Duration connectTimeout, Duration deadline) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PinningTrustManager.Untrusted u) {
                return new IppReadResult.Untrusted("the printer's certificate is not trusted (SHA-256 " + u.sha256
                        + "); accept it explicitly to read this printer over ipps", u.sha256);
            }
            if (t instanceof CappedBody.TooLarge) {
                return new IppReadResult.Failed("the printer at " + where + " sent more than "
                        + (IppClient.MAX_BODY >> 20) + " MiB; the reply was not read");
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return new IppReadResult.NoAnswer("no connection to " + where + " within "
                        + IppClient.seconds(connectTimeout));
            }
            if (t instanceof HttpTimeoutException) {
                return new IppReadResult.NoAnswer("no IPP answer from " + where + " within "
                        + IppClient.seconds(deadline));
            }
            if (t instanceof ConnectException) {
                return new IppReadResult.NoAnswer("nothing answers IPP at " + where + " (connection refused)");
            }
            if (t instanceof SSLException) {
                return new IppReadResult.Failed("the TLS handshake with " + where + " failed ("
                        + IppReplyReader.brief(t) + ")");
            }
        }
        String kind = failure instanceof IOException ? "failed" : "failed unexpectedly";
        return new IppReadResult.Failed("reading " + where + " over IPP " + kind + " ("
                + IppReplyReader.brief(failure) + ")");
    }
}
