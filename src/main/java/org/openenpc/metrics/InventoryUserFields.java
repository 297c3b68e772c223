package org.openenpc.metrics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.InventoryException;
import org.openenpc.inventory.KnownDevice;
import org.openenpc.model.Printer;
import org.openenpc.model.UserFields;
import org.openenpc.monitor.MonitorRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's fields from the inventory watch records into, matched by MAC, else printer UUID, else address
 * (only the strongest identity the printer has). Scrapes read a copy of every kept device's fields, re-read at most once
 * per {@link #MAX_AGE} and only after a round finished (a user may have edited them meanwhile in the desktop
 * app or with {@code inventory set}), so a scrape every second never queries the database every second.
 * Any thread: scrapes call {@link #of}, the engine's thread calls {@link #accept} after each round.
 */
public final class InventoryUserFields implements UserFieldsSource, Consumer<MonitorRound> {

    static final Duration MAX_AGE = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(InventoryUserFields.class);

    private record Snapshot(Map<String, UserFields> byMac, Map<String, UserFields> byUuid,
                            Map<String, UserFields> byAddress, long readAt) {
    }

    private final Inventory inventory;
    private final LongSupplier nanoTime;
    private volatile Snapshot snapshot;
    private volatile boolean roundSinceRead = true;
    private boolean warned;

    public InventoryUserFields(Inventory inventory) {
        this(inventory, System::nanoTime);
    }

    InventoryUserFields(Inventory inventory, LongSupplier nanoTime) {
        this.inventory = inventory;
        this.nanoTime = nanoTime;
    }

    @Override
    public void accept(MonitorRound round) {
        roundSinceRead = true;
    }

    @Override
    public UserFields of(Printer p) {
        Snapshot s = current();
        if (s == null) {
            return UserFields.NONE;
        }
        // The strongest identity the printer has, only that one: a MAC not (yet) in the inventory must not
        // borrow the fields of another device that once had its address.
        UserFields u = p.mac() != null ? s.byMac.get(p.macText())
                : !p.uuid().isEmpty() ? s.byUuid.get(p.uuid().toLowerCase(java.util.Locale.ROOT))
                : s.byAddress.get(p.ip());
        return u == null ? UserFields.NONE : u;
    }

    private synchronized Snapshot current() {
        Snapshot s = snapshot;
        long now = nanoTime.getAsLong();
        if (s == null || (roundSinceRead && now - s.readAt >= MAX_AGE.toNanos())) {
            roundSinceRead = false;
            try {
                s = read(now);
                snapshot = s;
            } catch (InventoryException e) {
                if (!warned) {
                    warned = true;
                    LOG.warn("Metrics show the printers' own names: {}", e.getMessage());
                }
            }
        }
        return s;
    }

    private Snapshot read(long now) {
        Map<String, UserFields> byMac = new HashMap<>();
        Map<String, UserFields> byUuid = new HashMap<>();
        Map<String, UserFields> byAddress = new HashMap<>();
        for (KnownDevice d : inventory.devices()) {
            if (d.user().isEmpty()) {
                continue;
            }
            if (d.mac() != null) {
                byMac.putIfAbsent(d.macText(), d.user());
            }
            if (!d.uuid().isEmpty()) {
                byUuid.putIfAbsent(d.uuid(), d.user());
            }
            byAddress.putIfAbsent(d.address(), d.user());
        }
        return new Snapshot(byMac, byUuid, byAddress, now);
    }
}
