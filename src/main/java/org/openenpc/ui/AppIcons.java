package org.openenpc.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The application icon in every size that icons/generate.sh renders from the master SVG. The
 * window manager picks the size it needs (title bar, task switcher, dock); dialogs owned by the
 * main stage inherit it. A missing file is skipped, never fatal. Any thread may load; the stage's icons are set on
 * the FX thread.
 */
public final class AppIcons {

    /** The PNG sizes icons/generate.sh writes to this package's icons/ folder. */
    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private AppIcons() {
    }

    /** All sizes that load, smallest first. */
    public static List<Image> load() {
        List<Image> images = new ArrayList<>(SIZES.length);
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("icons/openenpc-" + size + ".png")) {
                if (in != null) {
                    Image image = new Image(in);
                    if (!image.isError()) {
                        images.add(image);
                    }
                }
            } catch (java.io.IOException e) {
                // Closing a resource stream does not fail in practice; the icon is cosmetic.
            }
        }
        return images;
    }

    /** Sets every size on the stage. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(load());
    }

    /**
     * Reads the icons on a thread of their own and sets them on the stage when read: eight PNGs, up to 512 px,
     * that the window need not wait for (the window manager takes them after it maps the window).
     */
    public static void applyLater(Stage stage) {
        Thread t = new Thread(() -> {
            List<Image> images = load();
            javafx.application.Platform.runLater(() -> stage.getIcons().setAll(images));
        }, "ui-icons");
        t.setDaemon(true);
        t.start();
    }
}
