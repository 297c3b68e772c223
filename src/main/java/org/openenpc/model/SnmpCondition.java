package org.openenpc.model;

/**
 * One error or warning a printer reports over SNMP, in plain language. Immutable.
 *
 * @param key      stable identifier, used for the fix hint and for change detection: one of
 *                 "cover-open", "paper-jam", "paper-out", "paper-low", "ink-out", "ink-low",
 *                 "toner-out", "toner-low", "waste-ink-full", "offline", "service-requested",
 *                 "door-open", "output-full", "input-missing", or "st2-error-0xNN" / "st2-warning-0xNN" /
 *                 "alert-NNNN" / "hr-bit-N" for codes without a known name (NN upper-case hex)
 * @param text     plain-language sentence fragment, e.g. "Cover open"
 * @param severity how serious it is
 * @param source   which object said so: "ST2", "hrPrinterDetectedErrorState", "prtAlertTable"
 */
public record SnmpCondition(String key, String text, Severity severity, String source) {

    /** ERROR stops printing; WARNING needs attention soon. */
    public enum Severity { ERROR, WARNING }
}
