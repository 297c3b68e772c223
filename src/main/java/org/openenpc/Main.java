package org.openenpc;

import org.openenpc.cli.Cli;

/** Entry point: the command line (the desktop app arrives with its own issue). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
