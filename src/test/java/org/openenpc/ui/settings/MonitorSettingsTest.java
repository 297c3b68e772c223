package org.openenpc.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.discovery.ScanScope;
import org.openenpc.snmp.SnmpSettings;

/** SNMP and monitoring settings: defaults, validation, the file, the dialog's model and the scope. */
class MonitorSettingsTest {

    @Test
    void defaultsAreSnmpOnMonitoringOff() {
        MonitorSettings m = AppSettings.defaults().monitor();
        assertThat(m).isEqualTo(new MonitorSettings(true, 161, "public", false, 60, 15));
        assertThat(m.snmpSettings()).isEqualTo(SnmpSettings.defaults());
        assertThat(m.withSnmp(false, 161, "public").snmpSettings()).isNull();
    }

    @Test
    void badValuesAreRefusedWithASentence() {
        assertThatThrownBy(() -> new MonitorSettings(true, 0, "public", false, 60, 15))
                .hasMessage("SNMP port must be a whole number from 1 to 65535.");
        assertThatThrownBy(() -> new MonitorSettings(true, 161, "", false, 60, 15))
                .hasMessageContaining("community");
        assertThatThrownBy(() -> new MonitorSettings(true, 161, "caf\u00e9", false, 60, 15))
                .hasMessageContaining("community");
        assertThatThrownBy(() -> new MonitorSettings(true, 161, "public", true, 9, 15))
                .hasMessage("Refresh interval must be a whole number of seconds from 10 to 3600.");
        assertThatThrownBy(() -> new MonitorSettings(true, 161, "public", true, 3601, 15))
                .hasMessageContaining("10 to 3600");
        assertThatThrownBy(() -> new MonitorSettings(true, 161, "public", true, 60, 101))
                .hasMessage("Low-supply threshold must be a whole number of percent from 0 to 100.");
    }

    @Test
    void jsonKeepsTheMonitorObjectAndAnOlderFileGetsDefaults(@TempDir Path dir) throws IOException {
        AppSettings s = AppSettings.defaults().withMonitor(new MonitorSettings(false, 1161, "secret", true, 30, 20));
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(s);
        assertThat(Files.readString(store.file())).contains("\"monitor\"", "\"refreshSeconds\" : 30",
                "\"lowSupplyPercent\" : 20", "\"snmpCommunity\" : \"secret\"").doesNotContain("snmpSettings");
        assertThat(store.load().settings()).isEqualTo(s);
        Files.writeString(store.file(), "{\"port\": 3289, \"monitor\": {\"monitoring\": true}}");
        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings().monitor()).isEqualTo(MonitorSettings.defaults().withMonitoring(true, 60));
        Files.writeString(store.file(), "{\"monitor\": {\"refreshSeconds\": 5}}");
        loaded = store.load();
        assertThat(loaded.settings()).isEqualTo(AppSettings.defaults());
        assertThat(loaded.problem()).get().asString().contains("Refresh interval");
        assertThat(new ObjectMapper().readValue(new ObjectMapper().writeValueAsString(s), AppSettings.class))
                .isEqualTo(s);
    }

    @Test
    void theScopeCarriesSnmpSettingsOnlyWhenSnmpIsOn() {
        AppSettings on = AppSettings.defaults().withMonitor(MonitorSettings.defaults().withSnmp(true, 1161, "abc"));
        ScanScope scope = on.toScope(FakeInterfaces.twoNics());
        assertThat(scope.snmp()).isEqualTo(SnmpSettings.defaults().withPort(1161).withCommunity("abc"));
        AppSettings off = on.withMonitor(on.monitor().withSnmp(false, 1161, "abc"));
        assertThat(off.toScope(FakeInterfaces.twoNics()).snmp()).isNull();
    }

    @Test
    void theDialogModelValidatesEachNewFieldAndApplies() {
        SettingsViewModel vm = new SettingsViewModel(AppSettings.defaults(), FakeInterfaces.twoNics());
        assertThat(vm.snmpEnabledProperty().get()).isTrue();
        assertThat(vm.snmpPortTextProperty().get()).isEqualTo("161");
        assertThat(vm.communityTextProperty().get()).isEqualTo("public");
        assertThat(vm.refreshTextProperty().get()).isEqualTo("60");
        assertThat(vm.thresholdTextProperty().get()).isEqualTo("15");
        assertThat(vm.isValid()).isTrue();

        vm.refreshTextProperty().set("5");
        assertThat(vm.refreshErrorProperty().get()).isEqualTo(
                "Refresh interval must be a whole number of seconds from 10 to 3600.");
        assertThat(vm.isValid()).isFalse();
        vm.refreshTextProperty().set("3600");
        assertThat(vm.refreshErrorProperty().get()).isEmpty();

        vm.thresholdTextProperty().set("15%");
        assertThat(vm.thresholdErrorProperty().get()).contains("0 to 100");
        vm.thresholdTextProperty().set("100");
        vm.snmpPortTextProperty().set("70000");
        assertThat(vm.snmpPortErrorProperty().get()).contains("1 to 65535");
        vm.snmpPortTextProperty().set("1161");
        vm.communityTextProperty().set("");
        assertThat(vm.communityErrorProperty().get()).contains("community");
        assertThat(vm.isValid()).isFalse();
        vm.communityTextProperty().set("private");
        vm.monitoringProperty().set(true);
        vm.snmpEnabledProperty().set(false);
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.apply(AppSettings.defaults()).monitor())
                .isEqualTo(new MonitorSettings(false, 1161, "private", true, 3600, 100));
    }
}
