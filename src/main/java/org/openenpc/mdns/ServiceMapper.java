package org.openenpc.mdns;

import java.net.Inet4Address;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import javax.jmdns.ServiceInfo;

import org.openenpc.model.MdnsService;

/**
 * Turns a resolved JmDNS {@link ServiceInfo} into the model's {@link MdnsService}, bounding what a hostile
 * announcer controls: names cut at {@link #MAX_NAME_CHARS}, the TXT record through {@link TxtRecord}, and only an
 * IPv4 address accepted (a service with none is ignored). Pure; any thread.
 */
final class ServiceMapper {

    /** A DNS name is at most 255 bytes on the wire; an instance label at most 63 (RFC 6763 §4.1.1). */
    static final int MAX_NAME_CHARS = 255;

    private ServiceMapper() {
    }

    /** The service, or empty when it has no usable IPv4 address or is not of a printer type. */
    static Optional<MdnsService> map(ServiceInfo info, String via, Instant now) {
        String type = typeOf(info.getType());
        if (!MdnsService.PRINTER_TYPES.contains(type)) {
            return Optional.empty();
        }
        Inet4Address address = null;
        for (Inet4Address a : info.getInet4Addresses()) {
            if (!a.isAnyLocalAddress() && !a.isMulticastAddress()) {
                address = a;
                break;
            }
        }
        if (address == null) {
            return Optional.empty();
        }
        TxtRecord txt = TxtRecord.decode(info.getTextBytes());
        return Optional.of(new MdnsService(cut(info.getName()), type, cut(info.getServer()), address.getHostAddress(),
                info.getPort(), txt.values(), txt.hex(), via, now));
    }

    /** "_ipp._tcp.local." → "_ipp._tcp" (lower case: DNS names compare without case). */
    static String typeOf(String qualified) {
        String t = qualified == null ? "" : qualified.toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith(".local") ? t.substring(0, t.length() - ".local".length()) : t;
    }

    static String cut(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_NAME_CHARS ? s : s.substring(0, MAX_NAME_CHARS);
    }
}
