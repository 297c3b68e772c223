package org.openenpc.ui.detail;

import org.openenpc.model.SafeText;

/**
 * One labelled identity value of the detail pane, e.g. ("MAC", "00:26:ab:01:02:03"). Immutable.
 *
 * @param label what the value is, from the messages bundle
 * @param value the value as shown; never null ("—" when the device did not report it). Made safe on
 *              construction ({@link SafeText}): values come from the device, and a control character
 *              or bidi override must not reach the pane's fields nor the copied text
 */
public record Row(String label, String value) {

    public Row {
        value = SafeText.escape(value);
    }
}
