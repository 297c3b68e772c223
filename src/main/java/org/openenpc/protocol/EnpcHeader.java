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
        return Character.toUpperCase(type) + " " + Hex.octet(deviceType) + "-" + Hex.word(function);
    }

    public boolean isReply() {
        return Character.isLowerCase(type);
    }
}
