package org.openenpc.inventory;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where each operating system keeps per-user data: {@code $XDG_DATA_HOME/openenpc} (or
 * {@code ~/.local/share/openenpc}) on Linux and other Unixes, {@code %LOCALAPPDATA%\OpenENPC} on Windows,
 * {@code ~/Library/Application Support/OpenENPC} on macOS. The {@code openenpc.dataDir} system property, then
 * the {@code OPENENPC_DATA_DIR} variable, name another folder (tests, portable installs). A pure function of
 * its arguments, so every platform's rule is testable anywhere. Stateless.
 */
public final class DataFolder {

    public static final String PROPERTY = "openenpc.dataDir";
    public static final String VARIABLE = "OPENENPC_DATA_DIR";

    private DataFolder() {
    }

    /** This process's data folder. */
    public static Path current() {
        return of(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")));
    }

    static Path of(String property, String osName, Map<String, String> env, Path home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String override = env.get(VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("OpenENPC");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("OpenENPC");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("openenpc");
    }
}
