package org.openenpc.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("openenpc").resolve("settings.json");
    }

    private static AppSettings custom() {
        return AppSettings.defaults().withInterfaces(false, List.of("eth0"))
                .withRanges(List.of("127.0.1.0/24")).withPort(23289).withTheme("dark")
                .withColumns(List.of(new ColumnState("ip", 120, true)));
    }

    @Test
    void missingFileGivesDefaultsWithoutProblem() {
        SettingsStore.Loaded loaded = new SettingsStore(file()).load();
        assertThat(loaded.settings()).isEqualTo(AppSettings.defaults());
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void prepareToLoadMakesTheMapperOnlyForAFileThatExists() throws IOException {
        SettingsStore none = new SettingsStore(file());
        none.prepareToLoad();
        assertThat(none.hasMapper()).isFalse();
        new SettingsStore(file()).save(custom());
        SettingsStore some = new SettingsStore(file());
        some.prepareToLoad();
        assertThat(some.hasMapper()).isTrue();
        assertThat(some.load()).isEqualTo(new SettingsStore.Loaded(custom(), java.util.Optional.empty()));
    }

    @Test
    void saveThenLoadGivesTheSameSettings() throws IOException {
        SettingsStore store = new SettingsStore(file());
        store.save(custom());
        assertThat(store.load()).isEqualTo(new SettingsStore.Loaded(custom(), java.util.Optional.empty()));
        String json = Files.readString(file());
        assertThat(json).contains("\n  \"port\" : 23289,").endsWith("}\n");
        assertThat(leftovers()).containsExactly("settings.json");
    }

    @Test
    void corruptFileGivesDefaultsOneProblemAndIsMovedAside() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"port\": 23289,\n x}");
        Files.writeString(file().resolveSibling("settings.json.corrupt"), "older");
        SettingsStore store = new SettingsStore(file());

        SettingsStore.Loaded first = store.load();
        assertThat(first.settings()).isEqualTo(AppSettings.defaults());
        assertThat(first.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("Settings file " + file() + " could not be read (Unexpected character")
                .contains("at line 2")
                .endsWith("; using defaults. The file was kept as settings.json.corrupt.")
                .doesNotContain("\n"));
        assertThat(file()).doesNotExist();
        assertThat(file().resolveSibling("settings.json.corrupt")).hasContent("{\"port\": 23289,\n x}");

        assertThat(store.load()).isEqualTo(new SettingsStore.Loaded(AppSettings.defaults(), java.util.Optional.empty()));
    }

    @Test
    void invalidValuesGiveDefaultsAndTheEngineSentence() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"port\": 0, \"rate\": 2000}");
        SettingsStore.Loaded loaded = new SettingsStore(file()).load();
        assertThat(loaded.settings()).isEqualTo(AppSettings.defaults());
        assertThat(loaded.problem()).hasValue("Settings file " + file() + " could not be read"
                + " (Port 0 is out of range; use 1–65535); using defaults."
                + " The file was kept as settings.json.corrupt.");

        Files.writeString(file(), "{\"rate\": -1}");
        assertThat(new SettingsStore(file()).load().problem()).hasValueSatisfying(p ->
                assertThat(p).contains("Rate -1 packets per second is out of range"));
        Files.writeString(file(), "[1, 2]");
        assertThat(new SettingsStore(file()).load().problem()).hasValueSatisfying(p ->
                assertThat(p).contains("(it does not hold a JSON object)"));
        Files.writeString(file(), "{\"window\": {\"width\": -5}, \"columns\": [null]}");
        assertThat(new SettingsStore(file()).load().problem()).isPresent();
        Files.writeString(file(), "{\"port\": \"twelve\"}");
        assertThat(new SettingsStore(file()).load().problem()).isPresent();
    }

    @Test
    void anOlderFileKeepsDefaultsForWhatItLacks() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"port\": 23289, \"window\": {\"width\": 800}, \"gone\": true}");
        SettingsStore.Loaded loaded = new SettingsStore(file()).load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(AppSettings.defaults().withPort(23289)
                .withWindow(new WindowState(-1, -1, 800, 760, false)));
    }

    @Test
    void saveOntoADirectoryFailsAndLeavesItAlone() throws IOException {
        Files.createDirectories(file());
        Files.writeString(file().resolve("keep.txt"), "old");
        assertThatThrownBy(() -> new SettingsStore(file()).save(custom()))
                .isInstanceOf(IOException.class);
        assertThat(file().resolve("keep.txt")).hasContent("old");
        assertThat(leftovers()).containsExactly("settings.json");
    }

    @Test
    void saveIntoAReadOnlyFolderFailsAndKeepsTheOldFile() throws IOException {
        SettingsStore store = new SettingsStore(file());
        store.save(AppSettings.defaults());
        String old = Files.readString(file());
        Path folder = file().getParent();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "root ignores folder permissions");
            assertThatThrownBy(() -> store.save(custom())).isInstanceOf(IOException.class);
            assertThat(file()).hasContent(old);
            assertThat(leftovers()).containsExactly("settings.json");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void saveFailsWhenTheFolderCannotBeCreated() throws IOException {
        Files.writeString(dir.resolve("openenpc"), "a file where the folder should be");
        assertThatThrownBy(() -> new SettingsStore(file()).save(custom()))
                .isInstanceOf(IOException.class);
        assertThat(dir.resolve("openenpc")).hasContent("a file where the folder should be");
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
