package org.openenpc.discovery;

import java.time.Instant;

import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;

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

    /**
     * One human sentence for a text line, e.g. "127.0.1.5 ET-2850 Series: errors: none → Paper jam".
     * The model, the item and both values come from the device (a supply name, an alert text), so each
     * passes {@link SafeText}: the line holds no control character and no bidi override. The record's
     * components stay exact, for JSON.
     */
    public String describe() {
        String model = SafeText.escape(printer.model());
        String who = printer.ip() + (model.isEmpty() ? "" : " " + model);
        String was = SafeText.escape(before);
        String now = SafeText.escape(after);
        return switch (type) {
            case NEW -> who + ": new printer" + (now.isEmpty() ? "" : " (" + now + ")");
            case OFFLINE -> who + ": offline since " + now;
            case ONLINE -> who + ": back online" + (was.isEmpty() ? "" : " (offline since " + was + ")");
            case STATUS, SUPPLY -> who + ": " + SafeText.escape(what) + ": " + (was.isEmpty() ? "—" : was) + " → "
                    + (now.isEmpty() ? "—" : now);
        };
    }
}
