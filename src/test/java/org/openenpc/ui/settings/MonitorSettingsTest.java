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
import org.openenpc.ipp.IppSettings;
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

    @Test
    void ippProbingIsOffByDefaultPersistsAndOlderFilesLoadWithoutIt(@TempDir Path dir) throws IOException {
        assertThat(MonitorSettings.defaults().ippProbe()).isFalse();
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppSettings probing = AppSettings.defaults().withMonitor(MonitorSettings.defaults().withIppProbe(true));
        store.save(probing);
        assertThat(Files.readString(store.file())).contains("\"ippProbe\" : true").doesNotContain("ippSettings");
        assertThat(store.load().settings()).isEqualTo(probing);
        // A file written before the setting existed: every other value kept, no problem reported, probing off.
        Files.writeString(store.file(), "{\"monitor\": {\"snmp\": true, \"snmpPort\": 1161, \"snmpCommunity\": "
                + "\"abc\", \"monitoring\": true, \"refreshSeconds\": 30, \"lowSupplyPercent\": 20}}");
        SettingsStore.Loaded old = store.load();
        assertThat(old.problem()).isEmpty();
        assertThat(old.settings().monitor()).isEqualTo(new MonitorSettings(true, 1161, "abc", true, 30, 20, false));
    }

    @Test
    void theScopeAlwaysCarriesIppAndProbesOnlyWhenAsked() {
        ScanScope plain = AppSettings.defaults().toScope(FakeInterfaces.twoNics());
        // IppTrust has no value equality: compare what the settings choose.
        assertThat(plain.ipp()).extracting(IppSettings::port, IppSettings::path, IppSettings::probe)
                .containsExactly(631, "ipp/print", false);
        AppSettings probing = AppSettings.defaults().withRanges(java.util.List.of("127.0.0.1"))
                .withMonitor(MonitorSettings.defaults().withIppProbe(true));
        assertThat(probing.toScope(FakeInterfaces.twoNics()).ipp().probe()).isTrue();
        // Other monitor changes keep the choice.
        assertThat(probing.monitor().withMonitoring(true, 30).withSnmp(false, 161, "public")
                .withLowSupplyPercent(5).ippProbe()).isTrue();
    }

    @Test
    void theDialogModelCarriesTheProbeChoice() {
        SettingsViewModel vm = new SettingsViewModel(AppSettings.defaults(), FakeInterfaces.twoNics());
        assertThat(vm.ippProbeProperty().get()).isFalse();
        vm.ippProbeProperty().set(true);
        assertThat(vm.apply(AppSettings.defaults()).monitor().ippProbe()).isTrue();
        SettingsViewModel again = new SettingsViewModel(vm.apply(AppSettings.defaults()), FakeInterfaces.twoNics());
        assertThat(again.ippProbeProperty().get()).isTrue();
    }

    private static final String SHA = "ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89";

    @Test
    void mdnsIsOnByDefaultAndItsSwitchDecidesWhetherAnInterfaceScopeBrowses(@TempDir Path dir) throws IOException {
        assertThat(MonitorSettings.defaults().mdns()).isTrue();
        ScanScope on = AppSettings.defaults().toScope(FakeInterfaces.twoNics());
        assertThat(on.mdns()).isNotNull();
        AppSettings offSettings = AppSettings.defaults().withMonitor(MonitorSettings.defaults().withMdns(false));
        assertThat(offSettings.toScope(FakeInterfaces.twoNics()).mdns()).isNull();
        assertThat(AppSettings.defaults().describeScope(FakeInterfaces.twoNics())).contains("with mDNS");
        assertThat(offSettings.describeScope(FakeInterfaces.twoNics())).doesNotContain("mDNS");
        // Other monitor changes keep the choice, and the file keeps it.
        assertThat(offSettings.monitor().withIppProbe(true).withMonitoring(true, 30).mdns()).isFalse();
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(offSettings);
        assertThat(Files.readString(store.file())).contains("\"mdns\" : false");
        assertThat(store.load().settings()).isEqualTo(offSettings);
        // A file from before the switch existed browses, as before.
        Files.writeString(store.file(), "{\"monitor\": {\"snmp\": false}}");
        assertThat(store.load().settings().monitor().mdns()).isTrue();
    }

    @Test
    void anAcceptedCertificateIsPinnedInTheScopesTrustAndKeptInTheFile(@TempDir Path dir) throws IOException {
        assertThat(MonitorSettings.defaults().ippCertificates()).isEmpty();
        assertThat(AppSettings.defaults().toScope(FakeInterfaces.twoNics()).ipp().trust().pinned()).isEmpty();
        // Any form the user may paste is kept in one form, once.
        MonitorSettings m = MonitorSettings.defaults().withCertificateAccepted(SHA.replace(":", "").toUpperCase())
                .withCertificateAccepted(SHA);
        assertThat(m.ippCertificates()).containsExactly(SHA);
        AppSettings s = AppSettings.defaults().withMonitor(m);
        assertThat(s.toScope(FakeInterfaces.twoNics()).ipp().trust().pinned()).containsExactly(SHA.replace(":", ""));
        assertThat(m.withMdns(false).withIppProbe(true).withLowSupplyPercent(3).ippCertificates()).containsExactly(SHA);
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(s);
        assertThat(Files.readString(store.file())).contains(SHA);
        assertThat(store.load().settings()).isEqualTo(s);
        // A hand-edited file with something else than a fingerprint is reported, and the defaults are used.
        Files.writeString(store.file(), "{\"monitor\": {\"ippCertificates\": [\"trust me\"]}}");
        SettingsStore.Loaded bad = store.load();
        assertThat(bad.settings()).isEqualTo(AppSettings.defaults());
        assertThat(bad.problem()).get().asString().contains("SHA-256 fingerprint");
        assertThatThrownBy(() -> MonitorSettings.defaults().withCertificateAccepted("ab:cd"))
                .hasMessage("An accepted printer certificate must be a SHA-256 fingerprint: 64 hex digits.");
        assertThat(MonitorSettings.normalisedFingerprint(null)).isNull();
    }

    @Test
    void theDialogModelCarriesTheMdnsSwitchAndForgetsCertificatesOnlyWhenAsked() {
        AppSettings base = AppSettings.defaults().withMonitor(MonitorSettings.defaults().withCertificateAccepted(SHA));
        SettingsViewModel vm = new SettingsViewModel(base, FakeInterfaces.twoNics());
        assertThat(vm.mdnsProperty().get()).isTrue();
        assertThat(vm.certificates()).containsExactly(SHA);
        assertThat(vm.apply(base).monitor().ippCertificates()).containsExactly(SHA); // kept through the dialog
        vm.mdnsProperty().set(false);
        assertThat(vm.apply(base).monitor().mdns()).isFalse();
        vm.forgetCertificates();
        assertThat(vm.apply(base).monitor().ippCertificates()).isEmpty();
    }
}
