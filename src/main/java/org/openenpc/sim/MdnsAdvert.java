package org.openenpc.sim;

import java.net.Inet4Address;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one simulated printer announces over DNS-SD: an IPP printer service ({@code _ipp._tcp}) with the TXT keys
 * of the Bonjour Printing Specification 1.2.1 §9 and PWG 5100.14 §4.2, the {@code _printer._tcp} port-0 "flagship"
 * name reservation of a printer without LPD (Bonjour Printing §9.2.3), and for TM receipt printers the raw socket
 * ({@code _pdl-datastream._tcp}, port 9100) they are used through. Immutable; any thread.
 *
 * @param address      the printer's own loopback address, which its JmDNS instance is bound to
 * @param makeAndModel TXT "ty", e.g. "EPSON ET-2850 Series"
 * @param product      TXT "product" without parentheses, e.g. "ET-2850 Series"
 * @param uuid         TXT "UUID", lower case without "urn:uuid:"
 * @param color        TXT "Color"
 * @param ippPort      the port IPP answers on; 0 announces no {@code _ipp._tcp} service
 * @param rawPort      the raw-socket port to announce, 0 for none
 */
public record MdnsAdvert(Inet4Address address, String makeAndModel, String product, String uuid, boolean color,
                         int ippPort, int rawPort) {

    /** The raw TCP port ("JetDirect", 9100) TM printers print through. */
    public static final int RAW_PORT = 9100;

    /**
     * The advertisement of {@code p} with IPP on {@code ippPort}: the same make and model, colour and UUID its IPP
     * answers give ({@link IppProfile}, {@link IppPrinterAttributes#uuid}), so a client that merges by UUID sees one
     * printer. Only TM printers announce the raw port 9100. A scanner is not a printer and would announce
     * {@code _uscan._tcp} instead, which is not simulated: IllegalArgumentException.
     */
    public static MdnsAdvert of(SimulatedPrinter p, int ippPort) {
        if (p.profile() == PrinterProfile.SCANNER) {
            throw new IllegalArgumentException("a scanner announces no printer service: " + p);
        }
        IppProfile ipp = p.profile().ipp();
        boolean tm = p.profile().name().startsWith("TM_");
        String uuid = IppPrinterAttributes.uuid(p).toString().substring("urn:uuid:".length());
        // A printer that does not answer IPP announces no IPP service (a TM: its flagship name and raw port only).
        return new MdnsAdvert(p.ip(), ipp.makeAndModel(p.model()), p.model(), uuid, ipp.color(),
                p.answersIpp() ? ippPort : 0, tm ? RAW_PORT : 0);
    }

    /**
     * The service instance name, unique per printer: "EPSON ET-2850 Series (127-0-1-5)". No dots: an instance name
     * is one DNS label, dots and all (RFC 6763 §4.3), but JmDNS writes names by splitting them at every dot, so
     * "Series (127.0.1.5)" went out as the labels "EPSON ET-2850 Series (127", "0", "1", "5)" and avahi, which
     * reads the name as RFC 6763 says, saw no {@code _ipp._tcp} instance at all (JmDNS's own browser rejoined them).
     */
    public String instanceName() {
        return makeAndModel + " (" + address.getHostAddress().replace('.', '-') + ")";
    }

    /** The host name its JmDNS instance announces, "sim-127-0-1-5" (JmDNS appends ".local."). */
    public String hostName() {
        return "sim-" + address.getHostAddress().replace('.', '-');
    }

    /** The {@code _ipp._tcp} TXT keys, in the order the Bonjour Printing Specification lists them. */
    public Map<String, String> ippTxt() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("txtvers", "1");
        t.put("qtotal", "1");
        t.put("rp", "ipp/print");
        t.put("ty", makeAndModel);
        t.put("product", "(" + product + ")");
        t.put("note", "");
        t.put("adminurl", "http://" + address.getHostAddress() + ":" + ippPort + "/"); // the page its IPP port serves
        t.put("pdl", "application/pdf,image/pwg-raster");
        t.put("UUID", uuid);
        t.put("Color", color ? "T" : "F");
        return t;
    }
}
