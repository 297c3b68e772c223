package org.openenpc.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLocationTest {
    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxUsesXdgConfigHomeWhenAbsolute() {
        assertThat(ConfigLocation.settingsFile("Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), HOME,
                "settings.json")).isEqualTo(Path.of("/cfg/openenpc/settings.json"));
        assertThat(ConfigLocation.settingsFile("Linux", Map.of(), HOME, "settings.json"))
                .isEqualTo(Path.of("/home/ann/.config/openenpc/settings.json"));
        assertThat(ConfigLocation.settingsFile("Linux", Map.of("XDG_CONFIG_HOME", "rel"), HOME,
                "settings.json")).isEqualTo(Path.of("/home/ann/.config/openenpc/settings.json"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ann\\AppData\\Roaming";
        assertThat(ConfigLocation.settingsFile("Windows 11", Map.of("APPDATA", appData), HOME,
                "settings.json")).isEqualTo(Path.of(appData, "OpenENPC", "settings.json"));
        assertThat(ConfigLocation.settingsFile("Windows 10", Map.of(), HOME, "settings.json"))
                .isEqualTo(HOME.resolve("AppData/Roaming/OpenENPC/settings.json"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(ConfigLocation.settingsFile("Mac OS X", Map.of(), HOME, "settings.json"))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/OpenENPC/settings.json"));
    }

    @Test
    void defaultPathEndsInTheAppFolder() {
        Path path = SettingsStore.defaultPath();
        assertThat(path.getFileName()).hasToString("settings.json");
        assertThat(path.getParent().getFileName().toString()).isEqualToIgnoringCase("openenpc");
    }
}
