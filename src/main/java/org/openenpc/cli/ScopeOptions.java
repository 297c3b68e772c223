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
            description = {"The longest quiet time that ends the scan (default: ${DEFAULT-VALUE} ms). The scan ends sooner",
                "when this scan's replies come fast: after 3 × their 95th-percentile round trip + 20 ms without news",
                "(at least 100 ms); a broadcast scan still listens 1 s (at most MS) after its first broadcasts, for",
                "slow Wi-Fi printers. Before a round trip is measured the whole MS is waited."})
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

    @Option(names = "--max-time", paramLabel = "S",
            description = {"Stop the scan after S seconds whatever still arrives (0.1–86400). Default: derived from",
                "the scope: up to 2 × (retries + 1) discovery rounds sent at --rate, then --timeout, the follow-up",
                "queries' re-send budget (4 × (retries + 1) s) and, with SNMP, its timeout × tries × 4, plus the",
                "time to send 8 packets (32 with SNMP) per printer found at --rate. With the defaults a broadcast",
                "scan stops after about 33 s plus 16 ms per printer at the latest; it normally ends long before,",
                "once nothing new arrives (see --timeout)."})
    Double maxTimeSeconds;

    @Option(names = "--snmp-discovery",
            description = "Also ask every --range address over SNMP, to find devices that answer SNMP but not ENPC.")
    boolean snmpDiscovery;

    @Option(names = "--mdns", negatable = true, description = {"Also browse DNS-SD (mDNS) for printers on the"
            + " interfaces whose broadcasts the scan sends, and read the IPP printers it finds. Default: on when",
            "the scan broadcasts on every interface (no --broadcast or --range), off otherwise."})
    Boolean mdns;

    @Option(names = "--mdns-time", paramLabel = "MS", defaultValue = "3000",
            description = "How long to listen for DNS-SD answers at least (default: ${DEFAULT-VALUE} ms).")
    long mdnsTimeMs;

    private Duration maxTime() {
        if (maxTimeSeconds == null) {
            return null;
        }
        if (!(maxTimeSeconds >= 0.1 && maxTimeSeconds <= 86_400)) { // also NaN
            throw new ScopeException("--max-time " + maxTimeSeconds + " is out of range; use 0.1–86400 seconds.");
        }
        return Duration.ofNanos(Math.round(maxTimeSeconds * 1e9));
    }

    /** The scope; bad values are one-line usage errors. */
    ScanScope scope(CommandSpec spec, SnmpSettings snmp) {
        return scope(spec, snmp, null);
    }

    /** The scope with these SNMP and IPP settings (either null for none); a bad value is a one-line usage error. */
    ScanScope scope(CommandSpec spec, SnmpSettings snmp, org.openenpc.ipp.IppSettings ipp) {
        try {
            if (snmpDiscovery && snmp == null) {
                throw new ScopeException("--snmp-discovery needs SNMP; leave out --no-snmp.");
            }
            ScanScope.Builder b = ScanScope.builder().port(port).quietTimeout(Duration.ofMillis(timeoutMs))
                    .retries(retries).rate(rate).allowLarge(allowLarge).snmp(snmp).snmpDiscovery(snmpDiscovery)
                    .maxTime(maxTime()).ipp(ipp);
            broadcasts.forEach(b::addBroadcast);
            ranges.forEach(b::addRange);
            boolean interfaces = broadcasts.isEmpty() && ranges.isEmpty();
            if (interfaces) {
                b.includeInterfaceBroadcasts(true);
            }
            if (mdns != null ? mdns : interfaces) {
                try {
                    b.mdns(org.openenpc.mdns.MdnsSettings.defaults().withWindow(Duration.ofMillis(mdnsTimeMs)));
                } catch (IllegalArgumentException e) {
                    throw new ScopeException(e.getMessage());
                }
            }
            return b.build();
        } catch (ScopeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
