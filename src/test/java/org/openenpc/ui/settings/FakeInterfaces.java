package org.openenpc.ui.settings;

import java.util.List;
import org.openenpc.discovery.InterfaceAddress4;
import org.openenpc.discovery.InterfaceInfo;
import org.openenpc.discovery.InterfaceSource;
import org.openenpc.discovery.Ipv4;

/** A fake machine for tests: documentation addresses (RFC 5737), parsed only, never sent to. */
final class FakeInterfaces {
    private FakeInterfaces() {
    }

    /** eth0 192.0.2.20/24 → 192.0.2.255, wlan0 198.51.100.7/24 → 198.51.100.255, lo. */
    static InterfaceSource twoNics() {
        return () -> List.of(
                nic("eth0", false, "192.0.2.20", 24),
                nic("wlan0", false, "198.51.100.7", 24),
                nic("lo", true, "127.0.0.1", 8));
    }

    private static InterfaceInfo nic(String name, boolean loopback, String address, int prefix) {
        return new InterfaceInfo(name, name + " adapter", true, loopback,
                List.of(new InterfaceAddress4(Ipv4.parseIPv4(address), prefix, null)));
    }
}
