package org.openenpc.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible text of the desktop app, from {@code org/openenpc/ui/messages.properties}. A missing
 * key shows as {@code !key!} instead of failing, and a test checks that every key used exists.
 * Any thread.
 */
public final class Messages {

    public static final String BUNDLE = "org.openenpc.ui.messages";
    private static final ResourceBundle RESOURCES = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    /** The bundle itself. */
    public static ResourceBundle bundle() {
        return RESOURCES;
    }

    public static String get(String key) {
        try {
            return RESOURCES.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** {@link MessageFormat} with the given arguments, e.g. {@code format("status.count", 3)}. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }
}
