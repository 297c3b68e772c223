package org.openenpc.discovery;

import java.time.Instant;

import org.openenpc.model.MacAddress;
import org.openenpc.model.Observation;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.RawReply;
import org.openenpc.protocol.Asb;
import org.openenpc.protocol.EnpcReply;

/**
 * Turns one decoded ENPC reply into the facts it tells about its sender. Pure; called on the scan
 * thread (and by tests).
 */
public final class ReplyMapper {
    private ReplyMapper() {
    }

    /**
     * @param reply  a decoded reply that is not {@link EnpcReply.Malformed}
     * @param ip     the datagram's source address (the device's IP, PROTOCOL.md §2)
     * @param source how the device was found ("ENPC broadcast"), or null for follow-up replies
     * @param raw    the datagram bytes
     */
    public static Observation observe(EnpcReply reply, String ip, Instant at, String source, byte[] raw, int rawLength) {
        return observe(reply, ip, at, source, raw, rawLength, null);
    }

    /**
     * As above; {@code previous} is the device's stored reply to the same request (or null): when the
     * bytes are the same it is carried instead of a new copy, which the registry would discard.
     */
    public static Observation observe(EnpcReply reply, String ip, Instant at, String source, byte[] raw, int rawLength,
                                      RawReply previous) {
        String request = reply.header().label();
        RawReply same = previous != null && previous.sameBytes(raw, 0, rawLength) ? previous : null;
        Observation o = Observation.of(ip, at, source, request)
                .withRaw(same != null ? same : new RawReply(request, raw, 0, rawLength, at));
        if (reply instanceof EnpcReply.BasicInfo b) {
            return o.withModel(b.model());
        } else if (reply instanceof EnpcReply.CardInfo c) {
            return o.withMac(MacAddress.parse(c.mac())).withCardName(c.cardName()).withModel(c.model());
        } else if (reply instanceof EnpcReply.NicInfo n) {
            return o.withMac(MacAddress.parse(n.mac())).withNicName(n.name());
        } else if (reply instanceof EnpcReply.NetworkConfig n) {
            return o.withMac(MacAddress.parse(n.mac()))
                    .withIpSettings(new Printer.IpSettings(n.ip(), n.mask(), n.gateway(), n.flags()));
        } else if (reply instanceof EnpcReply.TmStatus s) {
            return o.withStatus(status(s.asb()));
        } else if (reply instanceof EnpcReply.Holder h) {
            return o.withHolder(h.ip());
        }
        return o;
    }

    /** The model's view of the ASB bytes (PROTOCOL.md §4). */
    public static PrinterStatus status(Asb a) {
        return new PrinterStatus(true, !a.offline(), a.coverOpen(), a.paperFeeding(), a.drawerPin3(),
                a.autocutterError(), a.unrecoverableError(), a.recoverableError(), a.paperNearEnd(), a.paperEnd(),
                a.hex());
    }
}
