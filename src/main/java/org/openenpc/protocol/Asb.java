package org.openenpc.protocol;

/**
 * The four ESC/POS Automatic Status Back bytes carried by a Q 03-0010 reply, decoded per the TM
 * manuals (PROTOCOL.md §4). Byte 4's meaning is not confirmed and is only kept raw.
 */
public record Asb(int byte1, int byte2, int byte3, int byte4) {

    /** An idle printer: online, cover closed, no error, paper present. */
    public static final Asb IDLE = new Asb(0x14, 0x00, 0x00, 0x0F);

    public boolean drawerPin3() {
        return (byte1 & 0x04) != 0;
    }

    public boolean offline() {
        return (byte1 & 0x08) != 0;
    }

    public boolean coverOpen() {
        return (byte1 & 0x20) != 0;
    }

    public boolean paperFeeding() {
        return (byte1 & 0x40) != 0;
    }

    public boolean autocutterError() {
        return (byte2 & 0x08) != 0;
    }

    public boolean unrecoverableError() {
        return (byte2 & 0x20) != 0;
    }

    public boolean recoverableError() {
        return (byte2 & 0x40) != 0;
    }

    /** Both bits 0 and 1 of byte 3 set, as the manuals define "roll paper near end". */
    public boolean paperNearEnd() {
        return (byte3 & 0x03) == 0x03;
    }

    /** Both bits 2 and 3 of byte 3 set. */
    public boolean paperEnd() {
        return (byte3 & 0x0C) == 0x0C;
    }

    public byte[] toBytes() {
        return new byte[] {(byte) byte1, (byte) byte2, (byte) byte3, (byte) byte4};
    }

    public String hex() {
        return Hex.of(toBytes());
    }
}
