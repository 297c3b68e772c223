package org.openenpc.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command; it only groups the subcommands and the global options. The subcommands are
 * added by {@link Cli} (not listed here), only those the arguments can reach.
 */
@Command(name = "openenpc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Find and query Epson network printers (ENPC, UDP 3289).")
public final class OpenEnpcCommand implements Runnable {

    @Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Log the engine's work (every packet) to stderr.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
