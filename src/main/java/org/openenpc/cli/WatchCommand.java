package org.openenpc.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.Scanner;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.monitor.MonitorEvent;
import org.openenpc.monitor.MonitorRound;
import org.openenpc.monitor.PrinterMonitor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code openenpc watch}: scans, then re-queries the printers found (ENPC status and SNMP) every interval
 * and prints one line per change: new printer, status or error change, supply level, offline since its
 * last reply, back online. Runs until Ctrl+C (exit 0) or {@code --count} refreshes.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Watch printers: scan, then refresh every --interval seconds and print one line per change",
            "(new printer, status, errors, supplies, offline since its last reply, back online).",
            "Runs until Ctrl+C (exit code 0) or --count refreshes."},
        footer = {"", "Examples:", "  openenpc watch --broadcast 127.255.255.255 --port 23289 --snmp-port 1161 --interval 5",
            "  openenpc watch --range 192.0.2.0/24 --format jsonl",
            "  openenpc watch --range 192.0.2.0/24 --interval 60 --metrics-listen"})
public final class WatchCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, jsonl }

    static final double MIN_INTERVAL = 0.1;

    @Spec
    CommandSpec spec;

    @Mixin
    ScopeOptions where = new ScopeOptions();

    @Mixin
    SnmpOptions snmp = new SnmpOptions();

    @Mixin
    IppOptions.Probing ipp = new IppOptions.Probing();

    @Option(names = {"-i", "--interval"}, paramLabel = "S", defaultValue = "30",
            description = "Seconds from the start of one refresh to the next (default: ${DEFAULT-VALUE}; at least 0.1).")
    double interval;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "0",
            description = "Stop after N refreshes (default: 0 = until Ctrl+C).")
    int count;

    @Option(names = "--rediscover-every", paramLabel = "N", defaultValue = "1",
            description = "Scan the whole scope again every N refreshes to find new printers; in between only the "
                    + "known printers are asked (default: ${DEFAULT-VALUE}; 0 = only the first).")
    int rediscoverEvery;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or jsonl (one JSON object per change, with a \"type\") (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    RecordOptions record = new RecordOptions();

    @Mixin
    MetricsOptions metrics = new MetricsOptions();

    /** Counted down to stop the loop (Ctrl+C, or a test). */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        if (!(interval >= MIN_INTERVAL) || interval > 86_400) {
            throw new ParameterException(spec.commandLine(), "Interval " + interval
                    + " s is out of range; use 0.1–86400 seconds.");
        }
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "Count " + count + " is out of range; use 0 (until Ctrl+C) or more.");
        }
        if (rediscoverEvery < 0) {
            throw new ParameterException(spec.commandLine(), "--rediscover-every " + rediscoverEvery
                    + " is out of range; use 0 or more.");
        }
        ScanScope scope = where.scope(spec, snmp.settings(spec), ipp.settings(spec));
        PrinterMonitor monitor = new PrinterMonitor(new Scanner(), new DeviceRegistry(), Clock.systemUTC(),
                PrinterMonitor.DEFAULT_LOW_SUPPLY_PERCENT);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        record.check();
        MetricsOptions.Endpoint endpoint = metrics.start(monitor, scope.snmp() != null, err);
        err.println("Watching " + scope.describe() + (scope.snmp() == null ? "" : " + SNMP port " + scope.snmp().port())
                + ", every " + interval + " s; Ctrl+C stops.");
        err.flush();
        if (endpoint != null) {
            err.println("Serving metrics on " + endpoint.url() + " (Prometheus text and OpenMetrics).");
            err.flush();
        }
        RecordOptions.Recording recording;
        try {
            recording = record.open(err);
        } catch (RuntimeException e) {
            if (endpoint != null) {
                endpoint.close();
            }
            throw e;
        }
        if (recording.recorder() != null) {
            monitor.onRound(recording.recorder());
        }
        if (endpoint != null) {
            endpoint.useInventory(recording.inventory());
        }
        Interrupts.Handle sigint = Interrupts.onInterrupt(() -> {
            stop.countDown();
            monitor.close();
        });
        try {
            long period = (long) (interval * 1e9);
            long next = System.nanoTime();
            boolean overrunTold = false;
            for (int i = 0; count == 0 || i < count; i++) {
                long began = System.nanoTime();
                MonitorRound round;
                try {
                    round = monitor.refresh(scope, rediscoverEvery);
                } catch (IllegalStateException closed) {
                    break; // Ctrl+C closed the monitor between two refreshes
                }
                for (MonitorEvent e : round.events()) {
                    for (String line : format == Format.jsonl ? EventLines.json(e) : EventLines.text(e)) {
                        out.println(line);
                    }
                }
                out.flush();
                if (stop.getCount() == 0 || (count != 0 && i + 1 >= count)) {
                    break;
                }
                next += period;
                long wait = next - System.nanoTime();
                if (wait < 0) {
                    next = System.nanoTime(); // a refresh took longer than the interval: start the next at once
                    if (!overrunTold) {
                        overrunTold = true; // once: every later refresh would say the same
                        err.println(overrun((next - began) / 1e9));
                        err.flush();
                    }
                } else if (stop.await(wait, TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
        } finally {
            sigint.restore();
            if (endpoint != null) {
                endpoint.close();
            }
            recording.close();
        }
        err.println("openenpc: watch stopped after " + monitor.rounds() + " refreshes; "
                + monitor.known().stream().filter(PrinterMonitor.Known::online).count() + " of " + monitor.known().size()
                + " printers online.");
        err.flush();
        return 0;
    }

    /** The one sentence for refreshes that outlast the interval (a scope that takes longer to sweep). */
    String overrun(double seconds) {
        return String.format(java.util.Locale.ROOT, "openenpc: a refresh took %.1f s, longer than the %s s interval, so "
                + "refreshes now run back to back. A longer --interval%s keeps to it.", seconds,
                new java.math.BigDecimal(Double.toString(interval)).stripTrailingZeros().toPlainString(),
                rediscoverEvery == 1 ? ", or --rediscover-every N (sweep the whole scope only every N refreshes),"
                        : "");
    }

    /** For tests: stop after the current refresh. */
    void requestStop() {
        stop.countDown();
    }


}
