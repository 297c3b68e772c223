package org.openenpc.cli;

import picocli.CommandLine;

/**
 * A failure explained in one sentence for the user, never a stack trace. Exit code 1 (retyping
 * cannot fix it), or 2 from {@link #badArgument}: an argument that parses but cannot be used, such
 * as an output file that cannot be written or a broadcast address given to {@code status}.
 */
public final class UserFacingException extends RuntimeException {
    private final int exitCode;

    public UserFacingException(String message) {
        this(message, CommandLine.ExitCode.SOFTWARE);
    }

    private UserFacingException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A usable-looking argument refused before any work starts: exit code 2, like a typo. */
    static UserFacingException badArgument(String message) {
        return new UserFacingException(message, CommandLine.ExitCode.USAGE);
    }

    /** The process exit code this failure ends with. */
    int exitCode() {
        return exitCode;
    }
}
