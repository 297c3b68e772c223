package org.openenpc.protocol;

/**
 * The read-only Query functions this application sends (PROTOCOL.md §2–3). Commands ('C') and the
 * undocumented Setup/Initialize/Notify packets are deliberately absent: the app never sends them.
 */
public enum EnpcQuery {
    /** Q 00-0000: NIC information (card name, MAC). */
    NIC_INFO(0x00, 0x0000),
    /** Q 00-0010: network configuration (MAC, IP, mask, gateway). */
    NETWORK_CONFIG(0x00, 0x0010),
    /** Q 03-0000: basic information (printer model name). */
    BASIC_INFO(0x03, 0x0000),
    /** Q 03-0001: MAC, interface card name and model (undocumented, attested by captures). */
    CARD_INFO(0x03, 0x0001),
    /** Q 03-0010: status (ESC/POS ASB bytes). */
    STATUS(0x03, 0x0010),
    /** Q 03-0017: which client holds TCP 9100. */
    HOLDER(0x03, 0x0017);

    private final int deviceType;
    private final int function;

    EnpcQuery(int deviceType, int function) {
        this.deviceType = deviceType;
        this.function = function;
    }

    public int deviceType() {
        return deviceType;
    }

    public int function() {
        return function;
    }

    /** "Q 03-0010". */
    public String label() {
        return "Q " + Hex.octet(deviceType) + "-" + Hex.word(function);
    }

    /** The query with this device type and function, or null. */
    public static EnpcQuery of(int deviceType, int function) {
        for (EnpcQuery q : ALL) { // values() would copy the array for every reply
            if (q.deviceType == deviceType && q.function == function) {
                return q;
            }
        }
        return null;
    }

    private static final EnpcQuery[] ALL = values();
}
