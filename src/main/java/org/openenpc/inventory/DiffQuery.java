package org.openenpc.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two scans, from the presence runs (who was present at each), the address rows (where)
 * and the observations recorded between them (status changes, supplies replaced). A handful of queries
 * whatever the number of devices. One instance per call, inside the caller's transaction.
 */
final class DiffQuery {

    private final Database db;
    private final Connection c;
    private final Queries queries;

    DiffQuery(Database db, Connection c) {
        this.db = db;
        this.c = c;
        this.queries = new Queries(db, c);
    }

    InventoryDiff since(Instant since) throws SQLException {
        List<ScanInfo> latest = queries.scans("ORDER BY id DESC LIMIT 1");
        if (latest.isEmpty()) {
            return new InventoryDiff(null, null, List.of(), List.of(), List.of(), List.of());
        }
        ScanInfo newer = latest.get(0);
        String where = since == null ? "WHERE complete = 1 AND id < " + newer.id()
                : "WHERE complete = 1 AND started_at < " + since.toEpochMilli() + " AND id < " + newer.id();
        List<ScanInfo> older = queries.scans(where + " ORDER BY id DESC LIMIT 1");
        return diff(older.isEmpty() ? 0 : older.get(0).id(), newer.id());
    }

    InventoryDiff diff(long olderId, long newerId) throws SQLException {
        ScanInfo older = olderId == 0 ? null : one(olderId);
        ScanInfo newer = one(newerId);
        Map<Long, KnownDevice> devices = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + JdbcInventory.DEVICE_COLUMNS + " FROM device");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                KnownDevice d = Queries.device(db, r);
                devices.put(d.id(), d);
            }
        }
        Set<Long> before = present(olderId);
        Set<Long> after = present(newerId);
        List<KnownDevice> added = new ArrayList<>();
        List<KnownDevice> gone = new ArrayList<>();
        for (long id : after) {
            if (!before.contains(id) && devices.containsKey(id)) {
                added.add(devices.get(id));
            }
        }
        for (long id : before) {
            if (!after.contains(id) && devices.containsKey(id)) {
                gone.add(devices.get(id));
            }
        }
        added.sort(Queries.BY_ADDRESS);
        gone.sort(Queries.BY_ADDRESS);
        List<InventoryDiff.Move> moved = new ArrayList<>();
        if (olderId != 0) {
            Map<Long, String> from = addresses(olderId);
            Map<Long, String> to = addresses(newerId);
            for (long id : after) {
                String a = from.get(id);
                String b = to.get(id);
                if (before.contains(id) && a != null && b != null && !a.equals(b) && devices.containsKey(id)) {
                    moved.add(new InventoryDiff.Move(devices.get(id), a, b));
                }
            }
            moved.sort((x, y) -> Queries.BY_ADDRESS.compare(x.device(), y.device()));
        }
        List<InventoryDiff.Change> changed = olderId == 0 ? List.of() : changes(olderId, newerId, before, devices);
        return new InventoryDiff(older, newer, added, gone, moved, changed);
    }

    private ScanInfo one(long id) throws SQLException {
        List<ScanInfo> s = queries.scans("WHERE id = " + id);
        if (s.isEmpty()) {
            throw new InventoryException(InventoryException.Kind.OTHER, "The inventory has no scan " + id
                    + " (see the scans it kept with: openenpc diff --list).");
        }
        return s.get(0);
    }

    /** The devices present at scan {@code id}: a run that started at or before it and did not end by it. */
    private Set<Long> present(long id) throws SQLException {
        Set<Long> out = new HashSet<>();
        if (id == 0) {
            return out;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT device_id FROM presence WHERE first_scan <= ?"
                + " AND (gone_scan IS NULL OR gone_scan > ?)")) {
            s.setLong(1, id);
            s.setLong(2, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    /** Each device's address as of scan {@code id}. */
    private Map<Long, String> addresses(long id) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT device_id, address FROM device_address WHERE first_scan <= ?"
                + " ORDER BY device_id, first_scan")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getString(2));
                }
            }
        }
        return out;
    }

    private List<InventoryDiff.Change> changes(long olderId, long newerId, Set<Long> before, Map<Long, KnownDevice> devices)
            throws SQLException {
        List<InventoryDiff.Change> out = new ArrayList<>();
        Map<Long, String[]> lastStatus = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT device_id, at, level, text FROM status_change"
                + " WHERE scan_id > ? AND scan_id <= ? ORDER BY at")) {
            s.setLong(1, olderId);
            s.setLong(2, newerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lastStatus.put(r.getLong(1), new String[] {String.valueOf(r.getLong(2)), r.getString(3),
                            db.decode(r.getString(4))});
                }
            }
        }
        lastStatus.forEach((id, st) -> {
            if (before.contains(id) && devices.containsKey(id)) {
                out.add(new InventoryDiff.Change(devices.get(id), Instant.ofEpochMilli(Long.parseLong(st[0])),
                        InventoryDiff.What.STATUS, st[1].toLowerCase() + (st[2].isEmpty() ? "" : ": " + st[2])));
            }
        });
        try (PreparedStatement s = c.prepareStatement("SELECT device_id, at, supply, colour, percent FROM supply_level"
                + " WHERE replaced = 1 AND scan_id > ? AND scan_id <= ? ORDER BY at")) {
            s.setLong(1, olderId);
            s.setLong(2, newerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    if (before.contains(id) && devices.containsKey(id)) {
                        String name = db.decode(r.getString(3));
                        out.add(new InventoryDiff.Change(devices.get(id), Instant.ofEpochMilli(r.getLong(2)),
                                InventoryDiff.What.SUPPLY_REPLACED, (name.isEmpty() ? db.decode(r.getString(4)) : name)
                                + " replaced or refilled (now " + r.getInt(5) + " %)"));
                    }
                }
            }
        }
        out.sort((x, y) -> {
            int byDevice = Queries.BY_ADDRESS.compare(x.device(), y.device());
            return byDevice != 0 ? byDevice : x.at().compareTo(y.at());
        });
        return out;
    }
}
