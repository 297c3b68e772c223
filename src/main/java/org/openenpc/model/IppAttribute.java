package org.openenpc.model;

import java.util.List;

/**
 * One attribute of an IPP reply as received, for the detail pane's raw view and the JSON export. Immutable.
 *
 * @param group  the attribute group's tag name, e.g. "printer-attributes"
 * @param name   the attribute's name, exact (a hostile printer may send any bytes: sanitise before showing)
 * @param syntax the value tag's name, e.g. "keyword", "integer", "octetString", "textWithoutLanguage"
 * @param values each value as text: strings exact, integers and enums in decimal, ranges "a-b", resolutions
 *               "600x600dpi", dates ISO-8601, octet strings that are not printable ASCII as lower-case spaced hex
 */
public record IppAttribute(String group, String name, String syntax, List<String> values) {

    public IppAttribute {
        values = List.copyOf(values);
    }
}
