package org.openenpc.discovery;

import java.time.Instant;

import org.openenpc.model.Printer;

/**
 * One change a {@link Monitor} refresh found. Immutable; any thread.
 *
 * @param type     what kind of change
 * @param at       when the refresh that found it ended
 * @param printer  the device as now known (for {@link Type#OFFLINE}: as last seen)
 * @param what     the item that changed: "status", "snmp status", "errors", a supply name; "" for
 *                 new/offline/online
 * @param before   its value before ("" when new)
 * @param after    its value now
 */
public record MonitorEvent(Type type, Instant at, Printer printer, String what, String before, String after) {

    /** The kinds of change, with the names the JSON lines use. */
    public enum Type {
        NEW("new"), STATUS("status"), SUPPLY("supply"), OFFLINE("offline"), ONLINE("online");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        /** The lower-case name used in JSON ("new", "status", "supply", "offline", "online"). */
        public String json() {
            return json;
        }
    }

    /** One human sentence, e.g. "127.0.1.5 ET-2850 Series: errors: none → Paper jam". */
    public String describe() {
        String who = printer.ip() + (printer.model().isEmpty() ? "" : " " + printer.model());
        return switch (type) {
            case NEW -> who + ": new printer" + (after.isEmpty() ? "" : " (" + after + ")");
            case OFFLINE -> who + ": offline since " + after;
            case ONLINE -> who + ": back online" + (before.isEmpty() ? "" : " (offline since " + before + ")");
            case STATUS, SUPPLY -> who + ": " + what + ": " + (before.isEmpty() ? "—" : before) + " → "
                    + (after.isEmpty() ? "—" : after);
        };
    }
}
