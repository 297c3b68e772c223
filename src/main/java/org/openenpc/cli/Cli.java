package org.openenpc.cli;

import java.io.PrintWriter;

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
    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new OpenEnpcCommand());
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
