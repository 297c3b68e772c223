package org.openenpc.ipp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import com.hp.jipp.encoding.IppOutputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.Types;

/**
 * The request we send and where it goes: a Get-Printer-Attributes (RFC 8011 §4.2.5) in IPP/1.1, which every IPP
 * printer accepts (IPP/2.x printers answer 1.1 too), to the HTTP address of an ipp or ipps URI (RFC 8010 §4:
 * ipp → http, ipps → https, port 631 for both when the URI names none). Pure; any thread.
 */
final class IppRequests {

    static final int IPP_PORT = 631;
    private static final int VERSION_1_1 = 0x0101;

    /**
     * "all" (RFC 8011 §4.2.5.1.2; it leaves out media-col-database) and, for printers that do not expand it
     * to them, what IppView reads, including CUPS's marker-* attributes.
     */
    static final List<String> REQUESTED = List.of("all", "printer-make-and-model", "printer-name",
            "printer-location", "printer-info", "printer-uuid", "printer-state", "printer-state-reasons",
            "printer-state-message", "printer-device-id", "printer-more-info", "printer-uri-supported",
            "printer-firmware-string-version", "printer-impressions-completed", "printer-supply",
            "printer-supply-description", "marker-names", "marker-levels", "marker-colors", "marker-types",
            "marker-high-levels", "marker-low-levels");

    private IppRequests() {
    }

    /** The encoded request for {@code printerUri}. */
    static byte[] getPrinterAttributes(URI printerUri, int requestId) {
        IppPacket p = new IppPacket.Builder(Operation.getPrinterAttributes, requestId)
                .setVersionNumber(VERSION_1_1)
                .putOperationAttributes(
                        Types.attributesCharset.of("utf-8"),
                        Types.attributesNaturalLanguage.of("en"),
                        Types.printerUri.of(printerUri),
                        Types.requestingUserName.of("openenpc"),
                        Types.requestedAttributes.of(REQUESTED))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (IppOutputStream ipp = new IppOutputStream(out)) {
            ipp.write(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /**
     * The HTTP address of an ipp or ipps URI.
     *
     * @throws IllegalArgumentException with a sentence, when the URI is not ipp or ipps or has no host
     */
    static URI httpUri(URI printerUri) {
        String scheme = printerUri.getScheme() == null ? "" : printerUri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ipp") && !scheme.equals("ipps")) {
            throw new IllegalArgumentException("not an ipp or ipps URI: " + printerUri);
        }
        if (printerUri.getHost() == null) {
            throw new IllegalArgumentException("the URI names no printer host: " + printerUri);
        }
        int port = printerUri.getPort() < 0 ? IPP_PORT : printerUri.getPort();
        String path = printerUri.getRawPath() == null || printerUri.getRawPath().isEmpty() ? "/"
                : printerUri.getRawPath();
        String query = printerUri.getRawQuery() == null ? "" : "?" + printerUri.getRawQuery();
        try {
            return new URI((scheme.equals("ipps") ? "https" : "http") + "://" + hostPart(printerUri) + ":" + port
                    + path + query);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable printer URI: " + printerUri, e);
        }
    }

    /** "host:port" for sentences. */
    static String target(URI printerUri) {
        return hostPart(printerUri) + ":" + (printerUri.getPort() < 0 ? IPP_PORT : printerUri.getPort());
    }

    private static String hostPart(URI u) {
        String h = u.getHost();
        return h != null && h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : String.valueOf(h);
    }
}
