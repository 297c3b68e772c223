package org.openenpc.cli;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.openenpc.discovery.Scan;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.discovery.ScopeException;
import org.openenpc.export.AtomicFileWriter;
import org.openenpc.export.ExportFormat;
import org.openenpc.export.Exporter;
import org.openenpc.export.TableFormatter;
import org.openenpc.model.Printer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code openenpc scan}: discovers printers headless and prints them as a table, CSV or JSON. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find printers with ENPC broadcasts and/or unicast sweeps.",
            "With no --broadcast or --range it broadcasts on every up, non-loopback IPv4 interface."},
        footer = {"", "Examples:", "  openenpc scan --broadcast 127.255.255.255 --port 23289",
            "  openenpc scan --range 192.0.2.0/24 --format csv --output printers.csv"})
public final class ScanCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = {"-b", "--broadcast"}, paramLabel = "ADDR",
            description = "Broadcast address to probe (repeatable, or comma-separated).")
    List<String> broadcasts = new ArrayList<>();

    @Option(names = {"-r", "--range"}, paramLabel = "SPEC",
            description = "Unicast targets: CIDR (10.0.0.0/24), range (10.0.0.1-10.0.0.50 or 10.0.0.1-50) "
                    + "or single address; repeatable, or comma-separated.")
    List<String> ranges = new ArrayList<>();

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "3289", description = "ENPC port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = {"-t", "--timeout"}, paramLabel = "MS", defaultValue = "1500",
            description = "Quiet time that ends the scan once nothing new arrives (default: ${DEFAULT-VALUE} ms).")
    long timeoutMs;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Broadcasts: rounds without a new printer before stopping. Unicast: at most this many "
                    + "re-probes of silent targets, fewer when no loss is measured (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--rate", paramLabel = "PPS", defaultValue = "2000",
            description = "Packets per second at most (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--allow-large", description = "Allow scopes of more than 65,536 unicast addresses.")
    boolean allowLarge;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (complete or untouched, never half-written) instead of stdout.")
    Path output;

    @Option(names = "--bom", description = "Start CSV output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on stderr (default: when attached to a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        ScanScope scope = scope();
        PrintWriter err = spec.commandLine().getErr();
        boolean showProgress = progress != null ? progress : System.console() != null;
        if (showProgress) {
            err.println("Scanning " + scope.describe() + " …");
        }
        Scan scan = new Scanner().start(scope, showProgress ? new ProgressPrinter(err) : new org.openenpc.discovery.ScanListener() { });
        Runtime.getRuntime().addShutdownHook(new Thread(scan::cancel, "enpc-scan-cancel"));
        ScanSummary summary = scan.await();
        if (summary.failed()) {
            throw new UserFacingException("The scan could not run: " + summary.error());
        }
        summary.warnings().forEach(w -> err.println("openenpc: warning: " + w));
        write(summary.printers());
        if (showProgress) {
            err.printf("%d printers, %d replies, %d malformed, %.1f s%n", summary.printers().size(),
                    summary.progress().replies(), summary.progress().malformed(),
                    summary.elapsed().toMillis() / 1000.0);
        }
        return 0;
    }

    ScanScope scope() {
        try {
            ScanScope.Builder b = ScanScope.builder().port(port).quietTimeout(Duration.ofMillis(timeoutMs))
                    .retries(retries).rate(rate).allowLarge(allowLarge);
            broadcasts.forEach(b::addBroadcast);
            ranges.forEach(b::addRange);
            if (broadcasts.isEmpty() && ranges.isEmpty()) {
                b.includeInterfaceBroadcasts(true);
            }
            return b.build();
        } catch (ScopeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private void write(List<Printer> printers) throws IOException {
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
            AtomicFileWriter.write(output, exporter, printers);
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            exporter.write(printers, buffer);
            PrintWriter out = spec.commandLine().getOut();
            out.print(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
