package org.openenpc.ui.detail;

import org.openenpc.model.SafeText;
import org.openenpc.model.Supply;
import org.openenpc.ui.Messages;

/**
 * One supply bar of the detail pane. Immutable.
 *
 * @param name       what the printer calls it, e.g. "Cyan ink", made safe to show ({@link SafeText})
 * @param colour     the model's colour name ("" when none)
 * @param percent    0–100, or null when the level is unknown (drawn as unknown, never as 0 or 100)
 * @param text       the level in words: "72 %", "72 % (low)", "88 % space left" (a waste receptacle)
 *                   or "Level unknown (level not reported)"
 * @param low        at or below the low-supply threshold, or empty
 * @param source     where the level came from, as a short label: "ST2", "Printer-MIB"
 * @param sourceHint that source in a sentence, for the label's tooltip ("" when the source is not known)
 */
public record SupplyLevel(String name, String colour, Integer percent, String text, boolean low, String source,
                          String sourceHint) {

    static SupplyLevel of(Supply s, int threshold) {
        boolean low = s.isLow(threshold);
        String text;
        if (s.percent() == null) {
            text = s.state().isEmpty() || "unknown".equals(s.state()) ? Messages.get("detail.supply.unknown")
                    : Messages.format("detail.supply.unknownWhy", s.state());
        } else if (s.kind() == Supply.Kind.WASTE) {
            text = Messages.format("detail.supply.percentSpace", String.valueOf(s.percent()));
        } else {
            text = Messages.format(low ? "detail.supply.percentLow" : "detail.supply.percent",
                    String.valueOf(s.percent()));
        }
        String name = s.name().isEmpty() ? Messages.get("detail.supply.unnamed") : s.name();
        String source = s.source() == null ? "" : s.source();
        return new SupplyLevel(SafeText.escape(name), s.colour(), s.percent(), SafeText.escape(text), low, source,
                sourceHint(source));
    }

    /** The tooltip sentence for a source; "" for one OpenENPC does not read. */
    static String sourceHint(String source) {
        return switch (source) {
            case "ST2" -> Messages.get("detail.supply.source.st2");
            case "Printer-MIB" -> Messages.get("detail.supply.source.printerMib");
            default -> "";
        };
    }
}
