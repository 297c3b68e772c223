package org.openenpc.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.UserFields;

/**
 * The devices the inventory remembers, found by a scanned printer (a table row, an export): by MAC when the printer has one
 * the inventory knows, else by printer UUID among the devices without MAC, else by address among the devices known
 * only by address. Immutable; any thread.
 */
public final class KnownDevices {

    public static final KnownDevices EMPTY = new KnownDevices(List.of());

    /** The discovery source a remembered row shows until a scan sees the printer again. */
    public static final String SOURCE = "inventory";

    private final List<KnownDevice> all;
    private final Map<MacAddress, KnownDevice> byMac = new HashMap<>();
    private final Map<String, KnownDevice> byUuid = new HashMap<>();
    private final Map<String, KnownDevice> byAddress = new HashMap<>();
    /** The devices kept by UUID, by their last address (what a remembered row, which has no UUID, is found by). */
    private final Map<String, KnownDevice> uuidByAddress = new HashMap<>();
    private final Map<Long, KnownDevice> byId = new HashMap<>();

    public KnownDevices(List<KnownDevice> devices) {
        this.all = List.copyOf(devices);
        for (KnownDevice d : all) {
            byId.put(d.id(), d);
            if (d.mac() != null) {
                byMac.put(d.mac(), d);
            } else if (!d.uuid().isEmpty()) {
                byUuid.putIfAbsent(d.uuid(), d);
                uuidByAddress.putIfAbsent(d.address(), d);
            } else {
                byAddress.put(d.address(), d);
            }
        }
    }

    public List<KnownDevice> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** The device this printer is, if the inventory keeps it. */
    public Optional<KnownDevice> find(Printer p) {
        if (p == null) {
            return Optional.empty();
        }
        if (p.mac() != null) {
            KnownDevice d = byMac.get(p.mac());
            if (d != null) {
                return Optional.of(d);
            }
        }
        String uuid = p.uuid();
        if (!uuid.isEmpty()) {
            KnownDevice d = byUuid.get(uuid);
            if (d != null) {
                return Optional.of(d);
            }
        }
        KnownDevice d = byAddress.get(p.ip());
        if (d == null && p.mac() == null && uuid.isEmpty()) {
            // a remembered row (no UUID on it) of a device kept by UUID: the one at its address
            d = uuidByAddress.get(p.ip());
        }
        return Optional.ofNullable(d);
    }

    public Optional<KnownDevice> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The user's fields of this printer; {@link UserFields#NONE} when it is not kept. */
    public UserFields userFields(Printer p) {
        return find(p).map(KnownDevice::user).orElse(UserFields.NONE);
    }

    /** These devices with the user's fields of some replaced (fields saved but not yet read back). */
    public KnownDevices withUserFields(Map<Long, UserFields> edited) {
        if (edited.isEmpty()) {
            return this;
        }
        List<KnownDevice> out = new ArrayList<>(all.size());
        for (KnownDevice d : all) {
            UserFields f = edited.get(d.id());
            out.add(f == null ? d : new KnownDevice(d.id(), d.mac(), d.uuid(), d.address(), d.model(), d.serial(), d.firstSeen(),
                    d.lastSeen(), d.present(), d.statusLevel(), d.statusText(), d.pages(), f));
        }
        return new KnownDevices(out);
    }

    /** These devices without that one. */
    public KnownDevices without(long id) {
        return new KnownDevices(all.stream().filter(d -> d.id() != id).toList());
    }

    /**
     * What a table row shows for a device no scan of this session has seen: its address, MAC, model and
     * dates as last recorded, its status unknown.
     */
    public static Printer asPrinter(KnownDevice d) {
        java.util.SortedSet<String> sources = new java.util.TreeSet<>();
        sources.add(SOURCE);
        return new Printer(d.address(), d.mac(), d.model(), "", "", Printer.IpSettings.NONE, PrinterStatus.UNKNOWN,
                "", sources, new java.util.TreeSet<>(), new java.util.TreeMap<>(), d.firstSeen(), d.lastSeen(), null);
    }
}
