package org.openenpc.ui.inventory;

import org.openenpc.inventory.KnownDevices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.InventoryDiff;
import org.openenpc.inventory.InventoryException;
import org.openenpc.inventory.ScanInfo;
import org.openenpc.model.SupplySeries;
import org.openenpc.model.UserFields;
import org.openenpc.monitor.HistoryRecorder;
import org.openenpc.monitor.MonitorRound;

/**
 * The desktop app's side of the inventory: opens it, records every monitoring round into it (through the
 * one {@link HistoryRecorder}), and answers the views (remembered devices, the user's fields, supply
 * history, what changed since the previous scan) without ever blocking the FX thread. Every database call
 * runs on the {@code io} executor (one thread, from the composition root), in the order asked; answers
 * are posted to {@code fx}. Properties are FX-thread only.
 *
 * <p>While the inventory cannot be opened the app scans without history and {@link #problemProperty()}
 * says why in one sentence; the file is never touched.
 */
public final class InventoryService implements AutoCloseable {

    private final Executor io;
    private final Executor fx;
    private final Clock clock;
    private volatile Inventory inventory;
    private HistoryRecorder recorder;
    private Duration keep = Duration.ofDays(400);
    private Instant prunedAt;
    private final ObjectProperty<KnownDevices> devices = new SimpleObjectProperty<>(this, "devices", KnownDevices.EMPTY);
    private final ObjectProperty<InventoryDiff> changes = new SimpleObjectProperty<>(this, "changes");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    /** Counts the times the devices were read back from the database (not local edits). */
    private final javafx.beans.property.LongProperty reloads =
            new javafx.beans.property.SimpleLongProperty(this, "reloads");
    /** Fields typed but not yet written (FX thread); a reload read before the write still shows them. */
    private final Map<Long, UserFields> unsaved = new HashMap<>();
    /** The latest fields to write per device (io and FX threads: guarded by itself). */
    private final Map<Long, UserFields> toWrite = new HashMap<>();
    /** Rounds handed to the inventory's thread and not yet taken: a slow database must not pile them up. */
    private final java.util.concurrent.atomic.AtomicInteger queuedRounds = new java.util.concurrent.atomic.AtomicInteger();
    /** At most this many rounds wait for the inventory's thread; later ones are not recorded (and said so). */
    static final int MAX_QUEUED_ROUNDS = 4;

    public InventoryService(Executor io, Executor fx, Clock clock) {
        this.io = io;
        this.fx = fx;
        this.clock = clock;
    }

    /**
     * Opens the inventory in the background, loads the devices it remembers, then prunes observations older
     * than {@code keep}. {@code opener} throws {@link InventoryException} with the sentence to show.
     */
    public void open(Supplier<Inventory> opener, Duration keep) {
        this.keep = keep;
        run(() -> {
            try {
                Inventory opened = opener.get();
                inventory = opened;
                recorder = new HistoryRecorder(opened, this::problem, info -> { });
                reload(); // the remembered printers first: pruning old observations can wait a moment
                prune();
            } catch (InventoryException e) {
                problem(e.getMessage() + " Scanning goes on without history.");
            }
        });
    }

    /** Records one monitoring round (any thread; the write runs on the inventory's thread). */
    public void record(MonitorRound round) {
        if (queuedRounds.incrementAndGet() > MAX_QUEUED_ROUNDS) {
            queuedRounds.decrementAndGet();
            problem("The inventory " + location() + " is too slow: a round was not recorded.");
            return;
        }
        run(() -> {
            queuedRounds.decrementAndGet();
            if (recorder == null || recorder.stopped()) {
                return;
            }
            recorder.accept(round);
            if (recorder.stopped() || recorder.pending() > 0) {
                return; // stopped (said why) or waiting for the database: nothing new to show
            }
            post(() -> problem.set("")); // recorded: whatever failed before works again
            prune();
            reload();
            if (round.purpose() == MonitorRound.Purpose.SCAN) {
                diffLatestScans();
            }
        });
    }

    /**
     * Keeps the user's fields of one device: shown at once (the devices property), written in the
     * background; fast typing writes only the latest text.
     */
    public void saveUserFields(long deviceId, UserFields fields) {
        unsaved.put(deviceId, fields);
        devices.set(devices.get().withUserFields(Map.of(deviceId, fields)));
        boolean queued;
        synchronized (toWrite) {
            queued = toWrite.put(deviceId, fields) != null;
        }
        if (queued) {
            return; // the task already queued writes the latest value
        }
        run(() -> {
            UserFields latest;
            synchronized (toWrite) {
                latest = toWrite.remove(deviceId);
            }
            if (latest == null || inventory == null) {
                return;
            }
            try {
                inventory.updateUserFields(deviceId, latest);
                post(() -> unsaved.remove(deviceId, latest));
            } catch (InventoryException e) {
                problem(e.getMessage() + " What you typed was not saved.");
            }
        });
    }

    /** Removes a device and all its history; {@code then} runs on the FX thread once it is gone. */
    public void forget(long deviceId, Runnable then) {
        synchronized (toWrite) {
            toWrite.remove(deviceId);
        }
        unsaved.remove(deviceId);
        run(() -> {
            if (inventory == null) {
                return;
            }
            try {
                inventory.forget(deviceId);
                reload();
                post(then);
            } catch (InventoryException e) {
                problem(e.getMessage());
            }
        });
    }

    /** The device's supply history, to {@code then} on the FX thread (nothing while history is off). */
    public void supplyHistory(long deviceId, Consumer<List<SupplySeries>> then) {
        run(() -> {
            if (inventory == null) {
                return;
            }
            try {
                List<SupplySeries> series = inventory.supplyHistory(deviceId, null);
                post(() -> then.accept(series));
            } catch (InventoryException e) {
                problem(e.getMessage());
            }
        });
    }

    /**
     * Runs {@code task} with the open inventory on its thread and hands the result to {@code then} on the
     * FX thread (an import, a diff); a failure's sentence goes to {@code failed}.
     */
    public <T> void call(java.util.function.Function<Inventory, T> task, Consumer<T> then, Consumer<String> failed) {
        run(() -> {
            if (inventory == null) {
                post(() -> failed.accept(problem.get().isEmpty() ? "The inventory is not open." : problem.get()));
                return;
            }
            try {
                T result = task.apply(inventory);
                reload();
                post(() -> then.accept(result));
            } catch (InventoryException | org.openenpc.inventory.ImportFileException | IllegalArgumentException e) {
                post(() -> failed.accept(e.getMessage()));
            }
        });
    }

    /** True while the inventory is open (any thread). */
    public boolean isOpen() {
        return inventory != null;
    }

    /** The devices the inventory remembers, with fields typed in this session (FX thread). */
    public ReadOnlyObjectProperty<KnownDevices> devicesProperty() {
        return devices;
    }

    /** What changed from the previous complete scan to the latest one; null until a scan was recorded. */
    public ReadOnlyObjectProperty<InventoryDiff> changesProperty() {
        return changes;
    }

    /** Changes each time the devices were read back from the database (after a round, an import). */
    public javafx.beans.property.ReadOnlyLongProperty reloadsProperty() {
        return reloads;
    }

    /** Why history is off or failing, in one sentence; "" while it works. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    private void prune() {
        Instant now = clock.instant();
        if (inventory == null) {
            return;
        }
        if (prunedAt != null && Duration.between(prunedAt, now).compareTo(Duration.ofDays(1)) < 0) {
            return;
        }
        prunedAt = now;
        try {
            inventory.prune(now.minus(keep));
        } catch (InventoryException e) {
            problem(e.getMessage());
        }
    }

    /** On the io thread: reads every device and shows them, with fields typed since. */
    private void reload() {
        if (inventory == null) {
            return;
        }
        try {
            KnownDevices loaded = new KnownDevices(inventory.devices());
            post(() -> {
                devices.set(loaded.withUserFields(unsaved));
                reloads.set(reloads.get() + 1);
            });
        } catch (InventoryException e) {
            problem(e.getMessage());
        }
    }

    /** On the io thread: the diff from the complete scan before the latest scan of the whole scope. */
    private void diffLatestScans() {
        try {
            List<ScanInfo> scans = inventory.scans(200);
            Optional<ScanInfo> newer = scans.stream().filter(s -> "SCAN".equals(s.purpose())).findFirst();
            if (newer.isEmpty()) {
                return;
            }
            long older = scans.stream().filter(s -> "SCAN".equals(s.purpose()) && s.complete()
                    && s.id() < newer.get().id()).mapToLong(ScanInfo::id).findFirst().orElse(0);
            InventoryDiff diff = inventory.diff(older, newer.get().id());
            post(() -> changes.set(diff));
        } catch (InventoryException e) {
            problem(e.getMessage());
        }
    }

    private String location() {
        Inventory inv = inventory;
        return inv == null ? "" : inv.location();
    }

    private void problem(String sentence) {
        post(() -> problem.set(sentence));
    }

    private void run(Runnable task) {
        try {
            io.execute(task);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    private void post(Runnable task) {
        try {
            fx.execute(task);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    /**
     * Writes what is queued and closes the inventory, waiting up to five seconds (typed notes are not
     * lost when the window closes right after typing). Any thread but the io thread.
     */
    @Override
    public void close() {
        CountDownLatch closed = new CountDownLatch(1);
        run(() -> {
            try {
                recorder = null;
                if (inventory != null) {
                    inventory.close();
                    inventory = null;
                }
            } finally {
                closed.countDown();
            }
        });
        try {
            closed.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
