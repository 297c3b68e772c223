package org.openenpc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A printer's state as one line of words: what `watch` says of a new device and the inventory keeps. Stateless. */
public final class StatusLine {

    private StatusLine() {
    }

    /**
     * ENPC status, SNMP printer status (else IPP's printer-state), the conditions of both, e.g. "Online, paper near
     * end, error, Paper jam". Exact text.
     */
    public static String describe(Printer p) {
        List<String> parts = new ArrayList<>();
        if (p.status().reported()) {
            parts.add(p.status().summary());
        }
        if (p.snmp() != null) {
            parts.add(p.snmp().printerStatus().isEmpty() ? "SNMP" : p.snmp().printerStatus());
        } else if (p.ipp() != null) {
            parts.add(p.ipp().state().isEmpty() ? "IPP" : p.ipp().state());
        }
        if (!p.conditions().isEmpty()) {
            parts.add(errors(p.conditions()));
        }
        return String.join(", ", parts);
    }

    /** "none" or the condition texts joined, errors first, e.g. "Paper jam; Ink low". */
    public static String errors(SnmpView v) {
        return errors(v.conditions());
    }

    /** "none" or the condition texts joined in order, e.g. "Paper jam; Ink low". */
    public static String errors(List<SnmpCondition> conditions) {
        return conditions.isEmpty() ? "none"
                : conditions.stream().map(SnmpCondition::text).collect(Collectors.joining("; "));
    }
}
