package org.openenpc.discovery;

import java.time.Instant;

import org.openenpc.model.MacAddress;
import org.openenpc.model.Observation;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.RawReply;
import org.openenpc.protocol.Asb;
import org.openenpc.protocol.EnpcReply;
import org.openenpc.protocol.Hex;

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
        String request = reply.header().label();
        Observation o = Observation.of(ip, at, source, request)
                .withRaw(new RawReply(request, Hex.of(raw, 0, rawLength), at));
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
