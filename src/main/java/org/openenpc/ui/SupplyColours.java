package org.openenpc.ui;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javafx.css.PseudoClass;

/**
 * The colour of a supply bar as a CSS pseudo-class (":black", ":cyan", ":light-magenta", …, ":other"
 * for a supply without a known colour, ":unknown" for an unknown level), shared by the table's mini
 * bars and the detail pane. Pseudo-classes rather than style classes: switching one does not make
 * JavaFX rebuild the node's whole style. The colours themselves are in app.css. Any thread.
 */
public final class SupplyColours {

    /** The colours app.css defines; anything else is drawn as {@link #OTHER}. */
    public static final java.util.Set<String> KNOWN = java.util.Set.of("black", "photo-black", "matte-black", "cyan",
            "magenta", "yellow", "light-cyan", "light-magenta", "grey", "gray", "light-grey", "red", "blue", "green",
            "orange", "violet");
    public static final PseudoClass OTHER = PseudoClass.getPseudoClass("other");
    public static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");
    public static final PseudoClass LOW = PseudoClass.getPseudoClass("low");
    private static final Map<String, PseudoClass> CACHE = new ConcurrentHashMap<>();

    private SupplyColours() {
    }

    /** The pseudo-class of a colour name as the model gives it ("light magenta" → ":light-magenta"). */
    public static PseudoClass of(String colour) {
        String name = colour == null ? "" : colour.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        if (!KNOWN.contains(name)) {
            return OTHER;
        }
        return CACHE.computeIfAbsent(name, PseudoClass::getPseudoClass);
    }
}
