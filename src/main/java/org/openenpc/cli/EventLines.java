package org.openenpc.cli;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;
import org.openenpc.monitor.ItemChange;
import org.openenpc.monitor.MonitorEvent;
import org.openenpc.monitor.PrinterDiff;

/**
 * {@code watch}'s lines for one {@link MonitorEvent}: a changed device gives one line per value that
 * changed. Text lines pass what the device sent through {@link SafeText} (no control character, no bidi
 * override reaches the terminal); JSON lines hold the exact strings, JSON's escaping keeps them on one
 * line. Stateless; any thread.
 */
final class EventLines {

    private static final ObjectMapper JSON = org.openenpc.export.JsonEscapes.apply(new ObjectMapper());

    private EventLines() {
    }

    /** Text lines: the time and one sentence each, e.g. "… 127.0.1.5 ET-2850 Series: errors: none → Paper jam". */
    static List<String> text(MonitorEvent e) {
        String at = e.at().truncatedTo(ChronoUnit.SECONDS) + "  ";
        String model = SafeText.escape(e.printer().model());
        String who = e.printer().ip() + (model.isEmpty() ? "" : " " + model);
        List<String> out = new ArrayList<>();
        if (e instanceof MonitorEvent.Found f) {
            String now = SafeText.escape(PrinterDiff.describe(f.printer()));
            out.add(at + who + ": new printer" + (now.isEmpty() ? "" : " (" + now + ")"));
        } else if (e instanceof MonitorEvent.Offline o) {
            out.add(at + who + ": offline since " + o.since());
        } else if (e instanceof MonitorEvent.Online o) {
            out.add(at + who + ": back online (offline since " + o.offlineSince() + ")");
        } else if (e instanceof MonitorEvent.Moved m) {
            out.add(at + who + ": moved from " + m.fromIp());
        } else if (e instanceof MonitorEvent.Changed c) {
            for (ItemChange i : c.items()) {
                String was = SafeText.escape(i.before());
                String now = SafeText.escape(i.after());
                out.add(at + who + ": " + SafeText.escape(i.what()) + ": " + (was.isEmpty() ? "—" : was) + " → "
                        + (now.isEmpty() ? "—" : now));
            }
        }
        return out;
    }

    /** JSON lines, each with a "type": new, status, supply, offline, online, moved. */
    static List<String> json(MonitorEvent e) throws JsonProcessingException {
        List<String> out = new ArrayList<>();
        if (e instanceof MonitorEvent.Found f) {
            out.add(line("new", e, Map.of("summary", PrinterDiff.describe(f.printer()))));
        } else if (e instanceof MonitorEvent.Offline o) {
            out.add(line("offline", e, Map.of("since", o.since().toString())));
        } else if (e instanceof MonitorEvent.Online o) {
            out.add(line("online", e, Map.of("offlineSince", o.offlineSince().toString())));
        } else if (e instanceof MonitorEvent.Moved m) {
            out.add(line("moved", e, Map.of("from", m.fromIp())));
        } else if (e instanceof MonitorEvent.Changed c) {
            for (ItemChange i : c.items()) {
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("what", i.what());
                extra.put("before", i.before());
                extra.put("after", i.after());
                out.add(line(i.item().isSupply() ? "supply" : "status", e, extra));
            }
        }
        return out;
    }

    private static String line(String type, MonitorEvent e, Map<String, ?> extra) throws JsonProcessingException {
        Printer p = e.printer();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("at", e.at().toString());
        m.put("ip", p.ip());
        m.put("mac", p.macText());
        m.put("model", p.model());
        m.putAll(extra);
        m.put("lastSeen", p.lastSeen().toString());
        return JSON.writeValueAsString(m);
    }
}
