package org.openenpc.ui.detail;

import java.util.List;

import org.openenpc.model.IppAttribute;
import org.openenpc.model.SafeText;
import org.openenpc.ui.Messages;

/**
 * Every attribute of a printer's IPP reply as copyable plain text, one line each, {@code name (syntax): values},
 * under a line per attribute group. Names, syntaxes and values come from the device and pass through
 * {@link SafeText}, so a hostile printer's control characters or bidi overrides are shown escaped. Pure; any thread.
 */
final class IppRawText {
    private static final String INDENT = "  ";

    private IppRawText() {
    }

    static String of(List<IppAttribute> attributes) {
        if (attributes.isEmpty()) {
            return Messages.get("detail.ipp.raw.none") + "\n";
        }
        StringBuilder sb = new StringBuilder();
        String group = null;
        for (IppAttribute a : attributes) {
            if (!a.group().equals(group)) {
                group = a.group();
                sb.append(SafeText.escape(group)).append('\n');
            }
            sb.append(INDENT).append(SafeText.escape(a.name())).append(" (").append(SafeText.escape(a.syntax()))
                    .append("): ");
            for (int i = 0; i < a.values().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(SafeText.escape(a.values().get(i)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
