package org.openenpc.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.openenpc.discovery.InterfaceBroadcast;
import org.openenpc.discovery.InterfaceBroadcasts;
import org.openenpc.discovery.InterfaceSource;
import org.openenpc.discovery.Ipv4;
import org.openenpc.ui.demo.DemoMode;
import org.openenpc.ui.settings.AppSettings;

/**
 * The toolbar's scope picker: "all interfaces", each interface with its broadcast address (checkable),
 * and "Custom ranges…"; in demo mode one fixed entry for the simulator. Built afresh each time the
 * menu opens, from the settings of that moment. FX thread.
 */
final class ScopeMenu {
    private ScopeMenu() {
    }

    /**
     * @param changed receives the settings with the new interface choice
     * @param custom  opens the settings at the ranges field
     */
    static List<MenuItem> items(AppSettings settings, InterfaceSource interfaces, DemoMode demo,
                                Consumer<AppSettings> changed, Runnable custom) {
        List<MenuItem> items = new ArrayList<>();
        if (demo != null) {
            // Without waiting for the demo printers: the menu is built again each time it opens.
            CheckMenuItem d = new CheckMenuItem(Messages.format("main.scope.demo", demo.scopeText()));
            d.setSelected(true);
            d.setDisable(true);
            items.add(d);
            return items;
        }
        CheckMenuItem all = new CheckMenuItem(Messages.get("main.scope.allInterfaces"));
        all.setSelected(settings.allInterfaces());
        all.setOnAction(e -> changed.accept(settings.withInterfaces(all.isSelected(), settings.interfaces())));
        items.add(all);
        for (InterfaceBroadcast ib : InterfaceBroadcasts.compute(interfaces)) {
            boolean mdns = settings.monitor().mdns();
            CheckMenuItem item = new CheckMenuItem(Messages.format(mdns ? "main.scope.interface"
                    : "main.scope.interfaceEnpc", ib.interfaceName(),
                    Ipv4.toDotted(ib.broadcast())));
            item.setSelected(settings.allInterfaces() || settings.interfaces().contains(ib.interfaceName()));
            item.setDisable(settings.allInterfaces());
            item.setOnAction(e -> changed.accept(toggled(settings, ib.interfaceName(), item.isSelected())));
            items.add(item);
        }
        CheckMenuItem mdns = new CheckMenuItem(Messages.get("main.scope.mdns"));
        mdns.setId("scopeMdnsItem");
        mdns.setSelected(settings.monitor().mdns());
        mdns.setOnAction(e -> changed.accept(settings.withMonitor(settings.monitor().withMdns(mdns.isSelected()))));
        items.add(new SeparatorMenuItem());
        items.add(mdns);
        items.add(new SeparatorMenuItem());
        MenuItem customItem = new MenuItem(Messages.get("main.scope.custom"));
        customItem.setOnAction(e -> custom.run());
        items.add(customItem);
        return items;
    }

    private static AppSettings toggled(AppSettings settings, String name, boolean on) {
        List<String> names = new ArrayList<>(settings.interfaces());
        names.remove(name);
        if (on) {
            names.add(name);
        }
        return settings.withInterfaces(false, names);
    }
}
