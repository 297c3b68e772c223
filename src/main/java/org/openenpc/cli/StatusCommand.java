package org.openenpc.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Callable;

import org.openenpc.discovery.Scan;
import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.discovery.ScopeException;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.protocol.EnpcQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code openenpc status IP}: asks one printer everything and prints every decoded field and unknown byte. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Query one printer and print every decoded field and the raw unknown bytes.",
            "Exit code 1 when the printer does not answer."})
public final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IP", description = "The printer's IPv4 address.")
    String ip;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "3289", description = "ENPC port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = {"-t", "--timeout"}, paramLabel = "MS", defaultValue = "1000",
            description = "Quiet time before giving up (default: ${DEFAULT-VALUE} ms).")
    long timeoutMs;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3", description = "Re-sends (default: ${DEFAULT-VALUE}).")
    int retries;

    @Override
    public Integer call() throws Exception {
        ScanScope scope;
        try {
            scope = ScanScope.builder().addRange(ip).port(port).quietTimeout(Duration.ofMillis(timeoutMs))
                    .retries(retries).build();
        } catch (ScopeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (scope.unicastPlan().size() != 1) {
            throw new ParameterException(spec.commandLine(), "status takes one IPv4 address, not the range \"" + ip + "\".");
        }
        Scan scan = new Scanner().start(scope, new ScanListener() { }, new DeviceRegistry(), EnumSet.of(EnpcQuery.HOLDER));
        ScanSummary summary = scan.await();
        if (summary.failed()) {
            throw new UserFacingException("The query could not run: " + summary.error());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (summary.printers().isEmpty()) {
            spec.commandLine().getErr().println("openenpc: no ENPC reply from " + ip + " port " + port + " after "
                    + (retries + 1) + (retries == 0 ? " try." : " tries."));
            return 1;
        }
        for (Printer p : summary.printers()) {
            out.print(StatusReport.format(p));
        }
        out.flush();
        return 0;
    }
}
