package org.openenpc.ui.main;

import java.util.HashSet;
import java.util.Set;

import org.openenpc.model.PrinterField;
import org.openenpc.monitor.ItemChange;
import org.openenpc.monitor.MonitorEvent;

/**
 * The table columns a {@link MonitorEvent.Changed} touched, from its typed items and the registry's
 * changed-field set (never by comparing cell texts again). The one place that maps engine fields to
 * column ids. Stateless; any thread.
 */
final class ChangedColumns {

    private ChangedColumns() {
    }

    static Set<String> of(MonitorEvent.Changed c) {
        Set<String> columns = new HashSet<>();
        for (ItemChange i : c.items()) {
            switch (i.item()) {
                case STATUS, PRINTER_STATUS, ERRORS -> columns.addAll(Set.of("status", "summary", "attention"));
                case SNMP_ANSWERING, IPP_ANSWERING -> columns.addAll(Set.of("summary", "attention"));
                case SUPPLY -> columns.addAll(Set.of("supplies", "attention"));
            }
        }
        for (PrinterField f : c.fields()) {
            switch (f) {
                case IP -> columns.add("ip");
                case MAC -> columns.add("mac");
                case MODEL -> columns.add("model");
                case CARD_NAME, NIC_NAME -> columns.add("card");
                case MAC_CONFLICT -> columns.addAll(Set.of("mac", "attention"));
                default -> {
                    // STATUS and SNMP come through the items (a read again is no change); the rest has no column
                }
            }
        }
        return columns;
    }
}
