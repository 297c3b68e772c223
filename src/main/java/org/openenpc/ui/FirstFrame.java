package org.openenpc.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs what the window does not need to appear (issue 14: the inventory, the demo printers, the icons) once its
 * scene has had its first pulse: styled, laid out and handed to the renderer. FX thread.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code task} on the FX thread right after the first pulse of {@code scene} in a showing window. */
    public static void then(Scene scene, Runnable task) {
        boolean[] seen = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!seen[0]) {
                seen[0] = true;
                // Not removed here: the scene is iterating its listeners.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    task.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
