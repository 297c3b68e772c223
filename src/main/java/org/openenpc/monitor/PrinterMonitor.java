package org.openenpc.monitor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.openenpc.discovery.Scan;
import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.protocol.EnpcQuery;

/**
 * The one monitoring engine, driven by {@code watch} and by the desktop app alike: each round runs one
 * {@link Scanner} scan into the monitor's own {@link DeviceRegistry} (kept across rounds, so a device
 * keeps its merged history and its last SNMP view) and reports what changed since the previous round
 * as typed {@link MonitorEvent}s: found, changed (with the registry's changed-field set), moved,
 * offline since its last reply, back online. A device that stops answering is kept, never dropped.
 *
 * <p>Threads: the monitor owns none. {@link #start} returns at once; the scan runs on the engine's
 * thread, which computes the round's events when the scan ends, then tells the front's listener that
 * the scan finished, then the round observers ({@link #onRound}, e.g. the history recorder), then
 * completes the round's future. One round at a time. Any thread may call any method.
 */
public final class PrinterMonitor {

    /** What the monitor knows of one device. */
    public record Known(Printer printer, boolean online) {
    }

    /** A running round: cancel it, or wait for it. */
    public static final class Round {
        private final ScanScope scope;
        private final MonitorRound.Purpose purpose;
        private final CompletableFuture<MonitorRound> done = new CompletableFuture<>();
        private volatile Scan scan;
        private volatile boolean cancelled;

        Round(ScanScope scope, MonitorRound.Purpose purpose) {
            this.scope = scope;
            this.purpose = purpose;
        }

        public ScanScope scope() {
            return scope;
        }

        /** Ends the round's scan early; the round then reports what it heard, and nobody offline. */
        public void cancel() {
            cancelled = true;
            Scan s = scan;
            if (s != null) {
                s.cancel();
            }
        }

        /** Completes (on the engine's thread) once the round's events are known. Never completes exceptionally. */
        public CompletableFuture<MonitorRound> completion() {
            return done;
        }
    }

    /** The low-supply threshold of fronts that have no setting for it (the GUI's default too). */
    public static final int DEFAULT_LOW_SUPPLY_PERCENT = 15;

    private final Scanner scanner;
    private final DeviceRegistry registry;
    private final Clock clock;
    private final Map<String, Known> known = new LinkedHashMap<>();
    private final List<Consumer<MonitorRound>> observers = new CopyOnWriteArrayList<>();
    private volatile int lowSupplyPercent;
    private Round current;
    private boolean closed;
    private int rounds;
    private MonitorRound last;

    /**
     * @param lowSupplyPercent a consumable at or below this is a {@link Problem} when it gets there
     */
    public PrinterMonitor(Scanner scanner, DeviceRegistry registry, Clock clock, int lowSupplyPercent) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lowSupplyPercent = lowSupplyPercent;
    }

    /** The registry rounds merge into (the GUI's table and single-printer refreshes share it). */
    public DeviceRegistry registry() {
        return registry;
    }

    public void setLowSupplyPercent(int percent) {
        this.lowSupplyPercent = percent;
    }

    /** Calls {@code observer} with every finished round, on the engine's thread; it must return quickly. */
    public void onRound(Consumer<MonitorRound> observer) {
        observers.add(observer);
    }

    /**
     * Starts a round of {@code scope}; scan events go to {@code live} as they happen.
     *
     * @throws IllegalStateException when a round is running or the monitor is closed
     */
    public synchronized Round start(ScanScope scope, MonitorRound.Purpose purpose, ScanListener live,
                                    Set<EnpcQuery> extraQueries) {
        if (closed) {
            throw new IllegalStateException("the monitor is closed");
        }
        if (current != null) {
            throw new IllegalStateException("a monitoring round is running");
        }
        Round round = new Round(scope, purpose);
        int number = ++rounds;
        Instant started = clock.instant();
        current = round;
        RoundListener listener = new RoundListener(live, (l, summary) -> end(round, number, started, l, summary),
                r -> publish(round, r));
        try {
            round.scan = scanner.start(scope, listener, registry, extraQueries);
        } catch (RuntimeException e) {
            current = null;
            throw e;
        }
        if (round.cancelled) {
            round.scan.cancel();
        }
        return round;
    }

    /**
     * Runs one round and waits for it: the discovery scope on the first round and every
     * {@code rediscoverEvery}-th one (0 = only the first), else the known devices by unicast.
     */
    public MonitorRound refresh(ScanScope discovery, int rediscoverEvery) throws InterruptedException {
        Round round;
        synchronized (this) {
            MonitorRound.Purpose purpose = rediscovers(rediscoverEvery) ? MonitorRound.Purpose.SCAN
                    : MonitorRound.Purpose.REFRESH;
            round = start(scopeFor(discovery, rediscoverEvery), purpose, new ScanListener() { }, Set.of());
        }
        try {
            return round.completion().get();
        } catch (InterruptedException e) {
            round.cancel();
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Ends the running round, if any, and refuses later ones. Any thread (a signal handler). */
    public void close() {
        Round r;
        synchronized (this) {
            closed = true;
            r = current;
        }
        if (r != null) {
            r.cancel();
        }
    }

    /** The running round, or null. */
    public synchronized Round current() {
        return current;
    }

    /** Every device seen so far, with whether it answered the latest round that asked it. */
    public synchronized List<Known> known() {
        return List.copyOf(known.values());
    }

    /** Rounds started so far. */
    public synchronized int rounds() {
        return rounds;
    }

    /** The latest finished round, or null. */
    public synchronized MonitorRound last() {
        return last;
    }

    /**
     * The scope of the next round: discovery (plus every known address, so none is missed) when no
     * device is known yet, on the first round and every {@code rediscoverEvery}-th; else the known
     * addresses only, by unicast, with {@code discovery}'s port, timing, rate and SNMP settings.
     */
    public synchronized ScanScope scopeFor(ScanScope discovery, int rediscoverEvery) {
        if (rediscoverEvery < 0) {
            throw new IllegalArgumentException("rediscoverEvery must be 0 (never) or more, not " + rediscoverEvery);
        }
        List<String> ips = known.values().stream().map(k -> k.printer().ip()).distinct().toList();
        if (!rediscovers(rediscoverEvery)) {
            return knownScope(discovery, ips);
        }
        if (ips.isEmpty()) {
            return discovery;
        }
        ScanScope.Builder b = discovery.toBuilder().allowLarge(true);
        ips.forEach(b::addRange);
        return b.build();
    }

    private boolean rediscovers(int rediscoverEvery) {
        return rounds == 0 || known.isEmpty() || (rediscoverEvery > 0 && rounds % rediscoverEvery == 0);
    }

    /** A unicast scope of {@code ips} with {@code settings}' port, timing, rate, SNMP and IPP (its targets are ignored). */
    public static ScanScope knownScope(ScanScope settings, Collection<String> ips) {
        ScanScope.Builder b = ScanScope.builder().port(settings.port()).quietTimeout(settings.quietTimeout())
                .retries(settings.retries()).rate(settings.rate()).allowLarge(true)
                .includeInterfaceBroadcasts(false).snmp(settings.snmp()).maxTime(settings.maxTime()).ipp(settings.ipp());
        ips.forEach(b::addRange);
        return b.build();
    }

    /** The engine's thread, once per round, before the front hears the scan ended. */
    private MonitorRound end(Round round, int number, Instant started, RoundListener heard, ScanSummary summary) {
        synchronized (this) {
            Instant now = clock.instant();
            List<Printer> answered = new ArrayList<>();
            List<MonitorEvent> events = new ArrayList<>();
            MonitorRound result = new MonitorRound(number, round.purpose, round.scope, started, now, summary, answered, events);
            try {
                if (!summary.failed()) {
                    compare(heard, now, answered, events);
                    if (result.complete()) {
                        markOffline(round.scope, answered, now, events);
                    }
                }
                result = new MonitorRound(number, round.purpose, round.scope, started, now, summary, answered, events);
            } finally {
                last = result;
                current = null;
            }
            return result;
        }
    }

    /** The engine's thread, after the front heard the end: observers, then the future. */
    private void publish(Round round, MonitorRound result) {
        for (Consumer<MonitorRound> o : observers) {
            try {
                o.accept(result);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(PrinterMonitor.class).warn("A round observer failed", e);
            }
        }
        round.done.complete(result);
    }

    /** Merges what the round heard into the known devices. */
    private void compare(RoundListener heard, Instant now, List<Printer> answered, List<MonitorEvent> events) {
        // A MAC-less entry that turned out to be another device goes; one with a printer UUID may have moved (the
        // registry merged it into the device at its new address): kept until that device is matched below.
        Map<String, Printer> movedByUuid = new HashMap<>();
        for (Printer gone : heard.removed()) {
            Known k = known.get(gone.key());
            if (gone.mac() == null && k != null && k.printer().ip().equals(gone.ip())) {
                if (gone.uuid().isEmpty()) {
                    known.remove(gone.key());
                } else {
                    movedByUuid.put(gone.uuid(), k.printer());
                }
            }
        }
        int threshold = lowSupplyPercent;
        for (RoundListener.Seen s : heard.seen()) {
            Printer p = s.printer;
            String key = match(p);
            if (key == null && p.mac() == null && !p.uuid().isEmpty() && movedByUuid.containsKey(p.uuid())) {
                key = movedByUuid.remove(p.uuid()).key();
            }
            Known old = key == null ? null : known.remove(key);
            if (s.answered) {
                answered.add(p);
            }
            if (old == null) {
                if (s.answered) {
                    events.add(new MonitorEvent.Found(now, p));
                }
                known.put(p.key(), new Known(p, s.answered));
                continue;
            }
            Printer was = old.printer();
            if (s.answered && !old.online()) {
                events.add(new MonitorEvent.Online(now, p, was.lastSeen()));
            }
            if (!was.ip().equals(p.ip()) && (p.mac() != null ? p.mac().equals(was.mac())
                    : was.mac() == null && !p.uuid().isEmpty() && p.uuid().equals(was.uuid()))) {
                events.add(new MonitorEvent.Moved(now, p, was.ip()));
            }
            List<ItemChange> items = PrinterDiff.items(was, p, s.fields);
            List<Problem> problems = PrinterDiff.problems(was, p, threshold);
            if (!items.isEmpty() || !problems.isEmpty() || notable(s.fields)) {
                events.add(new MonitorEvent.Changed(now, was, p, s.fields, items, problems));
            }
            known.put(p.key(), new Known(p, s.answered || old.online()));
        }
        for (Printer gone : movedByUuid.values()) {
            // Merged into a device matched otherwise (or not heard): not a printer of its own any more.
            Known k = known.get(gone.key());
            if (k != null && k.printer() == gone) {
                known.remove(gone.key());
            }
        }
    }

    /** Known devices the round asked that did not answer: offline since their last reply. */
    private void markOffline(ScanScope scope, List<Printer> answered, Instant now, List<MonitorEvent> events) {
        Set<String> answeredKeys = new HashSet<>();
        answered.forEach(p -> answeredKeys.add(p.key()));
        for (Iterator<Map.Entry<String, Known>> it = known.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Known> e = it.next();
            Printer p = e.getValue().printer();
            if (!e.getValue().online() || answeredKeys.contains(e.getKey()) || !MonitorRound.covers(scope, p.ip())) {
                continue;
            }
            events.add(new MonitorEvent.Offline(now, p));
            e.setValue(new Known(p, false));
        }
    }

    /**
     * True when the registry changed something a user sees beyond what {@link PrinterDiff#items} compares:
     * the model, names, IP settings, MAC, the TCP holder, a MAC conflict (not the last-seen time, the raw
     * replies or the sources, which move with every answer).
     */
    private static boolean notable(Set<PrinterField> fields) {
        for (PrinterField f : fields) {
            switch (f) {
                case IP, MAC, MODEL, CARD_NAME, NIC_NAME, IP_SETTINGS, HOLDER, MAC_CONFLICT -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * The known entry this device is: same key, or the entry at its address when either has no MAC yet
     * (the MAC just learnt) or either has a MAC conflict (an address that many MACs answer from is one
     * device, issue 10: else every round of a flooded address reported a new printer and the old one offline).
     */
    private String match(Printer p) {
        if (known.containsKey(p.key())) {
            return p.key();
        }
        for (Map.Entry<String, Known> e : known.entrySet()) {
            Printer k = e.getValue().printer();
            if (k.ip().equals(p.ip()) && (k.mac() == null || p.mac() == null || k.hasMacConflict()
                    || p.hasMacConflict())) {
                return e.getKey();
            }
        }
        return null;
    }
}
