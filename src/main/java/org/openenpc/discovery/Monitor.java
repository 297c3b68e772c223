package org.openenpc.discovery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;

/**
 * Watches a set of printers: each {@link #refresh()} runs one {@link Scanner} scan (ENPC status and, when
 * the scope has it, SNMP) and reports what changed since the previous one: new printers, status and
 * error changes, supply levels, printers that stopped answering ("offline since" their last reply) and
 * ones that came back. A printer that stops answering is kept and reported, never dropped.
 *
 * <p>The first refresh scans the discovery scope; later ones ask the known printers by unicast
 * ({@link #knownScope}), and every {@code rediscoverEvery}-th one (0 = never) the discovery scope as well,
 * to find new printers.
 *
 * <p>{@link #refresh()} blocks its caller (the CLI's main thread, a UI background task) for one scan;
 * {@link #cancel()} may be called from any thread (e.g. a signal handler) and ends the running refresh
 * without reporting anything offline.
 */
public final class Monitor {

    /** What the monitor knows of one printer. */
    public record Known(Printer printer, boolean online) {
    }

    private final Scanner scanner;
    private final ScanScope discovery;
    private final int rediscoverEvery;
    private final Clock clock;
    private final Map<String, Known> known = new LinkedHashMap<>();
    private final Set<org.openenpc.protocol.EnpcQuery> extraQueries;
    private volatile Scan current;
    private volatile boolean cancelled;
    private int refreshes;
    private ScanSummary lastSummary;

    public Monitor(Scanner scanner, ScanScope discovery, int rediscoverEvery, Clock clock) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.discovery = Objects.requireNonNull(discovery, "discovery");
        if (rediscoverEvery < 0) {
            throw new IllegalArgumentException("rediscoverEvery must be 0 (never) or more, not " + rediscoverEvery);
        }
        this.rediscoverEvery = rediscoverEvery;
        this.clock = clock;
        this.extraQueries = Set.of();
    }

    /**
     * A unicast scope of {@code ips} with {@code settings}' port, timing, rate and SNMP settings (its
     * targets are ignored): how the known printers are re-queried.
     */
    public static ScanScope knownScope(ScanScope settings, Collection<String> ips) {
        ScanScope.Builder b = ScanScope.builder().port(settings.port()).quietTimeout(settings.quietTimeout())
                .retries(settings.retries()).rate(settings.rate()).allowLarge(true)
                .includeInterfaceBroadcasts(false).snmp(settings.snmp()).maxTime(settings.maxTime());
        ips.forEach(b::addRange);
        return b.build();
    }

    /**
     * Runs one scan and returns the changes it found, in order (empty when cancelled: a cut-short scan
     * proves nothing about who is offline). Blocks until the scan ends.
     */
    public synchronized List<MonitorEvent> refresh() throws InterruptedException {
        if (cancelled) {
            return List.of();
        }
        ScanScope scope = scopeFor(refreshes);
        refreshes++;
        Scan scan = scanner.start(scope, new ScanListener() { }, new DeviceRegistry(), extraQueries);
        current = scan;
        if (cancelled) {
            scan.cancel();
        }
        ScanSummary summary = scan.await();
        current = null;
        lastSummary = summary;
        if (summary.cancelled() || summary.failed()) {
            return List.of();
        }
        return compare(summary.printers(), clock.instant());
    }

    /** Ends the running refresh (if any) and makes later ones return at once. Any thread. */
    public void cancel() {
        cancelled = true;
        Scan s = current;
        if (s != null) {
            s.cancel();
        }
    }

    /** Every printer seen so far, with whether it answered the latest refresh. */
    public synchronized List<Known> known() {
        return List.copyOf(known.values());
    }

    /** Refreshes run so far. */
    public synchronized int refreshes() {
        return refreshes;
    }

    /** How the latest refresh's scan ended, or null before the first. */
    public synchronized ScanSummary lastSummary() {
        return lastSummary;
    }

    private ScanScope scopeFor(int n) {
        List<String> ips = known.values().stream().map(k -> k.printer().ip()).distinct().toList();
        boolean rediscover = n == 0 || ips.isEmpty() || (rediscoverEvery > 0 && n % rediscoverEvery == 0);
        if (!rediscover) {
            return knownScope(discovery, ips);
        }
        if (ips.isEmpty()) {
            return discovery;
        }
        ScanScope.Builder b = discovery.toBuilder().allowLarge(true);
        ips.forEach(b::addRange);
        return b.build();
    }

    /** Diffs the printers that answered against what was known; updates the known set. */
    List<MonitorEvent> compare(List<Printer> answered, Instant now) {
        List<MonitorEvent> events = new ArrayList<>();
        Set<String> seenKeys = new java.util.HashSet<>();
        for (Printer p : answered) {
            String key = match(p);
            Known old = key == null ? null : known.remove(key);
            if (old == null) {
                events.add(new MonitorEvent(MonitorEvent.Type.NEW, now, p, "", "", describe(p)));
                known.put(p.key(), new Known(p, true));
                seenKeys.add(p.key());
                continue;
            }
            Printer merged = p;
            SnmpView had = old.printer().snmp();
            if (p.snmp() == null && had != null) {
                // Kept, but when SNMP was asked and did not answer, marked: its values are the last known.
                merged = p.withSnmp(discovery.snmp() != null ? had.silent(now) : had);
            }
            if (!old.online()) {
                events.add(new MonitorEvent(MonitorEvent.Type.ONLINE, now, merged, "",
                        old.printer().lastSeen().toString(), merged.lastSeen().toString()));
            }
            diff(old.printer(), merged, now, events);
            known.put(merged.key(), new Known(merged, true));
            seenKeys.add(merged.key());
        }
        for (Iterator<Map.Entry<String, Known>> it = known.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Known> e = it.next();
            if (!seenKeys.contains(e.getKey()) && e.getValue().online()) {
                Printer last = e.getValue().printer();
                events.add(new MonitorEvent(MonitorEvent.Type.OFFLINE, now, last, "", "", last.lastSeen().toString()));
                e.setValue(new Known(last, false));
            }
        }
        return events;
    }

    /**
     * The known entry this printer is: same key, or the entry at its IP when either has no MAC yet (MAC just
     * learnt) or either has a MAC conflict (an address that many MACs answer from is one device, issue 10:
     * without this every refresh of a flooded address reported a new printer and the old one offline).
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

    private static void diff(Printer before, Printer after, Instant now, List<MonitorEvent> out) {
        if (after.status().reported()) {
            change(MonitorEvent.Type.STATUS, "status", before.status().reported() ? before.status().summary() : "",
                    after.status().summary(), after, now, out);
        }
        SnmpView a = after.snmp();
        if (a == null) {
            return;
        }
        SnmpView b = before.snmp();
        if (b != null) {
            change(MonitorEvent.Type.STATUS, "SNMP", answering(b), answering(a), after, now, out);
        }
        change(MonitorEvent.Type.STATUS, "printer status", b == null ? "" : b.printerStatus(), a.printerStatus(),
                after, now, out);
        change(MonitorEvent.Type.STATUS, "errors", b == null ? "" : errors(b), errors(a), after, now, out);
        Map<String, String> was = b == null ? Map.of() : supplies(b);
        supplies(a).forEach((name, level) -> change(MonitorEvent.Type.SUPPLY, name, was.getOrDefault(name, ""), level,
                after, now, out));
    }

    private static void change(MonitorEvent.Type type, String what, String before, String after, Printer p,
                               Instant now, List<MonitorEvent> out) {
        if (!before.equals(after)) {
            out.add(new MonitorEvent(type, now, p, what, before, after));
        }
    }

    /** "answering", or "not answering since" the first unanswered read. */
    static String answering(SnmpView v) {
        return v.stale() ? "not answering since " + v.silentSince() : "answering";
    }

    /** "none" or the condition texts joined, errors first, e.g. "Paper jam; Ink low". */
    public static String errors(SnmpView v) {
        return v.conditions().isEmpty() ? "none"
                : v.conditions().stream().map(SnmpCondition::text).collect(Collectors.joining("; "));
    }

    /** Each supply's level as text by name (a name used twice gets its position appended). */
    static Map<String, String> supplies(SnmpView v) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Supply s : v.supplies()) {
            String name = s.name().isEmpty() ? s.colour() : s.name();
            m.put(m.containsKey(name) ? name + " #" + (m.size() + 1) : name, level(s));
        }
        return m;
    }

    /** "40%", "40% low", "empty", "level not reported". */
    public static String level(Supply s) {
        if (s.percent() == null) {
            return s.state();
        }
        return s.percent() + "%" + ("ok".equals(s.state()) || s.state().isEmpty() ? "" : " " + s.state());
    }

    private static String describe(Printer p) {
        List<String> parts = new ArrayList<>();
        if (p.status().reported()) {
            parts.add(p.status().summary());
        }
        if (p.snmp() != null) {
            parts.add(p.snmp().printerStatus().isEmpty() ? "SNMP" : p.snmp().printerStatus());
            if (!p.snmp().conditions().isEmpty()) {
                parts.add(errors(p.snmp()));
            }
        }
        return String.join(", ", parts);
    }
}
