package org.openenpc.ui.detail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.openenpc.model.IppView;
import org.openenpc.model.Printer;

/**
 * Which page "Open Web Config" opens. Epson devices serve it at {@code http://IP/} (PROTOCOL.md §3); a printer that
 * answered IPP names its own page in printer-more-info, often with a port or path of its own, and that page is
 * opened instead, but only when it is an http or https URL whose host is the printer's own address. Anyone on the
 * LAN can answer our requests, so a printer-more-info pointing elsewhere (another host, a name that resolves
 * anywhere, {@code file:}, {@code javascript:}, credentials in the URL) is ignored and {@code http://IP/} opened.
 * Pure; any thread.
 */
public final class WebConfigUrl {

    private WebConfigUrl() {
    }

    /** The page to open for {@code p}; "" for null. */
    public static String of(Printer p) {
        if (p == null) {
            return "";
        }
        IppView v = p.ipp();
        String own = v == null ? null : ownPage(v.moreInfo(), p.ip());
        return own != null ? own : "http://" + p.ip() + "/";
    }

    /** {@code moreInfo} when it is an http(s) URL on {@code ip} with no user info, else null. */
    static String ownPage(String moreInfo, String ip) {
        if (moreInfo == null || moreInfo.isBlank() || ip == null || ip.isEmpty()) {
            return null;
        }
        URI u;
        try {
            u = new URI(moreInfo.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        // The raw user info too: "http://evil@IP/" is the printer's host, but a URL that carries a login is not a
        // page a printer needs to send us to.
        if (!web || u.getRawUserInfo() != null || !ip.equals(u.getHost())) {
            return null;
        }
        return u.toASCIIString();
    }
}
