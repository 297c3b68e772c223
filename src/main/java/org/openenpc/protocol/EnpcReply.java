package org.openenpc.protocol;

import java.util.List;

/**
 * A decoded ENPC datagram. {@link EnpcCodec#decode} returns exactly one of these for any input and
 * never throws. Every variant but {@link Malformed} has a valid header; all keep the bytes they did
 * not understand in {@link #unknown()}.
 */
public sealed interface EnpcReply {

    /** The header, or null for {@link Malformed} input too short or not ENPC. */
    EnpcHeader header();

    /** Bytes of this datagram whose meaning is unknown or guessed, with their offsets. */
    List<UnknownBytes> unknown();

    /** Q 03-0000 basic information. {@code ids} are the three model-dependent bytes at 16–18 (GUESS: ESC/POS IDs). */
    record BasicInfo(EnpcHeader header, String model, String ids, List<UnknownBytes> unknown) implements EnpcReply {
    }

    /** Q 03-0001: MAC, interface card name and model. */
    record CardInfo(EnpcHeader header, String mac, String cardName, String ids, String model,
                    List<UnknownBytes> unknown) implements EnpcReply {
    }

    /** Q 03-0010 status; {@code asb} holds the four ASB bytes at offsets 15–18. */
    record TmStatus(EnpcHeader header, Asb asb, List<UnknownBytes> unknown) implements EnpcReply {
    }

    /** Q 03-0017: IPv4 of the client holding TCP 9100, "0.0.0.0" when free. */
    record Holder(EnpcHeader header, String ip, List<UnknownBytes> unknown) implements EnpcReply {
        public boolean isFree() {
            return "0.0.0.0".equals(ip);
        }
    }

    /** Q 00-0000 NIC information (also believed to be the probe reply): card/device name and MAC. */
    record NicInfo(EnpcHeader header, String name, String mac, List<UnknownBytes> unknown) implements EnpcReply {
    }

    /** Q 00-0010 network configuration; {@code flags} are the two bytes at 21–22 (GUESS: address mode). */
    record NetworkConfig(EnpcHeader header, String mac, String flags, String ip, String mask, String gateway,
                         List<UnknownBytes> unknown) implements EnpcReply {
    }

    /** A reply whose result is FFFE (no such device) or FFFF (function not supported). */
    record ErrorResult(EnpcHeader header, List<UnknownBytes> unknown) implements EnpcReply {
        public boolean unsupported() {
            return header.result() == EnpcHeader.RESULT_UNSUPPORTED;
        }
    }

    /**
     * A well-formed datagram whose function, packet type or result this codec has no layout for
     * (e.g. C 03-0015 replies, or the undocumented result F000): the data is kept raw.
     */
    record Other(EnpcHeader header, String dataHex, List<UnknownBytes> unknown) implements EnpcReply {
    }

    /** Anything that is not a usable ENPC datagram; {@code header} is null unless the header itself parsed. */
    record Malformed(EnpcHeader header, String reason, String hex) implements EnpcReply {
        @Override
        public List<UnknownBytes> unknown() {
            return List.of();
        }
    }
}
