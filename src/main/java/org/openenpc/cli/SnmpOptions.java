package org.openenpc.cli;

import java.time.Duration;

import org.openenpc.snmp.SnmpSettings;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The SNMP options {@code scan}, {@code status} and {@code watch} share (a picocli mixin). SNMP is on by default. */
final class SnmpOptions {

    @Option(names = "--no-snmp", description = "Do not read printers over SNMP (ENPC only).")
    boolean off;

    @Option(names = "--snmp-port", paramLabel = "N", defaultValue = "161",
            description = "SNMP port of the printers (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--community", paramLabel = "S", defaultValue = "public",
            description = "SNMP read community (default: ${DEFAULT-VALUE}).")
    String community;

    @Option(names = "--snmp-timeout", paramLabel = "MS", defaultValue = "1000",
            description = "Wait per SNMP try (default: ${DEFAULT-VALUE} ms).")
    long timeoutMs;

    @Option(names = "--snmp-retries", paramLabel = "N", defaultValue = "2",
            description = "SNMP re-sends after the first try (default: ${DEFAULT-VALUE}).")
    int retries;

    /** The settings, or null with {@code --no-snmp}; a bad value is a one-line usage error. */
    SnmpSettings settings(CommandSpec spec) {
        if (off) {
            return null;
        }
        try {
            return new SnmpSettings(community, port, Duration.ofMillis(timeoutMs), retries, SnmpSettings.Version.V2C);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
