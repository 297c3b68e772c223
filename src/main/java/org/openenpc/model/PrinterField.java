package org.openenpc.model;

/** The facts a {@link Printer} holds; a change event names the ones that changed. */
public enum PrinterField {
    IP, MAC, MODEL, CARD_NAME, NIC_NAME, IP_SETTINGS, STATUS, HOLDER, SOURCES, ANSWERED, RAW_REPLIES, LAST_SEEN, SNMP,
    /** The other MACs that answered from the device's address, or its duplicate-MAC flag. */
    MAC_CONFLICT,
    /** The latest IPP Get-Printer-Attributes answer. */
    IPP,
    /** The DNS-SD services the device announced. */
    MDNS
}
