package org.openenpc.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openenpc.discovery.ScopeException;
import org.openenpc.discovery.TargetSpec;

// Plain unit tests: javafx.beans works without a toolkit. Addresses are parsed only.
class SettingsViewModelTest {

    private static SettingsViewModel model(AppSettings initial) {
        return new SettingsViewModel(initial, FakeInterfaces.twoNics());
    }

    @Test
    void startsFromTheSettingsAndIsValid() {
        AppSettings initial = AppSettings.defaults().withInterfaces(false, List.of("wlan0"))
                .withRanges(List.of("127.0.1.0/24", "127.0.2.1-9")).withBroadcasts(List.of("203.0.113.255"));
        SettingsViewModel vm = model(initial);
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.rangesTextProperty().get()).isEqualTo("127.0.1.0/24\n127.0.2.1-9");
        assertThat(vm.broadcastsTextProperty().get()).isEqualTo("203.0.113.255");
        assertThat(vm.portTextProperty().get()).isEqualTo("3289");
        assertThat(vm.interfaces()).extracting(InterfaceChoice::name, InterfaceChoice::address,
                        InterfaceChoice::broadcast, c -> c.selected().get())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("eth0", "192.0.2.20/24", "192.0.2.255", false),
                        org.assertj.core.groups.Tuple.tuple("wlan0", "198.51.100.7/24", "198.51.100.255", true));
        assertThat(vm.apply(initial)).isEqualTo(initial);
    }

    @Test
    void theInventorySettingsAreCheckedAndKeptAndRoundTripThroughTheFile() throws Exception {
        SettingsViewModel vm = model(AppSettings.defaults());
        assertThat(vm.databaseTextProperty().get()).isEmpty();
        assertThat(vm.keepDaysTextProperty().get()).isEqualTo("400");
        vm.keepDaysTextProperty().set("0");
        assertThat(vm.keepDaysErrorProperty().get()).isEqualTo("Keep history for 1 to 36500 days.");
        assertThat(vm.validProperty().get()).isFalse();
        vm.keepDaysTextProperty().set("30");
        vm.databaseTextProperty().set("jdbc:postgresql://127.0.0.1/inv?user=oe&password=secret");
        assertThat(vm.databaseErrorProperty().get()).contains("must not hold a password").contains("OPENENPC_DB_PASSWORD");
        assertThat(vm.validProperty().get()).isFalse();
        vm.databaseTextProperty().set(" jdbc:postgresql://127.0.0.1/inv?user=oe ");
        assertThat(vm.validProperty().get()).isTrue();
        AppSettings applied = vm.apply(AppSettings.defaults());
        assertThat(applied.history()).isEqualTo(new HistorySettings("jdbc:postgresql://127.0.0.1/inv?user=oe", 30));

        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("oe-settings").resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.save(applied);
        assertThat(store.load().settings().history()).isEqualTo(applied.history());
        assertThat(java.nio.file.Files.readString(file)).doesNotContain("password");
    }

    @Test
    void aBadRangeShowsTheEngineSentenceAndFixingItClearsIt() {
        SettingsViewModel vm = model(AppSettings.defaults());
        vm.rangesTextProperty().set("127.0.1.0/24,\n127.0.0.300/24");
        String engine = engineMessage("127.0.0.300/24");
        assertThat(vm.rangesErrorProperty().get()).isEqualTo(engine).contains("127.0.0.300/24");
        assertThat(vm.validProperty().get()).isFalse();
        assertThatThrownBy(() -> vm.apply(AppSettings.defaults()))
                .isInstanceOf(IllegalStateException.class);

        vm.rangesTextProperty().set("127.0.1.0/24,\n127.0.0.30/24\n");
        assertThat(vm.rangesErrorProperty().get()).isEmpty();
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.apply(AppSettings.defaults()).ranges())
                .containsExactly("127.0.1.0/24", "127.0.0.30/24");
    }

    @Test
    void aHugeRangeIsRefusedWithTheEngineLimitSentence() {
        SettingsViewModel vm = model(AppSettings.defaults());
        vm.rangesTextProperty().set("203.0.0.0/8");
        assertThat(vm.rangesErrorProperty().get()).startsWith("Scope of 16,777,214 addresses");
        assertThat(SettingsDialog.rangeError("203.0.0.0/8")).isPresent();
        assertThat(SettingsDialog.rangeError("  ")).isEmpty();
        assertThat(SettingsDialog.rangeError("192.0.2.0/24, 198.51.100.1-20")).isEmpty();
    }

    @Test
    void badNumbersSayWhatIsAllowed() {
        SettingsViewModel vm = model(AppSettings.defaults());
        for (String bad : List.of("", "0", "65536", "12x", "-1", "3.5", "99999999999999999999")) {
            vm.portTextProperty().set(bad);
            assertThat(vm.portErrorProperty().get())
                    .isEqualTo("Port must be a whole number from 1 to 65535.");
            assertThat(vm.isValid()).isFalse();
        }
        vm.portTextProperty().set(" 23289 ");
        assertThat(vm.portErrorProperty().get()).isEmpty();
        vm.timeoutTextProperty().set("10");
        assertThat(vm.timeoutErrorProperty().get()).contains("from 50 to 60000");
        vm.timeoutTextProperty().set("900");
        vm.retriesTextProperty().set("21");
        assertThat(vm.retriesErrorProperty().get()).contains("from 0 to 20");
        vm.retriesTextProperty().set("0");
        vm.rateTextProperty().set("0");
        assertThat(vm.rateErrorProperty().get()).contains("from 1 to 1000000");
        vm.rateTextProperty().set("1000000");
        assertThat(vm.isValid()).isTrue();
        AppSettings applied = vm.apply(AppSettings.defaults());
        assertThat(applied.port()).isEqualTo(23289);
        assertThat(applied.timeoutMs()).isEqualTo(900);
        assertThat(applied.retries()).isZero();
        assertThat(applied.rate()).isEqualTo(1_000_000);
    }

    @Test
    void badBroadcastShowsTheEngineSentence() {
        SettingsViewModel vm = model(AppSettings.defaults());
        vm.broadcastsTextProperty().set("192.0.2.255, printer.local");
        assertThat(vm.broadcastsErrorProperty().get()).contains("printer.local");
        assertThat(vm.isValid()).isFalse();
        vm.broadcastsTextProperty().set("192.0.2.255, 198.51.100.255,");
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.apply(AppSettings.defaults()).broadcasts())
                .containsExactly("192.0.2.255", "198.51.100.255");
    }

    @Test
    void interfaceTicksAndNothingToScan() {
        AppSettings initial = AppSettings.defaults().withInterfaces(false, List.of("eth0", "unplugged0"));
        SettingsViewModel vm = model(initial);
        vm.interfaces().get(0).selected().set(false);
        assertThat(vm.scopeErrorProperty().get()).startsWith("Nothing to scan");
        assertThat(vm.isValid()).isFalse();
        vm.interfaces().get(1).selected().set(true);
        assertThat(vm.isValid()).isTrue();
        // The unplugged adapter's tick survives a round trip through the dialog.
        assertThat(vm.apply(initial).interfaces()).containsExactly("wlan0", "unplugged0");
        vm.interfaces().get(1).selected().set(false);
        vm.allInterfacesProperty().set(true);
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.apply(initial).allInterfaces()).isTrue();
    }

    @Test
    void allInterfacesStartsWithEveryRowTicked() {
        SettingsViewModel vm = model(AppSettings.defaults());
        assertThat(vm.interfaces()).allMatch(c -> c.selected().get());
        assertThat(vm.allInterfacesProperty().get()).isTrue();
    }

    private static String engineMessage(String token) {
        try {
            TargetSpec.parse(token);
        } catch (ScopeException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected " + token + " to be refused");
    }
}
