package org.openenpc.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.openenpc.discovery.Scan;
import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.discovery.ScopeException;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.snmp.SnmpReadResult;
import org.openenpc.snmp.SnmpSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code openenpc status IP}: asks one printer everything over ENPC, SNMP and IPP and prints every decoded
 * field, the unknown bytes, the SNMP status (supplies, errors, serial) and the IPP attributes; as text or JSON.
 */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Query one printer over ENPC, SNMP and IPP and print every decoded field, the raw unknown bytes,",
            "its SNMP status (supplies, errors, serial) and its IPP attributes. Exit code 0 when any protocol",
            "answers (the output says which did not), 1 when none does."})
public final class StatusCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

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

    @Mixin
    SnmpOptions snmpOptions = new SnmpOptions();

    @Mixin
    IppOptions ippOptions = new IppOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        SnmpSettings snmp = snmpOptions.settings(spec);
        org.openenpc.ipp.IppSettings ipp = ippOptions.settings(spec);
        ScanScope scope;
        try {
            // SNMP discovery of the one target: a printer that answers only SNMP is still found.
            scope = ScanScope.builder().addRange(ip).port(port).quietTimeout(Duration.ofMillis(timeoutMs))
                    .retries(retries).snmp(snmp).snmpDiscovery(snmp != null).ipp(ipp).build();
        } catch (ScopeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (scope.unicastPlan().size() != 1) {
            throw new ParameterException(spec.commandLine(), "status takes one IPv4 address, not the range \"" + ip + "\".");
        }
        SingleHostCheck.require(ip, scope.unicastPlan());
        AtomicReference<String> snmpProblem = new AtomicReference<>(snmp == null ? "SNMP was not asked (--no-snmp)" : "");
        AtomicReference<String> ippProblem = new AtomicReference<>(ipp == null ? "IPP was not asked (--no-ipp)" : "");
        Scan scan = new Scanner().start(scope, new ScanListener() {
            @Override
            public void snmpRead(String from, Printer p, SnmpReadResult result) {
                if (result instanceof SnmpReadResult.NoAnswer n) {
                    snmpProblem.set(n.sentence());
                } else if (result instanceof SnmpReadResult.Error e) {
                    snmpProblem.set(e.sentence());
                }
            }

            @Override
            public void ippRead(String from, Printer p, org.openenpc.ipp.IppReadResult result) {
                if (!(result instanceof org.openenpc.ipp.IppReadResult.Answered)) {
                    ippProblem.set(org.openenpc.ipp.IppReadResult.sentenceOf(result));
                }
            }
        }, new DeviceRegistry(), EnumSet.of(EnpcQuery.HOLDER));
        ScanSummary summary = scan.await();
        if (summary.failed()) {
            throw new UserFacingException("The query could not run: " + summary.error());
        }
        PrintWriter out = spec.commandLine().getOut();
        String noEnpc = "no ENPC reply from " + ip + " port " + port + " after " + (retries + 1)
                + (retries == 0 ? " try" : " tries");
        if (summary.printers().isEmpty()) {
            spec.commandLine().getErr().println("openenpc: " + noEnpc
                    + (snmp == null ? "" : "; " + (snmpProblem.get().isEmpty()
                    ? "no SNMP answer either" : snmpProblem.get()))
                    + (ipp == null ? "" : "; " + (ippProblem.get().isEmpty()
                    ? "no IPP answer either" : ippProblem.get())) + ".");
            return 1;
        }
        for (Printer p : summary.printers()) {
            String snmpMissing = p.snmp() != null ? "" : snmpProblem.get().isEmpty()
                    ? "no SNMP answer from " + ip : snmpProblem.get();
            String ippMissing = p.ipp() != null ? "" : ippProblem.get().isEmpty()
                    ? "no IPP answer from " + ip : ippProblem.get();
            String enpcMissing = StatusReport.answeredEnpc(p) ? "" : noEnpc;
            if (format == Format.json) {
                out.print(StatusReport.json(p, enpcMissing, snmpMissing, ippMissing));
            } else {
                out.print(StatusReport.format(p));
                out.print(StatusReport.protocols(p, enpcMissing, snmpMissing, ippMissing));
            }
        }
        out.flush();
        return 0;
    }
}
