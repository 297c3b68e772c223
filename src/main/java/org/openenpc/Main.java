package org.openenpc;

import java.util.Arrays;
import java.util.Set;

import org.openenpc.cli.Cli;

/**
 * Entry point. With no command (or only desktop options such as {@code --demo}) it opens the
 * desktop app; otherwise it runs the command line. Not a JavaFX Application subclass, so the
 * shaded jar starts without the JavaFX launcher's module checks.
 */
public final class Main {

    private static final Set<String> GUI_OPTIONS = Set.of("--demo");

    private Main() {
    }

    public static void main(String[] args) {
        if (Arrays.stream(args).allMatch(GUI_OPTIONS::contains)) {
            org.openenpc.ui.DesktopLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
