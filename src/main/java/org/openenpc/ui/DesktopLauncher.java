package org.openenpc.ui;

import javafx.application.Application;

/** Starts the desktop app; keeps every JavaFX reference inside the {@code ui} package. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /** Blocks until the last window closes. */
    public static void launch(String... args) {
        OpenEnpcApp.startAhead();
        Application.launch(OpenEnpcApp.class, args);
    }
}
