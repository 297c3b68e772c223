package org.openenpc.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One DNS-SD service instance a device announced over mDNS (RFC 6762/6763), resolved. Immutable.
 *
 * @param instance  the service instance name, exact (e.g. "EPSON ET-2850 Series"); sanitise before showing
 * @param type      the service type without domain, e.g. "_ipp._tcp", "_ipps._tcp", "_printer._tcp",
 *                  "_pdl-datastream._tcp"
 * @param host      the target host name (e.g. "EPSON1A2B3C.local."), "" when not resolved
 * @param address   the IPv4 address it resolved to (dotted), the device's row address
 * @param port      the service's port
 * @param txt       the TXT record's keys (lower case) and values, exact; a key without value maps to ""
 * @param txtHex    the raw bytes of each TXT value that is not plain printable ASCII, as lower-case spaced hex
 * @param via       the local interface address the announcement arrived on
 * @param seenAt    when it was resolved
 */
public record MdnsService(String instance, String type, String host, String address, int port,
                          Map<String, String> txt, Map<String, String> txtHex, String via, Instant seenAt) {

    /** The service types OpenENPC browses for, in the order a printer's services are shown. */
    public static final List<String> PRINTER_TYPES = List.of("_ipp._tcp", "_ipps._tcp", "_printer._tcp",
            "_pdl-datastream._tcp");

    public MdnsService {
        txt = Map.copyOf(txt);
        txtHex = Map.copyOf(txtHex);
    }

    /** The TXT value for {@code key} (any case), "" when absent. */
    public String txt(String key) {
        return txt.getOrDefault(key.toLowerCase(java.util.Locale.ROOT), "");
    }

    /** The printer UUID from TXT "UUID" (lower case, without "urn:uuid:"), "" when absent. */
    public String uuid() {
        String u = txt("uuid").trim().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("urn:uuid:") ? u.substring(9) : u;
    }
}
