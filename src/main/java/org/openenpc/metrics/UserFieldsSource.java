package org.openenpc.metrics;

import org.openenpc.model.Printer;
import org.openenpc.model.UserFields;

/** What the user wrote about a printer (its name and location on {@code openenpc_printer_info}); scrape threads call it. */
@FunctionalInterface
public interface UserFieldsSource {

    /** No inventory: every printer shows the names it reports itself. */
    UserFieldsSource NONE = p -> UserFields.NONE;

    /** The user's fields of {@code printer}, {@link UserFields#NONE} when it has none. Must not throw. */
    UserFields of(Printer printer);
}
