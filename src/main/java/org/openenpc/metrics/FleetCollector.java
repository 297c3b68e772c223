package org.openenpc.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.openenpc.model.Printer;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.model.UserFields;
import org.openenpc.monitor.PrinterMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot;

/**
 * Every per-printer series of the metric contract ({@code notes/metrics-contract.md}), built at scrape time
 * from what the monitor knows ({@link PrinterMonitor#known()}), so the labels are always the current ones and
 * a printer that is forgotten leaves no series behind. Bounded: at most {@code maxPrinters} printers (the
 * first ones known; those over the cap are counted in {@code openenpc_printers_not_exported} and logged
 * once), and per printer the model's own bounds on supplies and conditions, each cut again here
 * ({@link #MAX_SUPPLIES}, {@link ConditionKeys#MAX_PER_PRINTER}). Scrape threads call {@link #collect}, any
 * number at once; it keeps no state between scrapes but the once-only log flag.
 */
public final class FleetCollector implements MultiCollector {

    /** The default cap on printers exported: the simulator's own ceiling is 19,000 on one machine. */
    public static final int DEFAULT_MAX_PRINTERS = 20_000;

    /** The most supplies one printer exports (the Printer-MIB walk keeps far fewer). */
    static final int MAX_SUPPLIES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(FleetCollector.class);

    private final Supplier<List<PrinterMonitor.Known>> fleet;
    private final boolean snmpAsked;
    private final UserFieldsSource users;
    private final int maxPrinters;
    private final AtomicBoolean overCapLogged = new AtomicBoolean();

    /**
     * @param fleet       the monitor's known printers ({@code monitor::known})
     * @param snmpAsked   true when the watch's rounds ask SNMP ({@code openenpc_printer_snmp_up} is absent otherwise)
     * @param users       the user's names and locations, {@link UserFieldsSource#NONE} without an inventory
     * @param maxPrinters the most printers exported
     */
    public FleetCollector(Supplier<List<PrinterMonitor.Known>> fleet, boolean snmpAsked, UserFieldsSource users,
                          int maxPrinters) {
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.snmpAsked = snmpAsked;
        this.users = Objects.requireNonNull(users, "users");
        if (maxPrinters < 1) {
            throw new IllegalArgumentException("maxPrinters must be 1 or more, not " + maxPrinters);
        }
        this.maxPrinters = maxPrinters;
    }

    @Override
    public MetricSnapshots collect() {
        List<PrinterMonitor.Known> known = fleet.get();
        Series s = new Series();
        Set<String> ids = new HashSet<>();
        int notExported = 0;
        for (PrinterMonitor.Known k : known) {
            String id = uniqueId(k.printer(), ids);
            if (id == null || ids.size() >= maxPrinters) {
                notExported++;
                continue;
            }
            ids.add(id);
            add(s, id, k);
        }
        if (notExported > 0 && ids.size() >= maxPrinters && overCapLogged.compareAndSet(false, true)) {
            LOG.warn("Metrics export the first {} printers only; {} more are known (openenpc_printers_not_exported).",
                    maxPrinters, notExported);
        }
        return MetricSnapshots.of(
                s.up.build(), s.info.build(), s.state.build(), s.condition.build(), s.snmpUp.build(),
                s.supply.build(), s.pages.build(), s.lastSeen.build(),
                gauge("openenpc_printers_known", "Printers the agent knows, online or not.", known.size()),
                gauge("openenpc_printers_not_exported", "Printers known but not exported: over the agent's cap of "
                        + maxPrinters + " printers, or a second device claiming an exported printer's id.", notExported));
    }

    /**
     * The contract's stable id: the MAC (lower-case colon form) when any protocol gave one, else
     * {@code uuid:<printer uuid>}, else the IPv4 address. When that id is already taken (two addresses
     * report one MAC, issue 10) the second device is exported by its address; null when even that is taken.
     */
    static String id(Printer p) {
        if (p.mac() != null) {
            return p.macText();
        }
        String uuid = p.uuid();
        return uuid.isEmpty() ? LabelText.of(p.ip()) : LabelText.of("uuid:" + uuid.toLowerCase(java.util.Locale.ROOT));
    }

    private static String uniqueId(Printer p, Set<String> taken) {
        String id = id(p);
        if (!taken.contains(id)) {
            return id;
        }
        String ip = LabelText.of(p.ip());
        return taken.contains(ip) ? null : ip;
    }

    private void add(Series s, String id, PrinterMonitor.Known k) {
        Printer p = k.printer();
        Labels printer = Labels.of("printer", id);
        s.up.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(printer).value(k.online() ? 1 : 0).build());
        s.info.dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder().labels(infoLabels(id, p)).build());
        List<ConditionKeys.Active> conditions = ConditionKeys.of(p);
        PrinterState now = PrinterState.of(k, conditions);
        StateSetSnapshot.StateSetDataPointSnapshot.Builder state =
                StateSetSnapshot.StateSetDataPointSnapshot.builder().labels(printer);
        for (PrinterState st : PrinterState.ALL) {
            state.state(st.label(), st == now);
        }
        s.state.dataPoint(state.build());
        for (ConditionKeys.Active c : conditions) {
            s.condition.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder()
                    .labels(Labels.of("printer", id, "condition", c.key(), "severity", c.severityLabel())).value(1).build());
        }
        SnmpView v = p.snmp();
        if (snmpAsked && v != null) {
            // Only for a printer that has answered SNMP: a receipt printer without an SNMP agent is not "SNMP down".
            boolean answered = k.online() && !v.stale();
            s.snmpUp.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(printer).value(answered ? 1 : 0).build());
        }
        addSupplies(s, id, p);
        Long pages = p.snmp() != null && p.snmp().pageCount() != null ? p.snmp().pageCount()
                : p.ipp() != null ? p.ipp().pageCount() : null;
        if (pages != null && pages >= 0) {
            s.pages.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().labels(printer).value(pages).build());
        }
        if (p.lastSeen() != null) {
            s.lastSeen.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(printer)
                    .value(p.lastSeen().toEpochMilli() / 1000.0).build());
        }
    }

    private static void addSupplies(Series s, String id, Printer p) {
        Set<Labels> seen = new HashSet<>();
        for (Supply sup : p.supplies()) {
            if (seen.size() >= MAX_SUPPLIES) {
                break;
            }
            Double ratio = SupplyLabels.ratio(sup);
            Labels l = Labels.of("printer", id, "supply", LabelText.of(sup.name()), "colour", LabelText.of(sup.colour()),
                    "kind", SupplyLabels.kind(sup));
            if (ratio != null && seen.add(l)) { // two supplies of one name: the first one (one series per label set)
                s.supply.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(l).value(ratio).build());
            }
        }
    }

    private Labels infoLabels(String id, Printer p) {
        UserFields u = users.of(p);
        SnmpView snmp = p.snmp();
        String model = first(p.model(), snmp == null ? "" : snmp.deviceDescr(), p.ipp() == null ? "" : p.ipp().makeAndModel());
        String serial = snmp == null ? "" : snmp.serial();
        String name = first(u.name(), snmp == null ? "" : snmp.sysName(), p.ipp() == null ? "" : p.ipp().name(), p.nicName());
        String location = first(u.location(), snmp == null ? "" : snmp.location(), p.ipp() == null ? "" : p.ipp().location());
        return Labels.of("printer", id, "model", LabelText.of(model), "serial", LabelText.of(serial),
                "name", LabelText.of(name), "location", LabelText.of(location), "mac", p.macText(),
                "address", LabelText.of(p.ip()), "protocols", String.join(",", p.protocols()));
    }

    private static String first(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return "";
    }

    private static GaugeSnapshot gauge(String name, String help, double value) {
        return GaugeSnapshot.builder().name(name).help(help)
                .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(value).build()).build();
    }

    /** One scrape's builders, one per metric family. */
    private static final class Series {
        final GaugeSnapshot.Builder up = GaugeSnapshot.builder().name("openenpc_printer_up")
                .help("1 when the printer answered the latest round that asked it (ENPC, SNMP or IPP), 0 when offline.");
        final InfoSnapshot.Builder info = InfoSnapshot.builder().name("openenpc_printer_info")
                .help("Descriptive labels of each printer (value 1): join on printer.");
        final StateSetSnapshot.Builder state = StateSetSnapshot.builder().name("openenpc_printer_state")
                .help("The printer's overall state: ok, warning, error, offline or unknown (1 for the current one).");
        final GaugeSnapshot.Builder condition = GaugeSnapshot.builder().name("openenpc_printer_condition")
                .help("1 for each active error or warning the printer reports; absent when not active.");
        final GaugeSnapshot.Builder snmpUp = GaugeSnapshot.builder().name("openenpc_printer_snmp_up")
                .help("1 when SNMP answered the latest round that asked it, 0 when it was asked and did not answer.");
        final GaugeSnapshot.Builder supply = GaugeSnapshot.builder().name("openenpc_supply_level_ratio")
                .help("What is left of a supply, 0-1 (of a waste receptacle: the space left); absent when unknown.");
        final CounterSnapshot.Builder pages = CounterSnapshot.builder().name("openenpc_page_count")
                .help("Pages the printer has printed in its life (Printer-MIB prtMarkerLifeCount or IPP), where known.");
        final GaugeSnapshot.Builder lastSeen = GaugeSnapshot.builder().name("openenpc_printer_last_seen_timestamp_seconds")
                .help("Unix time of the printer's latest answer.");
    }
}
