package org.openenpc.monitor;

/**
 * One value of a device that differs between two rounds. Immutable; any thread.
 *
 * @param item   which kind of value
 * @param what   its name as shown: "status", "SNMP", "printer status", "errors", or the supply's name
 * @param before its value before ("" when it had none)
 * @param after  its value now
 */
public record ItemChange(Item item, String what, String before, String after) {

    /** The kinds of value a round compares. */
    public enum Item {
        /** The ENPC status summary. */
        STATUS,
        /** Whether SNMP reads answer ("answering" or "not answering since …"). */
        SNMP_ANSWERING,
        /** Whether IPP requests answer ("answering" or "not answering since …"). */
        IPP_ANSWERING,
        /** The SNMP printer status word, else IPP's printer-state. */
        PRINTER_STATUS,
        /** The SNMP and IPP condition texts. */
        ERRORS,
        /** One supply's level. */
        SUPPLY;

        /** True for the values that watch reports as "supply" changes, false for "status" ones. */
        public boolean isSupply() {
            return this == SUPPLY;
        }
    }
}
