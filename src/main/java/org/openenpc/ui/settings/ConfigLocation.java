package org.openenpc.ui.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where each operating system expects per-user configuration: {@code $XDG_CONFIG_HOME/openenpc}
 * (or {@code ~/.config/openenpc}) on Linux and other Unixes, {@code %APPDATA%\OpenENPC} on
 * Windows and {@code ~/Library/Application Support/OpenENPC} on macOS. A pure function of its
 * arguments so every platform's rule is testable anywhere. Stateless; any thread.
 */
final class ConfigLocation {

    private ConfigLocation() {
    }

    /**
     * @param osName   the {@code os.name} system property
     * @param env      the environment variables
     * @param home     the user's home folder
     * @param fileName the file inside the app's folder
     */
    static Path settingsFile(String osName, Map<String, String> env, Path home, String fileName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("OpenENPC").resolve(fileName);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("OpenENPC")
                    .resolve(fileName);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("openenpc").resolve(fileName);
    }
}
