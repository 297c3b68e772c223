package org.openenpc.ui.detail;

import org.openenpc.model.SafeText;

/**
 * One plain-language statement about a printer's state, with a one-line hint of what to do.
 * Immutable.
 *
 * @param severity how bad it is, for the coloured dot
 * @param text     what is the case, e.g. "Cover open"; an alert's text comes from the device, so it
 *                 is made safe on construction ({@link SafeText})
 * @param hint     what to do about it, e.g. "Close the printer cover."; never null
 */
public record StatusLine(Severity severity, String text, String hint) {

    public StatusLine {
        text = SafeText.escape(text);
    }

    /** How a status line is coloured: worst first. INFO is neither good nor bad, just reported. */
    public enum Severity { ERROR, WARNING, OK, INFO }
}
