package org.openenpc.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.openenpc.export.TableFormatter;
import org.openenpc.inventory.DeviceHistory;
import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.InventoryException;
import org.openenpc.inventory.KnownDevice;
import org.openenpc.model.LevelPoint;
import org.openenpc.model.SafeText;
import org.openenpc.model.SupplyForecast;
import org.openenpc.model.SupplySeries;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code openenpc history MAC|IP}: what the inventory kept of one printer, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show one printer's recorded history: addresses, presence, status changes, supply levels, page counts.",
        footer = {"", "Examples:", "  openenpc history 00:26:ab:12:34:56", "  openenpc history 192.0.2.15 --since 7d"})
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InventoryOption db = new InventoryOption();

    @Parameters(index = "0", paramLabel = "MAC|IP", description = "The printer: its MAC or its current address.")
    String device;

    @Option(names = "--since", paramLabel = "DATE", description = "Only from DATE on: 2026-12-01, 2026-12-01T09:30, 7d, 12h.")
    String since;

    Clock clock = Clock.systemUTC();

    /** One line of the history. */
    private record Line(Instant at, String what) {
    }

    @Override
    public Integer call() {
        Instant from = since == null ? null : SinceDate.option(spec, since, clock);
        DeviceHistory h;
        try (Inventory inv = db.open()) {
            KnownDevice d = inv.find(device).orElseThrow(() -> new UserFacingException("The inventory has no printer "
                    + SafeText.escape(device) + " (openenpc inventory lists them)."));
            h = inv.history(d.id(), from);
        } catch (InventoryException e) {
            throw new UserFacingException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        KnownDevice d = h.device();
        out.println(SafeText.escape((d.macText().isEmpty() ? "(no MAC)" : d.macText()) + "  " + d.model()
                + (d.user().name().isEmpty() ? "" : "  \"" + d.user().name() + "\"") + "  at " + d.address()
                + (d.present() ? "" : ", not seen since " + SinceDate.show(d.lastSeen()))));
        List<Line> lines = new ArrayList<>();
        h.addresses().forEach(a -> lines.add(new Line(a.firstSeen(), "address " + a.address())));
        h.presence().forEach(p -> {
            lines.add(new Line(p.from(), "present"));
            if (p.goneAt() != null) {
                lines.add(new Line(p.goneAt(), "gone: a complete scan of its address did not hear it"));
            }
        });
        h.statuses().forEach(s -> lines.add(new Line(s.at(), "status " + s.level().toLowerCase() + ": " + s.text())));
        h.pages().forEach(p -> lines.add(new Line(p.at(), "pages " + p.pages())));
        for (SupplySeries s : h.supplies()) {
            String name = s.name().isEmpty() ? s.colour() : s.name();
            for (LevelPoint p : s.points()) {
                lines.add(new Line(p.at(), name + " " + (p.percent() == null ? "level not reported" : p.percent() + " %")));
            }
        }
        lines.sort(Comparator.comparing(Line::at));
        out.print(TableFormatter.format(List.of("WHEN", "WHAT"), lines.stream()
                .map(l -> List.of(SinceDate.show(l.at()), l.what())).toList()));
        for (SupplySeries s : h.supplies()) {
            out.println(SafeText.escape((s.name().isEmpty() ? s.colour() : s.name()) + ": "
                    + forecast(SupplyForecast.of(s.kind(), s.points(), clock.instant()))));
        }
        out.flush();
        return 0;
    }

    /** The forecast in words, as the detail pane says it. */
    static String forecast(SupplyForecast.Forecast f) {
        boolean waste;
        if (f instanceof SupplyForecast.RunsOut r) {
            waste = r.kind() == org.openenpc.model.Supply.Kind.WASTE;
            return r.moreThanAYear() ? (waste ? "full" : "runs out") + " in more than a year"
                    : (waste ? "full" : "runs out") + " in about " + r.days() + (r.days() == 1 ? " day" : " days")
                    + " (" + String.format(java.util.Locale.ROOT, "%.1f", r.ratePerDay()) + " points a day)";
        }
        if (f instanceof SupplyForecast.Empty e) {
            return e.kind() == org.openenpc.model.Supply.Kind.WASTE ? "full" : "empty";
        }
        if (f instanceof SupplyForecast.NotFalling) {
            return "not falling: no usage seen";
        }
        SupplyForecast.TooLittleData t = (SupplyForecast.TooLittleData) f;
        return "too little data to estimate yet (" + t.points() + (t.points() == 1 ? " reading" : " readings")
                + (t.sinceRefill() ? " since the refill" : "") + ")";
    }
}
