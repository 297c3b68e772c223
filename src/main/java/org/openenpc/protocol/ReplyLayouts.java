package org.openenpc.protocol;

import org.openenpc.protocol.EnpcCodec.Frame;

/**
 * The field layouts of each known reply (PROTOCOL.md §3), one method per function. Offsets are
 * from the start of the datagram, as in the protocol notes. A reply too short to hold its key
 * field is {@link EnpcReply.Malformed}; optional trailing fields that are cut off decode as "".
 */
final class ReplyLayouts {
    private ReplyLayouts() {
    }

    /** Q 03-0000: 14 `00`; 15 `05`; 16–18 ID bytes; 19–146 model name. */
    static EnpcReply basicInfo(Frame f) {
        if (f.dataLength() < 6) {
            return tooShort(f, 6, "the model name at offset 19");
        }
        f.unknown(14, 16, "constant 00 05 in every capture");
        String ids = f.hex(16, 19);
        String model = f.text(19, 147);
        f.unknown(147, f.end - f.start, "past the model name field");
        return new EnpcReply.BasicInfo(f.header, model, ids, f.unknown());
    }

    /** Q 03-0001: 14–19 MAC; 20–51 card name; 52–55 ID bytes; 56–183 model name. */
    static EnpcReply cardInfo(Frame f) {
        if (f.dataLength() < 6) {
            return tooShort(f, 6, "the MAC at offsets 14–19");
        }
        String mac = f.mac(14);
        String card = f.text(20, 52);
        String ids = f.hex(52, 56);
        String model = f.text(56, 184);
        f.unknown(184, f.end - f.start, "past the model name field");
        return new EnpcReply.CardInfo(f.header, mac, card, ids, model, f.unknown());
    }

    /** Q 03-0010: 14 unknown; 15–18 ASB; 19–26 unknown. */
    static EnpcReply status(Frame f) {
        if (f.dataLength() < 5) {
            return tooShort(f, 5, "the four ASB bytes at offsets 15–18");
        }
        f.unknown(14, 15, "unknown (0e in captures)");
        Asb asb = new Asb(f.u8(15), f.u8(16), f.u8(17), f.u8(18));
        f.unknown(18, 19, "ASB byte 4: meaning not confirmed");
        f.unknown(19, f.end - f.start, "unknown, model-dependent");
        return new EnpcReply.TmStatus(f.header, asb, f.unknown());
    }

    /** Q 03-0017: 14–17 IPv4 of the client holding TCP 9100. */
    static EnpcReply holder(Frame f) {
        if (f.dataLength() < 4) {
            return tooShort(f, 4, "the IPv4 address at offsets 14–17");
        }
        String ip = f.ipv4(14);
        f.unknown(18, f.end - f.start, "past the holder address");
        return new EnpcReply.Holder(f.header, ip, f.unknown());
    }

    /** Q 00-0000: 14–45 name; 46–53 unknown flags; 54–59 MAC; 60– unknown. */
    static EnpcReply nicInfo(Frame f) {
        if (f.dataLength() < 46) {
            return tooShort(f, 46, "the MAC at offsets 54–59");
        }
        String name = f.text(14, 46);
        f.unknown(46, 54, "unknown flags");
        String mac = f.mac(54);
        f.unknown(60, f.end - f.start, "unknown");
        return new EnpcReply.NicInfo(f.header, name, mac, f.unknown());
    }

    /** Q 00-0010: 14 `01`; 15–20 MAC; 21–22 flags; 23–26 IP; 27–30 mask; 31–34 gateway; 35– unknown. */
    static EnpcReply networkConfig(Frame f) {
        if (f.dataLength() < 21) {
            return tooShort(f, 21, "the gateway at offsets 31–34");
        }
        f.unknown(14, 15, "unknown (01 in captures)");
        String mac = f.mac(15);
        String flags = f.hex(21, 23);
        f.unknown(21, 23, "flags (GUESS: address mode, DHCP/APIPA)");
        String ip = f.ipv4(23);
        String mask = f.ipv4(27);
        String gateway = f.ipv4(31);
        f.unknown(35, f.end - f.start, "unknown");
        return new EnpcReply.NetworkConfig(f.header, mac, flags, ip, mask, gateway, f.unknown());
    }

    private static EnpcReply tooShort(Frame f, int need, String what) {
        return EnpcCodec.malformed(f.header, f.header.label() + " reply has " + f.dataLength()
                + " bytes of data; " + need + " are needed to reach " + what, f.buf, f.start, f.limit - f.start);
    }
}
