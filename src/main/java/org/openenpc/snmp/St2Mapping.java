package org.openenpc.snmp;

import java.util.ArrayList;
import java.util.List;

import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpCondition.Severity;
import org.openenpc.model.Supply;

/**
 * Turns a decoded ST2 status into the model's conditions and supplies. Error codes with a stable key
 * ("cover-open", "paper-jam", "ink-out", "paper-out", "waste-ink-full") get it; others keep their code
 * ("st2-error-0xNN"). Ink levels that are state codes stay without a percentage and say why. Pure;
 * any thread.
 */
public final class St2Mapping {

    static final String SOURCE = "ST2";

    private St2Mapping() {
    }

    /** Errors from record 0x02, ink-low and other warnings from 0x04, a full maintenance box from 0x37. */
    public static List<SnmpCondition> conditions(St2Status s) {
        List<SnmpCondition> out = new ArrayList<>();
        for (int i = 0; i < s.errorCodes().size(); i++) {
            int code = s.errorCodes().get(i);
            out.add(new SnmpCondition(errorKey(code), sentence(s.errorTexts().get(i)), Severity.ERROR, SOURCE));
        }
        for (int i = 0; i < s.warningCodes().size(); i++) {
            int code = s.warningCodes().get(i);
            String key = St2Codes.isInkLowWarning(code) ? "ink-low" : "st2-warning-" + St2Codes.hex(code);
            out.add(new SnmpCondition(key, sentence(s.warningTexts().get(i)), Severity.WARNING, SOURCE));
        }
        for (St2Status.MaintenanceBox box : s.maintenanceBoxes()) {
            if (box.stateCode() == 2) {
                out.add(new SnmpCondition("waste-ink-full", "Maintenance box " + box.number() + " full",
                        Severity.ERROR, SOURCE));
            }
        }
        return out;
    }

    /** One supply per ink entry (a colorant), then one per maintenance box (waste), in the printer's order. */
    public static List<Supply> supplies(St2Status s) {
        List<Supply> out = new ArrayList<>();
        for (St2Status.InkLevel ink : s.inks()) {
            String state = ink.percent() != null ? (ink.percent() == 0 ? "empty" : "ok") : inkState(ink.raw());
            out.add(new Supply(sentence(ink.colour()) + " ink", ink.colour(), Supply.Kind.COLORANT, ink.percent(),
                    state, SOURCE));
        }
        for (St2Status.MaintenanceBox box : s.maintenanceBoxes()) {
            String state = switch (box.stateCode()) {
                case 0 -> "ok";
                case 1 -> "near full";
                case 2 -> "full";
                default -> "unknown";
            };
            out.add(new Supply("Maintenance box " + box.number(), "", Supply.Kind.WASTE, null, state, SOURCE));
        }
        return out;
    }

    /** The model's words for the level codes of PROTOCOL.md §4: 'i', 'n', 'w'/'r'. */
    static String inkState(int raw) {
        return switch (raw) {
            case 0x69 -> "level not reported";
            case 0x6E -> "missing";
            case 0x77, 0x72 -> "chip error";
            default -> "unknown";
        };
    }

    static String errorKey(int code) {
        return switch (code) {
            case 0x02 -> "cover-open";
            case 0x04 -> "paper-jam";
            case 0x05 -> "ink-out";
            case 0x06 -> "paper-out";
            case 0x10 -> "waste-ink-full";
            default -> "st2-error-" + St2Codes.hex(code);
        };
    }

    /** "cover open" → "Cover open". */
    static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
