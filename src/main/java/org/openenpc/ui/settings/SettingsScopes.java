package org.openenpc.ui.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openenpc.discovery.InterfaceBroadcast;
import org.openenpc.discovery.InterfaceBroadcasts;
import org.openenpc.discovery.InterfaceSource;
import org.openenpc.discovery.Ipv4;
import org.openenpc.discovery.ScanScope;
import org.openenpc.mdns.MdnsSettings;
import org.openenpc.ui.Messages;

/**
 * Turns {@link AppSettings} into the engine's {@link ScanScope} and into status-bar words. Kept
 * apart from the record so the record stays a plain value. Stateless; any thread, but it reads
 * the interfaces, so prefer a background thread when the source is the real system.
 */
final class SettingsScopes {

    private SettingsScopes() {
    }

    static ScanScope toScope(AppSettings settings, InterfaceSource source) {
        ScanScope.Builder builder = explicit(settings);
        if (settings.allInterfaces()) {
            // Resolved by the scope at scan time, so an adapter plugged in later is included.
            builder.includeInterfaceBroadcasts(true);
        } else {
            builder.includeInterfaceBroadcasts(false);
            selected(settings, source).forEach(b -> builder.addBroadcast(Ipv4.toInet(b.broadcast())));
        }
        if (settings.monitor().mdns() && usesInterfaces(settings, source)) {
            // DNS-SD on the interfaces in scope (the engine browses where the scope's broadcasts go), as the CLI
            // does for an interface scan; announced IPP printers are then read over IPP.
            builder.mdns(MdnsSettings.defaults());
        }
        return builder.build();
    }

    static String describe(AppSettings settings, InterfaceSource source) {
        toScope(settings, source); // same validation and the same sentences as a real scan
        List<InterfaceBroadcast> used = settings.allInterfaces()
                ? InterfaceBroadcasts.compute(source) : selected(settings, source);
        List<String> parts = new ArrayList<>();
        if (!used.isEmpty()) {
            parts.add(used.stream().map(b -> Messages.format("settings.scope.interface",
                    b.interfaceName(), Ipv4.toDotted(b.broadcast())))
                    .collect(Collectors.joining(", "))
                    + (settings.monitor().mdns() ? Messages.get("settings.scope.mdns") : ""));
        } else if (settings.allInterfaces()) {
            parts.add(Messages.get("settings.scope.noInterfaces"));
        }
        if (settings.broadcasts().isEmpty() && settings.ranges().isEmpty()) {
            return Messages.format("settings.scope.port", String.join(" + ", parts),
                    String.valueOf(settings.port()));
        }
        // The engine's describe() already says "broadcast …, ranges (n addresses), port p".
        parts.add(explicit(settings).includeInterfaceBroadcasts(false).build().describe());
        return String.join(" + ", parts);
    }

    /** Whether the scope broadcasts on interfaces (all, or some chosen): then it browses DNS-SD there too. */
    static boolean usesInterfaces(AppSettings settings, InterfaceSource source) {
        return settings.allInterfaces() || !selected(settings, source).isEmpty();
    }

    /** The broadcasts of the interfaces named in the settings, in the source's order. */
    static List<InterfaceBroadcast> selected(AppSettings settings, InterfaceSource source) {
        return InterfaceBroadcasts.compute(source).stream()
                .filter(b -> settings.interfaces().contains(b.interfaceName()))
                .toList();
    }

    /** Numbers, explicit broadcasts and ranges; parse errors surface here, unchanged. */
    private static ScanScope.Builder explicit(AppSettings settings) {
        ScanScope.Builder builder = ScanScope.builder().port(settings.port())
                .quietTimeout(Duration.ofMillis(settings.timeoutMs()))
                .retries(settings.retries()).rate(settings.rate())
                .snmp(settings.monitor().snmpSettings()) // null = SNMP off
                .ipp(settings.monitor().ippSettings());
        settings.broadcasts().forEach(builder::addBroadcast);
        settings.ranges().forEach(builder::addRange);
        return builder;
    }
}
