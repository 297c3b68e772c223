package org.openenpc.metrics;

import java.util.List;

import org.openenpc.model.PrinterStatus;
import org.openenpc.monitor.PrinterMonitor;

/**
 * The {@code openenpc_printer_state} state set: offline when the printer did not answer the latest round
 * that asked it; else error or warning when any condition (SNMP, IPP or ENPC, see {@link ConditionKeys})
 * is one; else ok when any protocol reported a state; else unknown. Stateless; any thread.
 */
enum PrinterState {
    OK, WARNING, ERROR, OFFLINE, UNKNOWN;

    /** The state set's states, in the order exported. */
    static final List<PrinterState> ALL = List.of(values());

    /** The label value: "ok", "warning", … */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static PrinterState of(PrinterMonitor.Known k, List<ConditionKeys.Active> conditions) {
        if (!k.online()) {
            return OFFLINE;
        }
        if (conditions.stream().anyMatch(c -> c.severity() == org.openenpc.model.SnmpCondition.Severity.ERROR)) {
            return ERROR;
        }
        if (!conditions.isEmpty()) {
            return WARNING;
        }
        PrinterStatus s = k.printer().status();
        boolean reported = s.reported() || k.printer().snmp() != null || k.printer().ipp() != null;
        return reported ? OK : UNKNOWN;
    }
}
