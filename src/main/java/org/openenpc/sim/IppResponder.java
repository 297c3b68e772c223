package org.openenpc.sim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;

/**
 * Answers one HTTP request to a simulated printer's IPP listener, as an IPP Everywhere printer
 * does: {@code POST} of {@code application/ipp} to {@code /ipp/print} or {@code /} carries an IPP
 * request (RFC 8010 encoding, decoded and encoded with jipp); {@code GET /} gets a small HTML page,
 * the printer's "Web Config". Errors a printer reports inside IPP are IPP statuses in an HTTP 200
 * (RFC 8010 §3): an unparsable IPP message or one without the required operation attributes is
 * client-error-bad-request, any operation but Get-Printer-Attributes
 * server-error-operation-not-supported, a major version other than 1 or 2
 * server-error-version-not-supported. A body that is not IPP at all (shorter than the 8-byte
 * header, or not starting with a version 1.x–9.x) and a wrong content type are HTTP 400. Pure
 * apart from reading the printer's state; called on the IPP thread.
 */
final class IppResponder {

    /** requested-attributes group names that select everything this printer serves (RFC 8011 §4.2.5.1). */
    private static final Set<String> ALL_GROUPS = Set.of("all", "printer-description");

    private final long startNanos;

    /** {@code startNanos}: System.nanoTime() when the listeners came up, the origin of printer-up-time. */
    IppResponder(long startNanos) {
        this.startNanos = startNanos;
    }

    HttpResponse respond(SimulatedPrinter p, int port, HttpRequest r) {
        boolean known = r.path().equals("/") || r.path().equals(IppPrinterAttributes.RESOURCE);
        if (r.method().equals("GET") && (r.path().equals("/") || r.path().equals("/index.html"))) {
            return HttpResponse.of(200, "OK", "text/html; charset=utf-8", WebConfigPage.html(p, port));
        }
        if (!r.method().equals("POST")) {
            return r.method().equals("GET") ? HttpResponse.error(404, "Not Found", "no such page: " + r.path())
                    : HttpResponse.error(405, "Method Not Allowed", "only GET and POST are served");
        }
        if (!known) {
            return HttpResponse.error(404, "Not Found", "IPP is served at " + IppPrinterAttributes.RESOURCE);
        }
        if (!r.mediaType().equals("application/ipp")) {
            return HttpResponse.error(400, "Bad Request", "Content-Type must be application/ipp, not \""
                    + r.header("content-type") + "\"");
        }
        byte[] body = r.body();
        if (body.length < 8 || body[0] < 1 || body[0] > 9 || body[1] < 0 || body[1] > 9) {
            return HttpResponse.error(400, "Bad Request", "the body is not an IPP message");
        }
        return HttpResponse.of(200, "OK", "application/ipp", encode(answer(p, port, body)));
    }

    /** The IPP response to the IPP message {@code body} (at least 8 bytes). */
    IppPacket answer(SimulatedPrinter p, int port, byte[] body) {
        int version = ((body[0] & 0xFF) << 8) | (body[1] & 0xFF);
        int requestId = ((body[4] & 0xFF) << 24) | ((body[5] & 0xFF) << 16) | ((body[6] & 0xFF) << 8) | (body[7] & 0xFF);
        if (body[0] != 1 && body[0] != 2) {
            return response(Status.serverErrorVersionNotSupported, 0x0200, requestId, "IPP/1.x and 2.x only");
        }
        IppPacket request;
        try {
            request = IppPacket.Companion.parse(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            return response(Status.clientErrorBadRequest, version, requestId, "the request cannot be decoded");
        }
        List<AttributeGroup> groups = request.getAttributeGroups();
        if (groups.isEmpty() || groups.get(0).getTag() != Tag.operationAttributes
                || groups.get(0).get(Types.attributesCharset) == null
                || groups.get(0).get(Types.attributesNaturalLanguage) == null) {
            return response(Status.clientErrorBadRequest, version, requestId,
                    "the operation attributes must begin with attributes-charset and attributes-natural-language");
        }
        if (request.getCode() != Operation.getPrinterAttributes.getCode()) {
            return response(Status.serverErrorOperationNotSupported, version, requestId,
                    "only Get-Printer-Attributes is supported");
        }
        int up = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - startNanos) / 1_000_000_000L);
        List<Attribute<?>> attributes = IppPrinterAttributes.all(p, p.state(), port, up);
        IppPacket.Builder b = new IppPacket.Builder(Status.successfulOk, version, requestId);
        b.putOperationAttributes(Types.attributesCharset.of("utf-8"), Types.attributesNaturalLanguage.of("en"));
        b.putPrinterAttributes(selected(attributes, groups.get(0).getValues(Types.requestedAttributes)));
        return b.build();
    }

    /**
     * The attributes {@code requested} names, in the printer's order: all of them when nothing is
     * requested or a group name that covers them ("all", "printer-description"); unknown names are
     * ignored, as RFC 8011 §4.2.5.1 allows.
     */
    static List<Attribute<?>> selected(List<Attribute<?>> attributes, List<String> requested) {
        if (requested.isEmpty() || requested.stream().anyMatch(ALL_GROUPS::contains)) {
            return attributes;
        }
        Set<String> names = new HashSet<>(requested);
        return attributes.stream().filter(a -> names.contains(a.getName())).toList();
    }

    private static IppPacket response(Status status, int version, int requestId, String message) {
        IppPacket.Builder b = new IppPacket.Builder(status, version, requestId);
        b.putOperationAttributes(Types.attributesCharset.of("utf-8"), Types.attributesNaturalLanguage.of("en"),
                Types.statusMessage.of(message));
        return b.build();
    }

    static byte[] encode(IppPacket packet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            packet.write(out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** The Web Config page, escaped: model names may be hostile (tests use markup and formulas). */
    static final class WebConfigPage {
        private WebConfigPage() {
        }

        static byte[] html(SimulatedPrinter p, int port) {
            SimState s = p.state();
            String title = escape(p.profile().ipp().makeAndModel(p.model()));
            String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>\n"
                    + "<body><h1>" + title + "</h1>\n<p>Web Config of a printer simulated by OpenENPC.</p>\n<ul>"
                    + "<li>Address: " + p.address() + "</li><li>MAC: " + p.macText() + "</li>"
                    + "<li>Serial: " + escape(PrinterMib.serial(p)) + "</li>"
                    + "<li>Status: " + escape(IppStatus.message(p, s, p.profile().snmp())) + "</li>"
                    + "<li>Pages: " + s.pages() + "</li>"
                    + "<li>IPP: " + IppPrinterAttributes.printerUri(p, port) + "</li></ul></body></html>\n";
            return page.getBytes(StandardCharsets.UTF_8);
        }

        static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
