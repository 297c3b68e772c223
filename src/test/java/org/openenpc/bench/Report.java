package org.openenpc.bench;

import static org.openenpc.bench.BenchStats.f;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** {@link AgentBench}'s results as a Markdown table: every run, then the medians and the ratios with/without. */
final class Report {
    private Report() {
    }

    static String table(AgentBench.Options o, List<AgentRun.Result> with, List<AgentRun.Result> without) {
        StringBuilder b = new StringBuilder();
        b.append(f("(l) %d printers, --interval %.0f, --rediscover-every %d, window %.0f s: medians of %d runs each%n%n",
                o.printers(), o.interval(), o.rediscoverEvery(), o.window(), with.size()));
        b.append("| | first round s | CPU % of one core | VmRSS MB | VmHWM MB | simulator CPU % | others' CPU % "
                + "| load start → end | text scrape ms (median / max) | OpenMetrics ms (median / max) | bytes text / OM / gzip "
                + "| series | up |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (AgentRun.Result r : interleave(with, without)) {
            b.append(row(r)).append('\n');
        }
        b.append(f("| **median, metrics** | %.1f | **%.2f** | **%.0f** | %.0f | %.2f | %.2f | | **%.1f** / %.1f | **%.1f** / %.1f "
                        + "| | | |%n", med(with, AgentRun.Result::firstRoundS), med(with, AgentRun.Result::cpuPct),
                med(with, AgentRun.Result::rssMb), med(with, AgentRun.Result::hwmMb), med(with, AgentRun.Result::simCpuPct),
                med(with, AgentRun.Result::othersCpuPct), medScrape(with, AgentRun.Result::text),
                maxScrape(with, AgentRun.Result::text), medScrape(with, AgentRun.Result::openMetrics),
                maxScrape(with, AgentRun.Result::openMetrics)));
        b.append(f("| **median, no metrics** | %.1f | **%.2f** | **%.0f** | %.0f | %.2f | %.2f | | | | | | |%n",
                med(without, AgentRun.Result::firstRoundS), med(without, AgentRun.Result::cpuPct),
                med(without, AgentRun.Result::rssMb), med(without, AgentRun.Result::hwmMb),
                med(without, AgentRun.Result::simCpuPct), med(without, AgentRun.Result::othersCpuPct)));
        b.append(f("%nratio with/without (medians): CPU %.2f×, VmRSS %.2f×, VmHWM %.2f×; invalid runs: %d%n",
                med(with, AgentRun.Result::cpuPct) / med(without, AgentRun.Result::cpuPct),
                med(with, AgentRun.Result::rssMb) / med(without, AgentRun.Result::rssMb),
                med(with, AgentRun.Result::hwmMb) / med(without, AgentRun.Result::hwmMb),
                with.stream().filter(r -> r.invalid() != null).count()
                        + without.stream().filter(r -> r.invalid() != null).count()));
        b.append(f("CPU per text scrape (10 back-to-back after each window, less the window's rate): median %.0f ms%n",
                med(with, AgentRun.Result::cpuPerScrapeMs)));
        double extra = (med(with, AgentRun.Result::cpuPct) - med(without, AgentRun.Result::cpuPct)) / 100 * o.window();
        b.append(f("CPU of the metrics runs above the baseline: %.1f s per %.0f s window, %.0f ms per scrape if all of it is "
                + "the %d scrapes'%n", extra, o.window(), 1000 * extra / Math.max(1, o.scrapes()), o.scrapes()));
        return b.toString();
    }

    private static String row(AgentRun.Result r) {
        String scrapes = "| | | | | |";
        if (r.metrics()) {
            scrapes = f("| %s | %s | %s | %s | %d%s |", medMax(r.text()), medMax(r.openMetrics()), bytes(r),
                    r.text().isEmpty() ? "?" : f("%,d", r.text().get(0).series()), r.minUp(),
                    r.invalid() == null ? "" : " INVALID");
        }
        return f("| %s | %.1f | %.2f | %.0f | %.0f | %.2f | %.2f | %s → %s %s", r.metrics() ? "metrics" : "no metrics",
                r.firstRoundS(), r.cpuPct(), r.rssMb(), r.hwmMb(), r.simCpuPct(), r.othersCpuPct(),
                r.loadStart().split(" ")[0], r.loadEnd().split(" ")[0], scrapes);
    }

    private static String bytes(AgentRun.Result r) {
        Function<List<Scraper.Scrape>, String> last = s -> s.isEmpty() ? "?" : f("%,d", s.get(s.size() - 1).bytes());
        return last.apply(r.text()) + " / " + last.apply(r.openMetrics()) + " / " + last.apply(r.gzip());
    }

    private static String medMax(List<Scraper.Scrape> s) {
        if (s.isEmpty()) {
            return "–";
        }
        List<Double> ms = s.stream().map(Scraper.Scrape::ms).toList();
        return f("%.1f / %.1f", BenchStats.median(ms), ms.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    private static double med(List<AgentRun.Result> runs, ToDoubleFunction<AgentRun.Result> v) {
        return runs.isEmpty() ? Double.NaN : BenchStats.median(runs.stream().map(v::applyAsDouble).toList());
    }

    /** The median of every run's median scrape time. */
    private static double medScrape(List<AgentRun.Result> runs, Function<AgentRun.Result, List<Scraper.Scrape>> s) {
        return med(runs, r -> s.apply(r).isEmpty() ? Double.NaN
                : BenchStats.median(s.apply(r).stream().map(Scraper.Scrape::ms).toList()));
    }

    /** The longest scrape of all runs. */
    private static double maxScrape(List<AgentRun.Result> runs, Function<AgentRun.Result, List<Scraper.Scrape>> s) {
        return runs.stream().flatMap(r -> s.apply(r).stream()).mapToDouble(Scraper.Scrape::ms).max().orElse(Double.NaN);
    }

    private static List<AgentRun.Result> interleave(List<AgentRun.Result> a, List<AgentRun.Result> b) {
        List<AgentRun.Result> out = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i < a.size()) {
                out.add(a.get(i));
            }
            if (i < b.size()) {
                out.add(b.get(i));
            }
        }
        return out;
    }
}
