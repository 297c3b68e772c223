package org.openenpc.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScopeException;
import org.openenpc.snmp.SnmpSettings;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where and how to scan: the options {@code scan} and {@code watch} share (a picocli mixin). */
final class ScopeOptions {

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

    @Option(names = "--snmp-discovery",
            description = "Also ask every --range address over SNMP, to find devices that answer SNMP but not ENPC.")
    boolean snmpDiscovery;

    /** The scope; bad values are one-line usage errors. */
    ScanScope scope(CommandSpec spec, SnmpSettings snmp) {
        try {
            if (snmpDiscovery && snmp == null) {
                throw new ScopeException("--snmp-discovery needs SNMP; leave out --no-snmp.");
            }
            ScanScope.Builder b = ScanScope.builder().port(port).quietTimeout(Duration.ofMillis(timeoutMs))
                    .retries(retries).rate(rate).allowLarge(allowLarge).snmp(snmp).snmpDiscovery(snmpDiscovery);
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
}
