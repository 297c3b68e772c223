package org.openenpc.ui.main;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.openenpc.model.Printer;

/**
 * The rows of the printer table: one {@link PrinterRow} per device, updated in place from
 * batches, with a live filter. Each batch reaches the list's listeners as at most two changes:
 * one reporting every row updated in place (so the table's SortedList re-sorts once, keeping the
 * selection on the same rows, and the FilteredList re-tests them) and one adding every new row.
 * FX thread only.
 */
public final class PrinterTableModel {

    private final RowList rows = new RowList();
    private final FilteredList<PrinterRow> filtered = new FilteredList<>(rows, r -> true);
    private final Map<String, PrinterRow> byIp = new HashMap<>();
    private final Map<org.openenpc.model.MacAddress, PrinterRow> byMac = new HashMap<>();
    private final Set<String> orderingColumns = new java.util.HashSet<>(Set.of("ip"));
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final javafx.beans.property.BooleanProperty attentionOnly =
            new javafx.beans.property.SimpleBooleanProperty(this, "attentionOnly", false);
    private final javafx.beans.property.BooleanProperty changesOnly =
            new javafx.beans.property.SimpleBooleanProperty(this, "changesOnly", false);
    private int threshold = org.openenpc.ui.settings.MonitorSettings.DEFAULT_LOW_SUPPLY;

    public PrinterTableModel() {
        // FilteredList re-tests updated rows itself (RowList reports them as updates).
        filter.addListener((o, a, b) -> applyFilter());
        attentionOnly.addListener((o, a, b) -> applyFilter());
        changesOnly.addListener((o, a, b) -> applyFilter());
    }

    /**
     * Adds a greyed "not seen since" row for each printer the inventory remembers that no row shows yet
     * (one add change); a later snapshot of the printer turns its row into an ordinary one.
     */
    public void remember(List<Printer> printers) {
        List<PrinterRow> added = new ArrayList<>();
        for (Printer p : printers) {
            if (find(p) != null) {
                continue;
            }
            PrinterRow row = PrinterRow.remembered(p, threshold);
            added.add(row);
            byIp.putIfAbsent(p.ip(), row);
            if (movesByMac(p)) {
                byMac.put(p.mac(), row);
            }
        }
        rows.addAll(added);
    }

    /** Shows each row's user fields (name, location, asset tag) as {@code fields} gives them. */
    public void showUserFields(java.util.function.Function<Printer, org.openenpc.model.UserFields> fields) {
        Set<PrinterRow> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PrinterRow r : rows) {
            org.openenpc.model.UserFields f = fields.apply(r.printer());
            if (mayMove(r.setUserFields(f.name(), f.location(), f.assetTag()))) {
                changed.add(r);
            }
        }
        rows.updated(changed);
    }

    /**
     * Shows what changed since the previous scan: {@code changes} per row (rows not in it show nothing).
     */
    public void showChanges(Map<PrinterRow, String> changes) {
        boolean reorder = mayMove(Set.of("change"));
        Set<PrinterRow> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PrinterRow r : rows) {
            if (r.setChange(changes.getOrDefault(r, "")) && reorder) {
                changed.add(r);
            }
        }
        rows.updated(changed);
    }

    /** The row showing the device with this MAC (when it names one device) or at this address, or null. */
    public PrinterRow row(org.openenpc.model.MacAddress mac, String address) {
        PrinterRow row = mac != null ? byMac.get(mac) : null;
        return row != null ? row : byIp.get(address);
    }

    /** Show only printers the previous scan's changes list (new, gone, moved, status, supply replaced). */
    public javafx.beans.property.BooleanProperty changesOnlyProperty() {
        return changesOnly;
    }

    /** Adds or updates the rows of these devices: one update change and one add change at most. */
    public void upsert(List<Printer> printers) {
        upsert(printers, null);
    }

    /**
     * As {@link #upsert(List)}; when {@code changedColumns} is not null, it receives per updated row
     * the columns whose value changed (the monitor highlights them).
     */
    public void upsert(List<Printer> printers, Map<PrinterRow, Set<String>> changedColumns) {
        List<PrinterRow> added = new ArrayList<>();
        Set<PrinterRow> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<PrinterRow> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Printer p : printers) {
            PrinterRow row = find(p);
            if (row == null) {
                row = new PrinterRow(p, threshold);
                added.add(row);
                fresh.add(row);
            } else {
                byIp.remove(row.ip(), row);
                if (p.snmp() == null && row.printer().snmp() != null) {
                    // A snapshot without SNMP means "not read this time" (the registry keeps the last
                    // view once one answered): keep showing the last view rather than dropping it.
                    p = org.openenpc.ui.PrinterSnapshots.withSnmp(p, row.printer().snmp());
                }
                Set<String> columns = row.update(p);
                if (changedColumns != null && !columns.isEmpty() && !fresh.contains(row)) {
                    changedColumns.merge(row, columns, (a, b) -> {
                        Set<String> both = new java.util.HashSet<>(a);
                        both.addAll(b);
                        return both;
                    });
                }
                if (!fresh.contains(row) && mayMove(columns)) {
                    changed.add(row);
                }
            }
            byIp.put(p.ip(), row);
            if (movesByMac(p)) {
                byMac.put(p.mac(), row);
            }
        }
        rows.updated(changed);
        rows.addAll(added);
    }

    /**
     * Marks the rows of these IPs as not answering since {@code at} (rows are never removed for it).
     *
     * @return the rows that went offline now (not those already offline)
     */
    public List<PrinterRow> markOffline(java.util.Collection<String> ips, java.time.Instant at) {
        List<PrinterRow> now = new ArrayList<>();
        Set<PrinterRow> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String ip : ips) {
            PrinterRow row = byIp.get(ip);
            if (row != null) {
                Set<String> columns = row.markOffline(at);
                if (!columns.isEmpty()) {
                    now.add(row);
                    if (mayMove(columns)) {
                        changed.add(row);
                    }
                }
            }
        }
        rows.updated(changed);
        return now;
    }

    /**
     * Clears the offline mark of the rows of these IPs (they answered a refresh).
     *
     * @return per row that came back, the columns that changed
     */
    public Map<PrinterRow, Set<String>> markOnline(java.util.Collection<String> ips) {
        Map<PrinterRow, Set<String>> back = new IdentityHashMap<>();
        for (String ip : ips) {
            PrinterRow row = byIp.get(ip);
            if (row != null) {
                Set<String> columns = row.markOnline();
                if (!columns.isEmpty()) {
                    back.put(row, columns);
                }
            }
        }
        rows.updated(back.keySet().stream().filter(r -> mayMove(back.get(r)))
                .collect(java.util.stream.Collectors.toCollection(() -> Collections.newSetFromMap(new IdentityHashMap<>()))));
        return back;
    }

    /** Re-evaluates every row with a new low-supply threshold (percent). */
    public void setLowSupplyPercent(int percent) {
        threshold = percent;
        Set<PrinterRow> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PrinterRow r : rows) {
            if (mayMove(r.setThreshold(percent))) {
                changed.add(r);
            }
        }
        rows.updated(changed);
    }

    public int lowSupplyPercent() {
        return threshold;
    }

    /** The row of the printer at this IP, or null. */
    public PrinterRow row(String ip) {
        return byIp.get(ip);
    }

    /** The current snapshots of every row (for a refresh). */
    public List<Printer> snapshot() {
        List<Printer> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.printer()));
        return out;
    }

    /** Show only printers that need attention (error, low supply, offline). */
    public javafx.beans.property.BooleanProperty attentionOnlyProperty() {
        return attentionOnly;
    }

    /**
     * Drops the rows of devices that were merged into others, or that another device replaced at their
     * address (then the address's row already shows the new device and the old row is found by value).
     */
    public void remove(List<Printer> printers) {
        for (Printer p : printers) {
            PrinterRow row = byIp.get(p.ip());
            if (row != null && (p.mac() == null || p.mac().equals(row.printer().mac()))) {
                byIp.remove(p.ip());
                if (p.mac() != null) {
                    byMac.remove(p.mac(), row);
                }
                rows.remove(row);
            } else if (p.mac() != null) {
                // Rare (a device replaced at its address): a walk over the rows is fine.
                rows.stream().filter(r -> r.ip().equals(p.ip()) && p.mac().equals(r.printer().mac()) && r != row)
                        .findFirst().ifPresent(r -> {
                            byMac.remove(p.mac(), r);
                            rows.remove(r);
                        });
            }
        }
    }

    /**
     * The columns the table is sorted by. Only a change in one of them (or any change while a
     * filter is set) is reported to the sorted and filtered views: each report costs a full re-sort
     * of the table, and the cells update themselves from the row's properties anyway.
     */
    public void setOrderingColumns(java.util.Collection<String> columnIds) {
        orderingColumns.clear();
        orderingColumns.addAll(columnIds);
    }

    private boolean mayMove(Set<String> changedColumns) {
        if (changedColumns.isEmpty()) {
            return false;
        }
        String f = filter.get();
        if ((f != null && !f.isBlank()) || attentionOnly.get() || changesOnly.get()) {
            return true;
        }
        for (String c : changedColumns) {
            if (orderingColumns.contains(c)) {
                return true;
            }
        }
        return false;
    }

    public void clear() {
        rows.clear();
        byIp.clear();
        byMac.clear();
    }

    /**
     * Whether a row follows this device's MAC to a new address: only for a MAC that names one device
     * (the registry moves such devices; duplicates and all-zero MACs stay at their own addresses).
     */
    private static boolean movesByMac(Printer p) {
        return p.mac() != null && !p.duplicateMac() && p.mac().isDeviceAddress();
    }

    private PrinterRow find(Printer p) {
        PrinterRow row = movesByMac(p) ? byMac.get(p.mac()) : null; // by value: no MAC text per update
        if (row == null) {
            row = byIp.get(p.ip());
            if (row != null && p.mac() != null && row.printer().mac() != null
                    && !row.printer().mac().equals(p.mac())) {
                return null; // another device now uses this IP
            }
        }
        return row;
    }

    private void applyFilter() {
        String needle = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        boolean onlyAttention = attentionOnly.get();
        boolean onlyChanges = changesOnly.get();
        java.util.function.Predicate<PrinterRow> test = r -> true;
        if (onlyAttention) {
            test = test.and(PrinterRow::needsAttention);
        }
        if (onlyChanges) {
            test = test.and(PrinterRow::hasChange);
        }
        if (!needle.isEmpty()) {
            test = test.and(r -> r.matches(needle));
        }
        filtered.setPredicate(test);
    }

    /** All rows, unfiltered. */
    public ObservableList<PrinterRow> rows() {
        return rows;
    }

    /** The rows that pass the filter (wrap in a SortedList for the table). */
    public FilteredList<PrinterRow> filtered() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }
}
