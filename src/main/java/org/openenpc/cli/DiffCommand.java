package org.openenpc.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.openenpc.export.TableFormatter;
import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.InventoryDiff;
import org.openenpc.inventory.InventoryException;
import org.openenpc.inventory.KnownDevice;
import org.openenpc.inventory.ScanInfo;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code openenpc diff}: what changed between two recorded scans. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show what changed between recorded scans: new, gone, moved (another address) and changed printers.",
            "With no arguments: the latest scan against the complete scan before it."},
        footer = {"", "Examples:", "  openenpc diff", "  openenpc diff --since 2026-12-01", "  openenpc diff 12 15",
            "  openenpc diff --list"})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InventoryOption db = new InventoryOption();

    @Option(names = "--since", paramLabel = "DATE",
            description = "From the last complete scan before DATE (2026-12-01, 2026-12-01T09:30, 7d, 12h) to the latest.")
    String since;

    @Option(names = "--list", description = "List the recorded scans (their numbers) instead.")
    boolean list;

    @Parameters(arity = "0..2", paramLabel = "SCAN", description = "Two scan numbers (see --list): older, then newer.")
    List<Long> scans = new ArrayList<>();

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        if (!scans.isEmpty() && (scans.size() != 2 || since != null)) {
            throw new UserFacingException("Give two scan numbers (older, newer), or --since DATE, or nothing.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Inventory inv = db.open()) {
            if (list) {
                List<ScanInfo> all = inv.scans(Integer.MAX_VALUE);
                out.print(TableFormatter.format(List.of("SCAN", "STARTED", "SECONDS", "ANSWERED", "NEW", "GONE", "MOVED",
                        "SCOPE"), all.stream().map(s -> List.of(String.valueOf(s.id()), SinceDate.show(s.startedAt()),
                        String.format(java.util.Locale.ROOT, "%.1f", s.duration().toMillis() / 1000.0),
                        String.valueOf(s.answered()), String.valueOf(s.added()), String.valueOf(s.gone()),
                        String.valueOf(s.moved()), (s.complete() ? "" : "(cut short) ") + s.scope())).toList()));
                out.println(all.size() + (all.size() == 1 ? " scan" : " scans"));
                out.flush();
                return 0;
            }
            InventoryDiff d;
            if (scans.size() == 2) {
                d = inv.diff(scans.get(0), scans.get(1));
            } else {
                Instant from = since == null ? null : SinceDate.option(spec, since, clock);
                d = inv.diffSince(from);
            }
            print(out, d);
        } catch (InventoryException e) {
            throw new UserFacingException(e.getMessage());
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, InventoryDiff d) {
        if (d.newer() == null) {
            out.println("The inventory has no scans yet: run openenpc scan first.");
            return;
        }
        out.println("From " + (d.older() == null ? "an empty inventory" : describe(d.older())) + " to "
                + describe(d.newer()) + ":");
        List<List<String>> rows = new ArrayList<>();
        d.added().forEach(k -> rows.add(row("new", k, "")));
        d.gone().forEach(k -> rows.add(row("gone", k, "last seen " + SinceDate.show(k.lastSeen()))));
        d.moved().forEach(m -> rows.add(row("moved", m.device(), m.from() + " -> " + m.to())));
        d.changed().forEach(c -> rows.add(row(c.what() == InventoryDiff.What.STATUS ? "changed" : "supply", c.device(),
                c.text())));
        if (!rows.isEmpty()) {
            out.print(TableFormatter.format(List.of("CHANGE", "MAC", "IP", "MODEL", "NAME", "WHAT"), rows));
        }
        out.println(d.added().size() + " new, " + d.gone().size() + " gone, " + d.moved().size() + " moved, "
                + d.changed().size() + " changed");
    }

    private static List<String> row(String change, KnownDevice k, String what) {
        return List.of(change, k.macText(), k.address(), k.model(), k.user().name(), what);
    }

    private static String describe(ScanInfo s) {
        return "scan " + s.id() + " (" + SinceDate.show(s.startedAt()) + ", " + s.answered() + " answered)";
    }

}
