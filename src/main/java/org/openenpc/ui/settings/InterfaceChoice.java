package org.openenpc.ui.settings;

import javafx.beans.property.BooleanProperty;
import org.openenpc.ui.Messages;

/**
 * One row of the interface list in the settings dialog: a local interface, its IPv4 address(es)
 * and broadcast(s) (comma-separated when it has several subnets), and whether the user ticked
 * it. The texts are fixed; only {@code selected} changes. Used on the FX thread.
 *
 * @param name        system name such as {@code eth0}, what {@link AppSettings} stores
 * @param displayName human name of the adapter
 * @param address     address(es) with prefix, e.g. {@code 192.0.2.20/24}
 * @param broadcast   directed broadcast(s), e.g. {@code 192.0.2.255}
 * @param selected    whether the interface's broadcast is used
 */
public record InterfaceChoice(String name, String displayName, String address, String broadcast,
        BooleanProperty selected) {

    /** List-cell text, e.g. {@code eth0 — 192.0.2.20/24 → 192.0.2.255}. */
    @Override
    public String toString() {
        return Messages.format("settings.interfaces.row", name, address, broadcast);
    }
}
