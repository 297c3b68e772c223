package org.openenpc.ui.detail;

import org.openenpc.model.SafeText;
import org.openenpc.model.Supply;
import org.openenpc.ui.Messages;

/**
 * One supply bar of the detail pane. Immutable.
 *
 * @param name    what the printer calls it, e.g. "Cyan ink", made safe to show ({@link SafeText})
 * @param colour  the model's colour name ("" when none)
 * @param percent 0–100, or null when the level is unknown (drawn as unknown, never as 0 or 100)
 * @param text    the level in words: "72 %", "72 % (low)" or "Level unknown (level not reported)"
 * @param low     at or below the low-supply threshold, or empty
 */
public record SupplyLevel(String name, String colour, Integer percent, String text, boolean low) {

    static SupplyLevel of(Supply s, int threshold) {
        boolean low = s.isLow(threshold);
        String text;
        if (s.percent() == null) {
            text = s.state().isEmpty() || "unknown".equals(s.state()) ? Messages.get("detail.supply.unknown")
                    : Messages.format("detail.supply.unknownWhy", s.state());
        } else {
            text = Messages.format(low ? "detail.supply.percentLow" : "detail.supply.percent", String.valueOf(s.percent()));
        }
        String name = s.name().isEmpty() ? Messages.get("detail.supply.unnamed") : s.name();
        return new SupplyLevel(SafeText.escape(name), s.colour(), s.percent(), SafeText.escape(text), low);
    }
}
