package org.openenpc.inventory;

import org.openenpc.model.UserFields;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.openenpc.model.SupplySeries;

/**
 * The printers OpenENPC remembers: devices keyed by MAC (by address until a MAC is known), their
 * addresses over time, the user's fields, every recorded scan and the observations that changed.
 *
 * <p>Every method may throw {@link InventoryException} with one sentence for the user. Implementations
 * are thread-safe: calls are serialised.
 */
public interface Inventory extends AutoCloseable {

    /** Where it is, for messages: a file path, or a database URL without credentials. */
    String location();

    /** Records one scan in one transaction: all of it or, after a failure or a kill, none of it. */
    ScanInfo recordScan(ScanRecord scan);

    /** Every device kept, by address. */
    List<KnownDevice> devices();

    /** The device with this MAC ("00:26:ab:…", any case or separator), printer UUID (as IPP gives it) or current address. */
    Optional<KnownDevice> find(String macOrAddress);

    /** What was kept of the device since {@code since} (null: everything). */
    DeviceHistory history(long deviceId, Instant since);

    /** The device's supply levels since {@code since}, one series per supply (the chart's data). */
    List<SupplySeries> supplyHistory(long deviceId, Instant since);

    /** The latest {@code limit} scans, newest first. */
    List<ScanInfo> scans(int limit);

    /** The scan with this number. */
    Optional<ScanInfo> scan(long id);

    /** What changed from scan {@code olderId} to scan {@code newerId} (0 for "from nothing"). */
    InventoryDiff diff(long olderId, long newerId);

    /**
     * What changed since {@code since}: from the last complete scan before it to the latest scan; null:
     * from the complete scan before the latest one.
     */
    InventoryDiff diffSince(Instant since);

    /** Replaces the user's fields of one device; false when no such device is kept. */
    boolean updateUserFields(long deviceId, UserFields fields);

    /** Removes the device and all its history; false when no such device is kept. */
    boolean forget(long deviceId);

    /** Deletes observations and scans older than {@code before}; returns how many rows went. */
    int prune(Instant before);

    @Override
    void close();
}
