package org.openenpc.ui;

import java.util.Locale;
import java.util.Map;

import javafx.scene.Scene;

/**
 * Light and dark stylesheets. JavaFX 21 cannot read the OS colour scheme (that API arrives in
 * JavaFX 22), so "system" follows the GTK_THEME environment variable where it names a dark
 * theme and is light otherwise. FX thread only.
 */
public final class Theme {

    private static final String BASE = Theme.class.getResource("app.css").toExternalForm();
    private static final String DARK = Theme.class.getResource("dark.css").toExternalForm();

    private Theme() {
    }

    /** Applies "system", "light" or "dark" to a scene. */
    public static void apply(Scene scene, String theme) {
        scene.getStylesheets().removeAll(BASE, DARK);
        scene.getStylesheets().add(BASE);
        if (isDark(theme, System.getenv())) {
            scene.getStylesheets().add(DARK);
        }
    }

    static boolean isDark(String theme, Map<String, String> env) {
        if ("dark".equals(theme)) {
            return true;
        }
        if ("light".equals(theme)) {
            return false;
        }
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        return gtk.contains("dark");
    }
}
