package org.openenpc.cli;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.export.AtomicFileWriter;
import org.openenpc.export.ExportFormat;
import org.openenpc.export.Exporter;
import org.openenpc.export.TableFormatter;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.inventory.InventoryException;
import org.openenpc.inventory.KnownDevices;
import org.openenpc.monitor.MonitorRound;
import org.openenpc.monitor.PrinterMonitor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code openenpc scan}: discovers printers headless and prints them as a table, CSV or JSON. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find printers with ENPC broadcasts and/or unicast sweeps, and read each over SNMP (--no-snmp: ENPC only)"
                + " and IPP (--ipp-probe asks every --range address; --no-ipp: none).",
            "With no --broadcast or --range it broadcasts on every up, non-loopback IPv4 interface."},
        footer = {"", "Examples:", "  openenpc scan --broadcast 127.255.255.255 --port 23289",
            "  openenpc scan --range 192.0.2.0/24 --format csv --output printers.csv"})
public final class ScanCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ScopeOptions where = new ScopeOptions();

    @Mixin
    SnmpOptions snmp = new SnmpOptions();

    @Mixin
    IppOptions.Probing ipp = new IppOptions.Probing();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (complete or untouched, never half-written) instead of stdout.")
    Path output;

    @Option(names = "--bom", description = "Start CSV output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Mixin
    RecordOptions record = new RecordOptions();

    @Option(names = "--progress", negatable = true,
            description = "Show progress on stderr (default: when attached to a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        record.check();
        ScanScope scope = scope();
        OutputFileCheck.beforeScan(output);
        PrintWriter err = spec.commandLine().getErr();
        boolean showProgress = progress != null ? progress : System.console() != null;
        if (showProgress) {
            err.println("Scanning " + scope.describe() + " …");
        }
        RecordingOpener opener = new RecordingOpener(record); // opens the inventory while the scan runs
        // One round of the monitoring engine, so that the scan is recorded like any other round.
        PrinterMonitor monitor = new PrinterMonitor(new Scanner(), new DeviceRegistry(), Clock.systemUTC(),
                PrinterMonitor.DEFAULT_LOW_SUPPLY_PERCENT);
        PrinterMonitor.Round round = monitor.start(scope, MonitorRound.Purpose.SCAN,
                showProgress ? new ProgressPrinter(err) : new ScanListener() { }, Set.of());
        Thread cancel = new Thread(monitor::close, "enpc-scan-cancel");
        Runtime.getRuntime().addShutdownHook(cancel);
        MonitorRound done = await(round);
        ScanSummary summary = done.summary();
        KnownDevices known = KnownDevices.EMPTY; // the user's fields, for CSV and JSON output
        if (!summary.failed()) {
            try (RecordOptions.Recording rec = opener.await()) {
                opener.release(err);
                if (rec.recorder() != null) {
                    rec.recorder().accept(done); // one transaction: all of this scan or none of it
                    opener.release(err);
                    known = userFields(rec, err);
                }
            } finally {
                opener.release(err);
            }
        } else {
            opener.discard();
        }
        if (summary.failed()) {
            throw new UserFacingException("The scan could not run: " + summary.error());
        }
        summary.warnings().forEach(w -> err.println("openenpc: warning: " + w));
        try {
            write(summary.printers(), known);
        } catch (IOException e) {
            throw OutputFileCheck.failed(output, e);
        }
        if (showProgress) {
            err.printf("%d printers, %d replies, %d malformed, %d out of scope, %.1f s%n", summary.printers().size(),
                    summary.progress().replies(), summary.progress().malformed(),
                    summary.progress().outOfScope() + summary.progress().overCap(),
                    summary.elapsed().toMillis() / 1000.0);
            if (scope.snmp() != null) {
                err.printf("SNMP: %d answered, %d did not%n", summary.progress().snmpAnswered(),
                        summary.progress().snmpNoAnswer());
            }
            long ippDevices = summary.printers().stream().filter(p -> p.ipp() != null).count();
            if (scope.ipp() != null && ippDevices > 0) {
                err.printf("IPP: %d answered%n", ippDevices);
            }
        }
        return 0;
    }

    private static MonitorRound await(PrinterMonitor.Round round) throws InterruptedException {
        try {
            return round.completion().get();
        } catch (InterruptedException e) {
            round.cancel();
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    ScanScope scope() {
        return where.scope(spec, snmp.settings(spec), ipp.settings(spec));
    }

    /** The kept devices with their user fields, or none (and one warning) when they cannot be read. */
    private static KnownDevices userFields(RecordOptions.Recording rec, PrintWriter err) {
        if (rec.recorder().stopped()) {
            return KnownDevices.EMPTY; // already said why
        }
        try {
            return new KnownDevices(rec.inventory().devices());
        } catch (InventoryException e) {
            err.println("openenpc: warning: " + e.getMessage() + " The output has no names or notes.");
            return KnownDevices.EMPTY;
        }
    }

    private void write(List<Printer> printers, KnownDevices known) throws IOException {
        if (format == Format.table) {
            String text = TableFormatter.format(printers);
            if (output == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                AtomicFileWriter.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            }
            return;
        }
        Exporter exporter = (format == Format.csv ? ExportFormat.CSV : ExportFormat.JSON).create(bom);
        if (output != null) {
            AtomicFileWriter.write(output, exporter, printers, known::userFields);
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            exporter.write(printers, known::userFields, buffer);
            PrintWriter out = spec.commandLine().getOut();
            out.print(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
