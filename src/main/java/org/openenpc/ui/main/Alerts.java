package org.openenpc.ui.main;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openenpc.ui.PrinterHealth;
import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.Supply;
import org.openenpc.ui.Messages;

/**
 * What became worse between two snapshots of one printer, as sentences for a notification: an
 * SNMP error that was not there before, a consumable that fell to or below the threshold. Only
 * transitions count, so a printer that stays in error is announced once. Without an earlier SNMP
 * view there is no transition (the first read of a printer announces nothing). Pure; any thread.
 */
public final class Alerts {

    private Alerts() {
    }

    /** One sentence per new problem of {@code after} compared with {@code before}. */
    public static List<String> between(Printer before, Printer after, int threshold) {
        List<String> out = new ArrayList<>();
        if (before == null || before.snmp() == null || after.snmp() == null) {
            return out;
        }
        // Notification text: device text escaped like every other output.
        String who = after.model().isEmpty() ? after.ip() : SafeText.escape(after.model());
        Set<String> hadErrors = new HashSet<>();
        for (SnmpCondition c : before.snmp().conditions()) {
            if (c.severity() == SnmpCondition.Severity.ERROR) {
                hadErrors.add(c.key());
            }
        }
        for (SnmpCondition c : after.snmp().conditions()) {
            if (c.severity() == SnmpCondition.Severity.ERROR && !hadErrors.contains(c.key())) {
                out.add(Messages.format("main.monitor.error", who, after.ip(), SafeText.escape(c.text())));
            }
        }
        List<Supply> was = before.snmp().supplies();
        List<Supply> now = after.snmp().supplies();
        for (int i = 0; i < now.size(); i++) {
            Supply s = now.get(i);
            Supply earlier = i < was.size() && was.get(i).name().equals(s.name()) ? was.get(i) : null;
            if (PrinterHealth.lowConsumable(s, threshold) && (earlier == null || !PrinterHealth.lowConsumable(earlier, threshold))) {
                String name = SafeText.escape(s.name());
                out.add(s.percent() == null ? Messages.format("main.monitor.empty", who, after.ip(), name)
                        : Messages.format("main.monitor.low", who, after.ip(), name, String.valueOf(s.percent())));
            }
        }
        return out;
    }
}
