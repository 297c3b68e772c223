package org.openenpc.ui.detail;

/**
 * One labelled identity value of the detail pane, e.g. ("MAC", "00:26:ab:01:02:03"). Immutable.
 *
 * @param label what the value is, from the messages bundle
 * @param value the value as shown; never null ("—" when the device did not report it)
 */
public record Row(String label, String value) {
}
