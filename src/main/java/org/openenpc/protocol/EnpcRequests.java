package org.openenpc.protocol;

/**
 * Encodes the requests this application sends: the Probe and the read-only Queries (PROTOCOL.md
 * §2). Nothing here can build a Command, Setup or Initialize packet. Pure; any thread.
 */
public final class EnpcRequests {
    private EnpcRequests() {
    }

    /** EpsonNet Config's probe: {@code EPSON P 00 FF 0000 0000 0000}, 14 bytes. */
    public static byte[] probe() {
        return packet('P', 0x00, 0xFF, 0x0000, 0x0000, new byte[0]);
    }

    /** A 14-byte Query with no data, e.g. {@code EPSON Q 03 00 0010 0000 0000}. */
    public static byte[] query(EnpcQuery q) {
        return packet('Q', q.deviceType(), 0x00, q.function(), 0x0000, new byte[0]);
    }

    /**
     * Any ENPC datagram: header fields big-endian, length = data length. Used for requests here and
     * by the simulator for replies.
     */
    public static byte[] packet(char type, int deviceType, int deviceNumber, int function, int result, byte[] data) {
        if (data.length > 0xFFFF) {
            throw new IllegalArgumentException("ENPC data is limited to 65,535 bytes");
        }
        byte[] p = new byte[EnpcHeader.SIZE + data.length];
        System.arraycopy(EnpcCodec.MAGIC, 0, p, 0, 5);
        p[5] = (byte) type;
        p[6] = (byte) deviceType;
        p[7] = (byte) deviceNumber;
        putU16(p, 8, function);
        putU16(p, 10, result);
        putU16(p, 12, data.length);
        System.arraycopy(data, 0, p, EnpcHeader.SIZE, data.length);
        return p;
    }

    static void putU16(byte[] p, int i, int v) {
        p[i] = (byte) (v >>> 8);
        p[i + 1] = (byte) v;
    }
}
