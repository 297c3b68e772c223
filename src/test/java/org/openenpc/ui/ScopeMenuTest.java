package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openenpc.discovery.InterfaceAddress4;
import org.openenpc.discovery.InterfaceInfo;
import org.openenpc.discovery.InterfaceSource;
import org.openenpc.discovery.Ipv4;
import org.openenpc.ui.settings.AppSettings;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The scope picker's entries and what choosing them does to the settings (addresses parsed only, never sent to). */
@ExtendWith(ApplicationExtension.class)
class ScopeMenuTest {

    /** eth0 → 192.0.2.255, wlan0 → 198.51.100.255 (RFC 5737), lo (no entry: loopback has no LAN broadcast). */
    private static final InterfaceSource TWO_NICS = () -> List.of(
            nic("eth0", false, "192.0.2.20", 24), nic("wlan0", false, "198.51.100.7", 24), nic("lo", true, "127.0.0.1", 8));

    private static InterfaceInfo nic(String name, boolean loopback, String address, int prefix) {
        return new InterfaceInfo(name, name + " adapter", true, loopback,
                List.of(new InterfaceAddress4(Ipv4.parseIPv4(address), prefix, null)));
    }

    @Test
    void allInterfacesChecksAndLocksEachInterfaceAndUncheckingItKeepsTheList() throws Exception {
        AtomicReference<AppSettings> changed = new AtomicReference<>();
        AtomicInteger custom = new AtomicInteger();
        List<MenuItem> items = WaitForAsyncUtils.asyncFx(() -> ScopeMenu.items(AppSettings.defaults(), TWO_NICS, null,
                changed::set, custom::incrementAndGet)).get();
        assertThat(items).extracting(MenuItem::getText).containsExactly("All interfaces", "eth0  192.0.2.255  · ENPC, mDNS",
                "wlan0  198.51.100.255  · ENPC, mDNS", null, "Browse mDNS on these interfaces", null, "Custom ranges…");
        assertThat(items.get(3)).isInstanceOf(SeparatorMenuItem.class);
        for (int i = 0; i < 3; i++) {
            assertThat(((CheckMenuItem) items.get(i)).isSelected()).isTrue();
        }
        assertThat(items.get(1).isDisable()).isTrue();

        WaitForAsyncUtils.asyncFx(() -> {
            ((CheckMenuItem) items.get(0)).setSelected(false);
            items.get(0).fire();
            items.get(6).fire();
        }).get();
        assertThat(changed.get().allInterfaces()).isFalse();
        assertThat(custom.get()).isEqualTo(1);
    }

    @Test
    void checkingAnInterfaceAddsItAndUncheckingRemovesIt() throws Exception {
        AppSettings eth0Only = AppSettings.defaults().withInterfaces(false, List.of("eth0"));
        AtomicReference<AppSettings> changed = new AtomicReference<>();
        List<MenuItem> items = WaitForAsyncUtils.asyncFx(() -> ScopeMenu.items(eth0Only, TWO_NICS, null, changed::set,
                () -> { })).get();
        CheckMenuItem eth0 = (CheckMenuItem) items.get(1);
        CheckMenuItem wlan0 = (CheckMenuItem) items.get(2);
        assertThat(eth0.isSelected()).isTrue();
        assertThat(wlan0.isSelected()).isFalse();
        assertThat(wlan0.isDisable()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> {
            wlan0.setSelected(true);
            wlan0.fire();
        }).get();
        assertThat(changed.get().interfaces()).containsExactly("eth0", "wlan0");
        assertThat(changed.get().allInterfaces()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> {
            eth0.setSelected(false);
            eth0.fire();
        }).get();
        assertThat(changed.get().interfaces()).isEmpty();
    }

    @Test
    void theMdnsItemTurnsBrowsingOffAndTheInterfacesThenSayEnpcOnly() throws Exception {
        AtomicReference<AppSettings> changed = new AtomicReference<>();
        List<MenuItem> items = WaitForAsyncUtils.asyncFx(() -> ScopeMenu.items(AppSettings.defaults(), TWO_NICS, null,
                changed::set, () -> { })).get();
        CheckMenuItem mdns = (CheckMenuItem) items.get(4);
        assertThat(mdns.getId()).isEqualTo("scopeMdnsItem");
        assertThat(mdns.isSelected()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> {
            mdns.setSelected(false);
            mdns.fire();
        }).get();
        assertThat(changed.get().monitor().mdns()).isFalse();
        assertThat(changed.get().allInterfaces()).isTrue(); // nothing else changed
        assertThat(changed.get().withMonitor(AppSettings.defaults().monitor())).isEqualTo(AppSettings.defaults());

        List<MenuItem> off = WaitForAsyncUtils.asyncFx(() -> ScopeMenu.items(changed.get(), TWO_NICS, null,
                x -> { }, () -> { })).get();
        assertThat(off).extracting(MenuItem::getText).containsExactly("All interfaces", "eth0  192.0.2.255  · ENPC",
                "wlan0  198.51.100.255  · ENPC", null, "Browse mDNS on these interfaces", null, "Custom ranges…");
        assertThat(((CheckMenuItem) off.get(4)).isSelected()).isFalse();
    }
}
