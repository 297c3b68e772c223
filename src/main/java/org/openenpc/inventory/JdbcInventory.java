package org.openenpc.inventory;

import org.openenpc.model.UserFields;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openenpc.model.MacAddress;
import org.openenpc.model.SupplySeries;

/**
 * The inventory on SQLite or PostgreSQL through plain JDBC: the same SQL on both. Thread-safe: every call is
 * one transaction on the {@link Database}'s single connection.
 */
final class JdbcInventory implements Inventory {

    static final String DEVICE_COLUMNS = "id, mac, address, model, serial, first_seen, last_seen, present,"
            + " status_level, status_text, pages, name, location, asset_tag, notes, tags, uuid";

    /** A printer UUID as IPP and DNS-SD give it (lower case, without "urn:uuid:"). */
    private static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Database db;

    JdbcInventory(Database db) {
        this.db = db;
    }

    @Override
    public String location() {
        return db.location();
    }

    @Override
    public ScanInfo recordScan(ScanRecord scan) {
        return db.inTransaction(c -> new ScanWriter(db, c, scan).write());
    }

    @Override
    public List<KnownDevice> devices() {
        return db.inTransaction(c -> {
            List<KnownDevice> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + DEVICE_COLUMNS + " FROM device");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(Queries.device(db, r));
                }
            }
            out.sort(Queries.BY_ADDRESS);
            return out;
        });
    }

    @Override
    public Optional<KnownDevice> find(String macOrAddress) {
        String key = macOrAddress == null ? "" : macOrAddress.strip();
        String mac;
        try {
            mac = MacAddress.parse(key).toString();
        } catch (IllegalArgumentException notMac) {
            mac = null;
        }
        String byMac = mac;
        String uuid = key.toLowerCase(java.util.Locale.ROOT).replaceFirst("^urn:uuid:", "");
        String byUuid = mac == null && UUID_TEXT.matcher(uuid).matches() ? uuid : null;
        return db.inTransaction(c -> {
            String sql = "SELECT " + DEVICE_COLUMNS + " FROM device WHERE " + (byMac != null ? "mac = ?"
                    : byUuid != null ? "uuid = ? ORDER BY id" : "address = ? ORDER BY last_seen DESC");
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, byMac != null ? byMac : byUuid != null ? byUuid : key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(Queries.device(db, r)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public DeviceHistory history(long deviceId, Instant since) {
        return db.inTransaction(c -> new Queries(db, c).history(deviceId, since));
    }

    @Override
    public List<SupplySeries> supplyHistory(long deviceId, Instant since) {
        return db.inTransaction(c -> new Queries(db, c).supplies(deviceId, since));
    }

    @Override
    public List<ScanInfo> scans(int limit) {
        return db.inTransaction(c -> new Queries(db, c).scans("ORDER BY id DESC LIMIT " + Math.max(0, limit)));
    }

    @Override
    public Optional<ScanInfo> scan(long id) {
        return db.inTransaction(c -> new Queries(db, c).scans("WHERE id = " + id).stream().findFirst());
    }

    @Override
    public InventoryDiff diff(long olderId, long newerId) {
        return db.inTransaction(c -> new DiffQuery(db, c).diff(olderId, newerId));
    }

    @Override
    public InventoryDiff diffSince(Instant since) {
        return db.inTransaction(c -> new DiffQuery(db, c).since(since));
    }

    @Override
    public boolean updateUserFields(long deviceId, UserFields f) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE device SET name = ?, location = ?, asset_tag = ?,"
                    + " notes = ?, tags = ? WHERE id = ?")) {
                s.setString(1, db.encode(f.name()));
                s.setString(2, db.encode(f.location()));
                s.setString(3, db.encode(f.assetTag()));
                s.setString(4, db.encode(f.notes()));
                s.setString(5, db.encode(f.tags()));
                s.setLong(6, deviceId);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean forget(long deviceId) {
        return db.inTransaction(c -> {
            for (String table : List.of("status_change", "supply_level", "page_count", "presence", "device_address")) {
                delete(c, "DELETE FROM " + table + " WHERE device_id = ?", deviceId);
            }
            return delete(c, "DELETE FROM device WHERE id = ?", deviceId) == 1;
        });
    }

    @Override
    public int prune(Instant before) {
        long t = before.toEpochMilli();
        return db.inTransaction(c -> {
            int n = 0;
            for (String table : List.of("status_change", "supply_level", "page_count")) {
                n += delete(c, "DELETE FROM " + table + " WHERE at < ?", t);
            }
            // Presence runs refer to scans by number, which stay comparable after the rows are gone.
            n += delete(c, "DELETE FROM scan WHERE started_at < ?", t);
            return n;
        });
    }

    private static int delete(Connection c, String sql, long value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, value);
            return s.executeUpdate();
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
