package org.openenpc.snmp;

/**
 * The SNMP object identifiers OpenENPC reads, from PROTOCOL.md §4 (RFC 1213 system group, RFC 2790
 * Host Resources MIB, RFC 3805 Printer MIB, and Epson's private "@BDC ST2" status). Shared by the
 * client and the simulator's agent so that both speak of the same objects. Dotted strings without a
 * leading dot; instance suffixes are included where PROTOCOL.md gives them (".0" scalars, ".1" for
 * the first device / marker / general entry).
 */
public final class PrinterOids {

    public static final String SYS_DESCR = "1.3.6.1.2.1.1.1.0";
    public static final String SYS_OBJECT_ID = "1.3.6.1.2.1.1.2.0";
    public static final String SYS_CONTACT = "1.3.6.1.2.1.1.4.0";
    public static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";
    public static final String SYS_LOCATION = "1.3.6.1.2.1.1.6.0";

    /** hrDeviceDescr for device index 1. */
    public static final String HR_DEVICE_DESCR = "1.3.6.1.2.1.25.3.2.1.3.1";
    /** hrDeviceStatus for device index 1: 1 unknown, 2 running, 3 warning, 4 testing, 5 down. */
    public static final String HR_DEVICE_STATUS = "1.3.6.1.2.1.25.3.2.1.5.1";
    /** hrPrinterStatus for device index 1: 1 other, 2 unknown, 3 idle, 4 printing, 5 warmup. */
    public static final String HR_PRINTER_STATUS = "1.3.6.1.2.1.25.3.5.1.1.1";
    /** hrPrinterDetectedErrorState for device index 1: an OCTET STRING bit map (RFC 2790). */
    public static final String HR_PRINTER_ERROR_STATE = "1.3.6.1.2.1.25.3.5.1.2.1";

    /** prtGeneralSerialNumber for general entry 1. */
    public static final String PRT_GENERAL_SERIAL = "1.3.6.1.2.1.43.5.1.1.17.1";
    /** prtMarkerLifeCount for device 1, marker 1 (pages or impressions). */
    public static final String PRT_MARKER_LIFE_COUNT = "1.3.6.1.2.1.43.10.2.1.4.1.1";

    /** prtMarkerSuppliesEntry; columns are appended as ".column.device.index". */
    public static final String PRT_SUPPLIES_ENTRY = "1.3.6.1.2.1.43.11.1.1";
    public static final int SUPPLIES_CLASS = 4;
    public static final int SUPPLIES_TYPE = 5;
    public static final int SUPPLIES_DESCRIPTION = 6;
    public static final int SUPPLIES_UNIT = 7;
    public static final int SUPPLIES_MAX_CAPACITY = 8;
    public static final int SUPPLIES_LEVEL = 9;

    /** prtMarkerColorantEntry value column (".4.device.index"), the colorant's name such as "cyan". */
    public static final String PRT_COLORANT_VALUE = "1.3.6.1.2.1.43.12.1.1.4";
    /** prtMarkerSuppliesColorantIndex column of the supplies table. */
    public static final int SUPPLIES_COLORANT_INDEX = 3;

    /** prtAlertEntry; columns are appended as ".column.device.index". */
    public static final String PRT_ALERT_ENTRY = "1.3.6.1.2.1.43.18.1.1";
    public static final int ALERT_SEVERITY = 2;
    public static final int ALERT_GROUP = 4;
    public static final int ALERT_LOCATION = 6;
    public static final int ALERT_CODE = 7;
    public static final int ALERT_DESCRIPTION = 8;

    /** Epson "@BDC ST2" status, the direct object. */
    public static final String EPSON_ST2 = "1.3.6.1.4.1.1248.1.2.2.1.1.1.4.1";
    /** Epson EPSON-CTRL tunnel carrying the command "st 01 00 01"; answers the same ST2 block. */
    public static final String EPSON_CTRL_ST2 = "1.3.6.1.4.1.1248.1.2.2.44.1.1.2.1.115.116.1.0.1";
    /** Epson's device-ID subtree, asked with GETNEXT by SNMP discovery (as Epson's Linux driver does). */
    public static final String EPSON_DEVICE_ID = "1.3.6.1.4.1.1248.1.2.2.1.1.1.1";

    private PrinterOids() {
    }
}
