package org.openenpc.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.hp.jipp.model.PrinterState;

/**
 * The IPP status of a simulated printer, derived from its {@link SimState} as the SNMP side derives
 * hrPrinterDetectedErrorState ({@link HrStatus}) and the alert table ({@link AlertTable}), so both
 * protocols tell the same story. printer-state-reasons keywords are RFC 8011 §5.4.12's with the
 * severity suffixes of §5.4.12 ("-error" stops the printer, "-warning" does not, "-report" informs);
 * "offline-report" is CUPS's keyword for a printer that is offline. Pure; any thread.
 *
 * <p>What maps to what: paper out → media-empty-error; paper jam → media-jam-error; cover open →
 * cover-open-error; ink out → marker-supply-empty-error (toner-empty-error on a toner profile);
 * waste receptacle full → marker-waste-full-error; offline → offline-report; paper near end →
 * media-low-warning; a consumable at or below {@link HrStatus#LOW_PERCENT}% → marker-supply-low-warning
 * (toner-low-warning). The ESC/POS autocutter and (un)recoverable error bits have no IPP reason, as
 * they have no SNMP one. printer-state: stopped while any error or offline blocks printing,
 * processing while pages are being printed (a page within {@link #PROCESSING_WINDOW_NANOS}), else idle.
 */
final class IppStatus {

    /** A printer that printed a page this recently is "processing" (PrintTicker prints at most one page per 10 ms). */
    static final long PROCESSING_WINDOW_NANOS = 5_000_000_000L;

    private IppStatus() {
    }

    static PrinterState state(SimulatedPrinter p, SimState s) {
        if (s.blocked()) {
            return PrinterState.stopped;
        }
        return p.printedWithin(PROCESSING_WINDOW_NANOS) ? PrinterState.processing : PrinterState.idle;
    }

    /** The printer-state-reasons keywords, errors first; "none" when nothing is wrong. */
    static List<String> reasons(SimState s, SnmpProfile profile) {
        List<String> out = new ArrayList<>();
        Set<SimError> errors = s.errors();
        for (SimError e : errors) {
            out.add(switch (e) {
                case PAPER_OUT -> "media-empty-error";
                case PAPER_JAM -> "media-jam-error";
                case COVER_OPEN -> "cover-open-error";
                case INK_OUT -> profile.toner() ? "toner-empty-error" : "marker-supply-empty-error";
                case WASTE_INK_FULL -> "marker-waste-full-error";
            });
        }
        if (s.status().offline()) {
            out.add("offline-report");
        }
        if (s.status().paperNearEnd() && !s.status().paperEnd()) {
            out.add("media-low-warning");
        }
        if (HrStatus.lowSupplyIndex(s, profile) >= 0) {
            out.add(profile.toner() ? "toner-low-warning" : "marker-supply-low-warning");
        }
        if (out.isEmpty()) {
            out.add("none");
        }
        return out;
    }

    /** printer-state-message: "Ready", "Printing", or the conditions in force, e.g. "Paper jam; Cover open". */
    static String message(SimulatedPrinter p, SimState s, SnmpProfile profile) {
        List<AlertTable.Alert> alerts = AlertTable.rows(s, profile);
        if (!alerts.isEmpty()) {
            return String.join("; ", alerts.stream().map(AlertTable.Alert::description).toList());
        }
        return state(p, s) == PrinterState.processing ? "Printing" : "Ready";
    }
}
