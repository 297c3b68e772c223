package org.openenpc.protocol;

/**
 * The 14-byte header every ENPC datagram starts with (PROTOCOL.md §1). Multi-byte fields are
 * big-endian on the wire.
 *
 * @param type         packet type letter: upper case in requests ('P', 'Q', 'C'), lower case in replies
 * @param deviceType   0x00 = the network interface card, 0x03 = the printer behind it
 * @param deviceNumber 0x00 normally, 0xFF in EpsonNet Config's probe
 * @param function     function number, e.g. 0x0010
 * @param result       0x0000 OK, 0xFFFE no such device, 0xFFFF not supported (replies only)
 * @param length       the data length the header <em>declares</em>; never trusted beyond the datagram
 */
public record EnpcHeader(char type, int deviceType, int deviceNumber, int function, int result, int length) {

    public static final int SIZE = 14;
    public static final int RESULT_OK = 0x0000;
    public static final int RESULT_NO_SUCH_DEVICE = 0xFFFE;
    public static final int RESULT_UNSUPPORTED = 0xFFFF;

    /** The function as the manuals write it, with the packet letter: "Q 03-0010". */
    public String label() {
        long k = ((long) Character.toUpperCase(type) << 24) | ((deviceType & 0xFF) << 16) | (function & 0xFFFF);
        String cached = LABELS.get(k);
        if (cached != null) {
            return cached;
        }
        String label = Character.toUpperCase(type) + " " + Hex.octet(deviceType) + "-" + Hex.word(function);
        if (LABELS.size() < MAX_CACHED_LABELS) { // hostile traffic could invent any number of labels
            LABELS.putIfAbsent(k, label);
        }
        return label;
    }

    /** Every reply names its request; a scan would otherwise build the same few strings 10,000s of times. */
    private static final java.util.concurrent.ConcurrentHashMap<Long, String> LABELS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_LABELS = 256;

    public boolean isReply() {
        return Character.isLowerCase(type);
    }
}
