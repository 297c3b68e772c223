package org.openenpc.inventory;

import org.openenpc.model.UserFields;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openenpc.model.LevelPoint;
import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;
import org.openenpc.model.Supply;
import org.openenpc.model.SupplySeries;

/** The inventory's read queries, inside the caller's transaction. One instance per call. */
final class Queries {

    static final Comparator<KnownDevice> BY_ADDRESS = Comparator
            .comparingLong((KnownDevice d) -> Printer.ipOrder(d.address())).thenComparing(KnownDevice::address)
            .thenComparingLong(KnownDevice::id);

    private final Database db;
    private final Connection c;

    Queries(Database db, Connection c) {
        this.db = db;
        this.c = c;
    }

    static KnownDevice device(Database db, ResultSet r) throws SQLException {
        String mac = r.getString(2);
        MacAddress parsed = null;
        if (mac != null) {
            try {
                parsed = MacAddress.parse(mac);
            } catch (IllegalArgumentException e) {
                parsed = null; // edited by hand: shown as unknown rather than failing the whole list
            }
        }
        long pages = r.getLong(11);
        Long pageCount = r.wasNull() ? null : pages;
        String uuid = r.getString(17);
        return new KnownDevice(r.getLong(1), parsed, uuid == null ? "" : uuid, r.getString(3), db.decode(r.getString(4)), db.decode(r.getString(5)),
                Instant.ofEpochMilli(r.getLong(6)), Instant.ofEpochMilli(r.getLong(7)), r.getInt(8) != 0,
                r.getString(9), db.decode(r.getString(10)), pageCount,
                new UserFields(db.decode(r.getString(12)), db.decode(r.getString(13)), db.decode(r.getString(14)),
                        db.decode(r.getString(15)), db.decode(r.getString(16))));
    }

    KnownDevice device(long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + JdbcInventory.DEVICE_COLUMNS + " FROM device WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? device(db, r) : null;
            }
        }
    }

    List<ScanInfo> scans(String tail) throws SQLException {
        List<ScanInfo> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, started_at, ended_at, scope, purpose, complete, answered,"
                + " added, gone, moved FROM scan " + tail);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new ScanInfo(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), Instant.ofEpochMilli(r.getLong(3)),
                        db.decode(r.getString(4)), r.getString(5), r.getInt(6) != 0, r.getInt(7), r.getInt(8),
                        r.getInt(9), r.getInt(10)));
            }
        }
        return out;
    }

    DeviceHistory history(long id, Instant since) throws SQLException {
        KnownDevice d = device(id);
        if (d == null) {
            return null;
        }
        long from = since == null ? Long.MIN_VALUE : since.toEpochMilli();
        List<DeviceHistory.AddressSpan> addresses = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT address, first_seen, last_seen FROM device_address"
                + " WHERE device_id = ? AND last_seen >= ? ORDER BY first_scan")) {
            s.setLong(1, id);
            s.setLong(2, from);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    addresses.add(new DeviceHistory.AddressSpan(r.getString(1), Instant.ofEpochMilli(r.getLong(2)),
                            Instant.ofEpochMilli(r.getLong(3))));
                }
            }
        }
        List<DeviceHistory.Span> presence = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.first_scan, p.gone_scan, f.started_at, g.started_at"
                + " FROM presence p LEFT JOIN scan f ON f.id = p.first_scan LEFT JOIN scan g ON g.id = p.gone_scan"
                + " WHERE p.device_id = ? ORDER BY p.first_scan")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long f = r.getLong(3);
                    Instant fromAt = r.wasNull() ? d.firstSeen() : Instant.ofEpochMilli(f);
                    r.getLong(2);
                    boolean open = r.wasNull();
                    long g = r.getLong(4);
                    Instant goneAt = open ? null : r.wasNull() ? fromAt : Instant.ofEpochMilli(g);
                    if (goneAt == null || goneAt.toEpochMilli() >= from) {
                        presence.add(new DeviceHistory.Span(fromAt, goneAt));
                    }
                }
            }
        }
        List<DeviceHistory.StatusChange> statuses = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT at, level, text FROM status_change WHERE device_id = ?"
                + " AND at >= ? ORDER BY at")) {
            s.setLong(1, id);
            s.setLong(2, from);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    statuses.add(new DeviceHistory.StatusChange(Instant.ofEpochMilli(r.getLong(1)), r.getString(2),
                            db.decode(r.getString(3))));
                }
            }
        }
        List<DeviceHistory.PageCount> pages = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT at, pages FROM page_count WHERE device_id = ? AND at >= ?"
                + " ORDER BY at")) {
            s.setLong(1, id);
            s.setLong(2, from);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pages.add(new DeviceHistory.PageCount(Instant.ofEpochMilli(r.getLong(1)), r.getLong(2)));
                }
            }
        }
        return new DeviceHistory(d, addresses, presence, statuses, pages, supplies(id, since));
    }

    List<SupplySeries> supplies(long id, Instant since) throws SQLException {
        long from = since == null ? Long.MIN_VALUE : since.toEpochMilli();
        Map<String, List<LevelPoint>> points = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT at, supply, colour, kind, percent FROM supply_level"
                + " WHERE device_id = ? AND at >= ? ORDER BY at")) {
            s.setLong(1, id);
            s.setLong(2, from);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = db.decode(r.getString(2));
                    String colour = db.decode(r.getString(3));
                    String kind = r.getString(4);
                    String key = name + '\u001f' + colour + '\u001f' + kind;
                    names.putIfAbsent(key, new String[] {name, colour, kind});
                    int p = r.getInt(5);
                    Integer percent = r.wasNull() ? null : p;
                    points.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new LevelPoint(Instant.ofEpochMilli(r.getLong(1)), percent));
                }
            }
        }
        List<SupplySeries> out = new ArrayList<>();
        names.forEach((key, n) -> out.add(new SupplySeries(n[0], n[1], kind(n[2]), points.get(key))));
        return out;
    }

    private static Supply.Kind kind(String name) {
        try {
            return Supply.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Supply.Kind.OTHER;
        }
    }
}
