package org.openenpc.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openenpc.model.Printer;
import org.openenpc.model.Supply;

/**
 * Records one scan inside the caller's transaction: the scan row, new devices, moves, presence runs and the
 * observations that changed. Reads every kept device once, then writes new rows with COPY ({@link CopyRows}) on
 * PostgreSQL, multi-row INSERTs ({@link RowBatch}) on SQLite, and changes with multi-row UPDATEs: a few statements
 * per table, so a 10,000-printer scan is a few dozen statements. One instance per scan; the caller's thread.
 */
final class ScanWriter {

    /** A kept device's row as the scan compares it. */
    private static final class Row {
        long id;
        String mac;
        String uuid;
        String address;
        boolean present;
        String model;
        String serial;
        String level;
        String text;
        String supplies;
        Long pages;
        long pagesAt;
        boolean touched;
    }

    /** A rising page count is stored at most this often (a busy printer's changes at every poll). */
    static final long PAGE_COUNT_EVERY_MS = 3_600_000;

    private final Database db;
    private final Connection c;
    private final ScanRecord scan;
    private final Map<String, Row> byMac = new HashMap<>();
    private final Map<String, Row> byUuid = new HashMap<>();
    private final Map<String, List<Row>> byAddress = new HashMap<>();
    private final List<Row> all = new ArrayList<>();
    private long scanId;
    private int added;
    private int gone;
    private int moved;

    ScanWriter(Database db, Connection c, ScanRecord scan) {
        this.db = db;
        this.c = c;
        this.scan = scan;
    }

    ScanInfo write() throws SQLException {
        insertScan();
        load();
        List<Printer> fresh = new ArrayList<>();
        List<Object[]> update = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        List<Long> opened = new ArrayList<>();
        Observations obs = new Observations();
        for (Printer p : scan.answered()) {
            Row r = match(p);
            if (r == null) {
                fresh.add(p);
                continue;
            }
            if (r.touched) {
                continue; // a second answer claiming the same device in one scan (a forged MAC): the first stands
            }
            r.touched = true;
            if (!p.ip().equals(r.address)) {
                moved++;
                addresses.add(new Object[] {r.id, p.ip(), millis(p.lastSeen())});
                r.address = p.ip();
            }
            if (!r.present) {
                opened.add(r.id);
            }
            obs.compare(r, p);
            update.add(new Object[] {p.mac() == null ? r.mac : p.mac().toString(), RowBatch.text(r.uuid), r.address,
                    p.model().isEmpty() ? r.model : db.encode(p.model()),
                    Observed.serial(p).isEmpty() ? r.serial : db.encode(Observed.serial(p)), millis(p.lastSeen()),
                    scanId, r.level, r.text, r.supplies, r.pages, r.pagesAt, r.id});
            // (r.uuid: a device first kept by UUID gets its MAC, one kept by MAC or address its UUID, in match)
        }
        insertNew(fresh, addresses, opened, obs);
        RowBatch.update(c, "device", "mac, uuid, address, model, serial, last_seen, last_scan, status_level,"
                + " status_text, supplies, pages, pages_at, id", "mac = v.mac, uuid = v.uuid, address = v.address,"
                + " model = v.model, serial = v.serial,"
                + " last_seen = v.last_seen, last_scan = v.last_scan, present = 1, status_level = v.status_level,"
                + " status_text = v.status_text, supplies = v.supplies, pages = v.pages, pages_at = v.pages_at",
                "t.id = v.id", update);
        openRuns(opened);
        insert("device_address", "device_id, address, first_scan, first_seen, last_seen", addresses.stream()
                .map(a -> new Object[] {a[0], a[1], scanId, a[2], a[2]}).toList());
        RowBatch.update(c, "device_address", "last_seen, device_id", "last_seen = v.last_seen", "t.device_id ="
                + " v.device_id AND t.first_scan = (SELECT MAX(first_scan) FROM device_address d WHERE d.device_id ="
                + " v.device_id)", update.stream().map(u -> new Object[] {u[5], u[12]}).toList());
        if (scan.complete()) {
            closeRuns();
        }
        obs.write();
        int answered = (int) all.stream().filter(r -> r.touched).count();
        try (PreparedStatement s = c.prepareStatement("UPDATE scan SET answered = ?, added = ?, gone = ?, moved = ?"
                + " WHERE id = ?")) {
            s.setInt(1, answered);
            s.setInt(2, added);
            s.setInt(3, gone);
            s.setInt(4, moved);
            s.setLong(5, scanId);
            s.executeUpdate();
        }
        return new ScanInfo(scanId, scan.startedAt(), scan.endedAt(), scan.scope(), scan.purpose(), scan.complete(),
                answered, added, gone, moved);
    }

    private void insertScan() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO scan (started_at, ended_at, scope, purpose, complete,"
                + " answered, added, gone, moved) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0) RETURNING id")) {
            s.setLong(1, millis(scan.startedAt()));
            s.setLong(2, millis(scan.endedAt()));
            s.setString(3, db.encode(scan.scope()));
            s.setString(4, scan.purpose());
            s.setInt(5, scan.complete() ? 1 : 0);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                scanId = r.getLong(1);
            }
        }
    }

    private void load() throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, mac, address, present, model, serial, status_level, status_text,"
                     + " supplies, pages, pages_at, uuid FROM device")) {
            while (r.next()) {
                Row row = new Row();
                row.id = r.getLong(1);
                row.mac = r.getString(2);
                row.address = r.getString(3);
                row.present = r.getInt(4) != 0;
                row.model = r.getString(5);
                row.serial = r.getString(6);
                row.level = r.getString(7);
                row.text = r.getString(8);
                row.supplies = r.getString(9);
                long pages = r.getLong(10);
                row.pages = r.wasNull() ? null : pages;
                row.pagesAt = r.getLong(11);
                row.uuid = r.getString(12);
                index(row);
            }
        }
    }

    private void index(Row row) {
        all.add(row);
        if (row.mac != null) {
            byMac.put(row.mac, row);
        }
        if (row.uuid != null) {
            byUuid.putIfAbsent(row.uuid, row);
        }
        byAddress.computeIfAbsent(row.address, k -> new ArrayList<>(1)).add(row);
    }

    /**
     * The kept device this reply is: by MAC; else by printer UUID (a device kept without MAC, or with this MAC);
     * else the MAC-less device at its address that has no other UUID. The device then gets the MAC and UUID the
     * reply has and it lacked.
     */
    private Row match(Printer p) {
        String uuid = p.uuid().isEmpty() ? null : p.uuid();
        Row r = matchKeyed(p, uuid);
        if (r != null && uuid != null && r.uuid == null && !byUuid.containsKey(uuid)) {
            r.uuid = uuid;
            byUuid.put(uuid, r);
        }
        return r;
    }

    private Row matchKeyed(Printer p, String uuid) {
        if (p.mac() != null) {
            Row r = byMac.get(p.mac().toString());
            if (r != null) {
                return r;
            }
        }
        if (uuid != null) {
            Row r = byUuid.get(uuid);
            if (r != null && (r.mac == null || p.mac() == null)) {
                if (r.mac == null && p.mac() != null) {
                    r.mac = p.mac().toString();
                    byMac.put(r.mac, r);
                }
                return r;
            }
        }
        for (Row r : byAddress.getOrDefault(p.ip(), List.of())) {
            if (r.uuid != null && uuid != null && !r.uuid.equals(uuid)) {
                continue; // another printer that had this address
            }
            if (r.mac == null) {
                if (p.mac() != null) {
                    r.mac = p.mac().toString();
                    byMac.put(r.mac, r);
                }
                return r;
            }
            if (p.mac() == null && !r.touched) {
                return r; // a reply without MAC (an SNMP-only answer) from the address of a known device
            }
        }
        return null;
    }

    private void insertNew(List<Printer> fresh, List<Object[]> addresses, List<Long> opened, Observations obs)
            throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Printer> kept = new ArrayList<>();
        List<Row> made = new ArrayList<>();
        for (Printer p : fresh) {
            String key = key(p.mac() == null ? null : p.mac().toString(), p.uuid(), p.ip());
            if (!keys.add(key) || (p.mac() == null && p.uuid().isEmpty() && byAddress.containsKey(p.ip()))) {
                continue; // twice in one scan
            }
            kept.add(p);
            Row row = new Row();
            row.mac = p.mac() == null ? null : p.mac().toString();
            // a UUID another kept device has stays with that one (a forged announcement cannot take it over)
            row.uuid = p.uuid().isEmpty() || byUuid.containsKey(p.uuid()) ? null : p.uuid();
            row.address = p.ip();
            row.present = true;
            row.touched = true;
            row.level = "";
            row.text = "";
            row.supplies = "";
            // Observed before the insert, so the device row is written once with its status and supplies; the
            // observations refer to the row and take its id when they are written.
            obs.compare(row, p);
            made.add(row);
            rows.add(new Object[] {row.mac, RowBatch.text(row.uuid), p.ip(), db.encode(p.model()), db.encode(Observed.serial(p)),
                    millis(p.firstSeen()), millis(p.lastSeen()), row.level, row.text, row.supplies, row.pages,
                    row.pagesAt, scanId, scanId, 1});
        }
        insert("device", "mac, uuid, address, model, serial, first_seen, last_seen, status_level, status_text,"
                + " supplies, pages, pages_at, first_scan, last_scan, present", rows);
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, mac, uuid, address FROM device WHERE first_scan = " + scanId)) {
            while (r.next()) {
                ids.put(key(r.getString(2), r.getString(3), r.getString(4)), r.getLong(1));
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            Printer p = kept.get(i);
            Row row = made.get(i);
            row.id = ids.get(key(row.mac, row.uuid, p.ip()));
            index(row);
            added++;
            opened.add(row.id);
            addresses.add(new Object[] {row.id, p.ip(), millis(p.lastSeen())});
        }
    }

    /** What identifies a new device within one scan: its MAC, else its UUID, else its address. */
    private static String key(String mac, String uuid, String address) {
        return mac != null ? mac : uuid != null && !uuid.isEmpty() ? "uuid:" + uuid : "ip:" + address;
    }

    private void openRuns(List<Long> ids) throws SQLException {
        insert("presence", "device_id, first_scan", ids.stream().map(id -> new Object[] {id, scanId}).toList());
    }

    /** Devices the complete scan asked (by address) that did not answer: their run ends here. */
    private void closeRuns() throws SQLException {
        List<Object[]> ids = new ArrayList<>();
        for (Row r : all) {
            if (r.present && !r.touched && scan.covers().test(r.address)) {
                ids.add(new Object[] {r.id});
            }
        }
        gone = ids.size();
        RowBatch.update(c, "presence", "device_id", "gone_scan = " + scanId, "t.device_id = v.device_id"
                + " AND t.gone_scan IS NULL", ids);
        RowBatch.update(c, "device", "id", "present = 0", "t.id = v.id", ids);
    }

    /**
     * New rows of {@code table}, one value per named column: COPY on PostgreSQL ({@link CopyRows}), multi-row
     * INSERTs on SQLite ({@link RowBatch}; there the statements are already as fast as the file allows).
     */
    private void insert(String table, String columns, List<Object[]> rows) throws SQLException {
        if (db.dialect() == Database.Dialect.POSTGRESQL) {
            CopyRows.copy(c, table, columns, rows);
        } else if (!rows.isEmpty()) {
            RowBatch.insert(c, "INSERT INTO " + table + " (" + columns + ") VALUES",
                    RowBatch.placeholders(rows.get(0).length), rows);
        }
    }

    static long millis(Instant t) {
        return t.toEpochMilli();
    }

    /** The observations of this scan that differ from each device's latest, written in three batches. */
    private final class Observations {
        private final List<Object[]> statuses = new ArrayList<>();
        private final List<Object[]> supplies = new ArrayList<>();
        private final List<Object[]> pages = new ArrayList<>();

        /** Compares {@code p}'s observations with the row's latest; updates the row and queues what changed. */
        void compare(Row r, Printer p) {
            long at = millis(Objects.requireNonNullElse(p.lastSeen(), scan.endedAt()));
            if (p.status().reported() || Observed.fresh(p) != null || Observed.freshIpp(p) != null) {
                String level = Observed.level(p);
                String text = db.encode(Observed.text(p));
                if (!level.equals(r.level) || !text.equals(r.text)) {
                    statuses.add(new Object[] {r, scanId, at, level, text});
                    r.level = level;
                    r.text = text;
                }
            }
            Map<String, Supply> now = Observed.supplies(p);
            if (!now.isEmpty()) {
                Map<String, Integer> before = Observed.split(db.decode(r.supplies));
                for (Map.Entry<String, Supply> e : now.entrySet()) {
                    Supply s = e.getValue();
                    boolean known = before.containsKey(e.getKey());
                    Integer old = before.get(e.getKey());
                    if (!known || !Objects.equals(old, s.percent())) {
                        supplies.add(new Object[] {r, scanId, at, db.encode(s.name()), db.encode(s.colour()),
                                s.kind().name(), s.percent() == null ? RowBatch.NULL_INTEGER : s.percent(), Observed.replaced(old, s.percent()) ? 1 : 0});
                    }
                }
                // stored encoded, as all device text (a supply name with a NUL would otherwise fail the whole
                // scan's transaction on PostgreSQL)
                r.supplies = db.encode(Observed.join(now));
            }
            Long count = Observed.pages(p);
            if (count != null && !count.equals(r.pages)) {
                // The device row always has the latest count; the history gets it at most once an hour while it only
                // rises (and at once when it falls: a reset or another printer).
                if (r.pages == null || count < r.pages || at - r.pagesAt >= PAGE_COUNT_EVERY_MS) {
                    pages.add(new Object[] {r, scanId, at, count});
                    r.pagesAt = at;
                }
                r.pages = count;
            }
        }

        void write() throws SQLException {
            insert("status_change", "device_id, scan_id, at, level, text", withIds(statuses));
            insert("supply_level", "device_id, scan_id, at, supply, colour, kind, percent, replaced", withIds(supplies));
            insert("page_count", "device_id, scan_id, at, pages", withIds(pages));
        }

        /** The rows with their first cell, the device's {@link Row}, replaced by its id (known by now). */
        private List<Object[]> withIds(List<Object[]> rows) {
            for (Object[] row : rows) {
                row[0] = ((Row) row[0]).id;
            }
            return rows;
        }
    }
}
