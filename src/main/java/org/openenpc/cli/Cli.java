package org.openenpc.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

import org.openenpc.discovery.ScopeException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Builds the picocli command tree and runs it. Exit codes: 0 success (also when a scan finds
 * nothing), 1 a failure the user cannot fix by retyping (e.g. no socket), 2 bad arguments (also
 * one that parses but cannot be used, such as an {@code --output} file that cannot be written),
 * with a one-line error and never a stack trace for user errors.
 */
public final class Cli {
    /** Every subcommand, in the order the root's help lists them. */
    static final List<String> SUBCOMMANDS = List.of("scan", "status", "watch", "inventory", "import", "history",
            "diff", "simulate", "help");

    /** The root's own options that take no parameter and reach no subcommand. */
    private static final Set<String> ROOT_ONLY_OPTIONS = Set.of("-V", "--version", "--debug");

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err, subcommandsFor(args)).execute(args);
    }

    /** The whole command tree, as the root's help and the tests see it. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, SUBCOMMANDS);
    }

    /**
     * The subcommands that parsing {@code args} can reach. picocli builds a command's model when
     * it is added (reflection over its fields and methods, which loads their types: the
     * inventory's, the simulator's), about 18 ms per command in a fresh JVM on the 2-core VM; {@code --version} needs
     * none of them and {@code scan --help} only {@code scan}. Anything else (the root's help, the
     * help command, an unknown word, which picocli answers with suggestions) gets them all.
     */
    static List<String> subcommandsFor(String... args) {
        for (String arg : args) {
            if (ROOT_ONLY_OPTIONS.contains(arg)) {
                continue;
            }
            return SUBCOMMANDS.contains(arg) && !arg.equals("help") ? List.of(arg) : SUBCOMMANDS;
        }
        return List.of();
    }

    /** A string switch, not a map of constructor references: no lambda class is spun per command at start. */
    private static Object newSubcommand(String name) {
        return switch (name) {
            case "scan" -> new ScanCommand();
            case "status" -> new StatusCommand();
            case "watch" -> new WatchCommand();
            case "inventory" -> new InventoryCommand();
            case "import" -> new ImportCommand();
            case "history" -> new HistoryCommand();
            case "diff" -> new DiffCommand();
            case "simulate" -> new SimulateCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> subcommands) {
        CommandLine cl = new CommandLine(new OpenEnpcCommand());
        for (String name : subcommands) {
            cl.addSubcommand(name, newSubcommand(name));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionStrategy(parsed -> {
            for (CommandLine.ParseResult pr = parsed; pr != null; pr = pr.subcommand()) {
                if (pr.hasMatchedOption("--debug")) {
                    ((Logger) LoggerFactory.getLogger("org.openenpc")).setLevel(Level.DEBUG);
                }
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("openenpc: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof ScopeException || ex instanceof IllegalArgumentException) {
                c.getErr().println("openenpc: " + ex.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            if (ex instanceof UserFacingException u) {
                c.getErr().println("openenpc: " + u.getMessage());
                return u.exitCode();
            }
            throw ex;
        });
        return cl;
    }
}
