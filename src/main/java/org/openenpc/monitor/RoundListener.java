package org.openenpc.monitor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanProgress;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.snmp.SnmpReadResult;

/**
 * Passes a round's scan events on to the front's listener (the GUI's batcher, or none) and keeps, per
 * address, the device's latest snapshot, the union of the registry's changed-field sets and whether it
 * answered (a reply or an SNMP answer moves its last-seen time; an unanswered SNMP read does not). All
 * methods run on the scan's thread, in order, as {@link ScanListener} promises; {@link #finished} hands
 * what was kept to the monitor before the front hears of the end, and the
 * finished round to the observers after.
 */
final class RoundListener implements ScanListener {

    /** What one address told during the round. */
    static final class Seen {
        Printer printer;
        final EnumSet<PrinterField> fields = EnumSet.noneOf(PrinterField.class);
        boolean answered;
    }

    private final ScanListener live;
    private final BiFunction<RoundListener, ScanSummary, MonitorRound> onEnd;
    private final Consumer<MonitorRound> publish;
    private final Map<String, Seen> byIp = new LinkedHashMap<>();
    private final List<Printer> removed = new ArrayList<>();

    /**
     * @param onEnd   works out the round from what was heard (the monitor's state changes here)
     * @param publish tells the observers and completes the round's future, after the front heard the end
     */
    RoundListener(ScanListener live, BiFunction<RoundListener, ScanSummary, MonitorRound> onEnd,
                  Consumer<MonitorRound> publish) {
        this.live = live;
        this.onEnd = onEnd;
        this.publish = publish;
    }

    @Override
    public void deviceAdded(Printer printer) {
        Seen s = seen(printer);
        s.fields.addAll(EnumSet.allOf(PrinterField.class));
        s.answered = true;
        live.deviceAdded(printer);
    }

    @Override
    public void deviceChanged(Printer printer, Set<PrinterField> changed) {
        Seen s = seen(printer);
        s.fields.addAll(changed);
        s.answered |= changed.contains(PrinterField.LAST_SEEN);
        live.deviceChanged(printer, changed);
    }

    @Override
    public void deviceRemoved(Printer printer) {
        Seen s = byIp.get(printer.ip());
        if (s != null && s.printer.key().equals(printer.key())) {
            byIp.remove(printer.ip());
        }
        removed.add(printer);
        live.deviceRemoved(printer);
    }

    @Override
    public void snmpRead(String ip, Printer printer, SnmpReadResult result) {
        live.snmpRead(ip, printer, result);
    }

    @Override
    public void ippRead(String ip, Printer printer, org.openenpc.ipp.IppReadResult result) {
        live.ippRead(ip, printer, result);
    }

    @Override
    public void progress(ScanProgress progress) {
        live.progress(progress);
    }

    @Override
    public void finished(ScanSummary summary) {
        MonitorRound round;
        try {
            round = onEnd.apply(this, summary);
        } finally {
            live.finished(summary);
        }
        publish.accept(round);
    }

    /** Per address, in the order first heard. */
    List<Seen> seen() {
        return List.copyOf(byIp.values());
    }

    /** Entries the registry dropped during the round (merged into another device, or displaced). */
    List<Printer> removed() {
        return List.copyOf(removed);
    }

    private Seen seen(Printer p) {
        Seen s = byIp.computeIfAbsent(p.ip(), k -> new Seen());
        s.printer = p;
        return s;
    }
}
