package org.openenpc.ui.detail;

import org.openenpc.model.Printer;

/**
 * What the detail pane's buttons do outside the pane, so it can be tested with a recording fake.
 * Called on the FX thread; implementations must not block it.
 */
public interface DetailActions {

    /** Asks the printer again for everything (production: a follow-up query as a background task). */
    void refresh(Printer p);

    /** Opens the device's Web Config page (production: {@code HostServices.showDocument}). */
    void openWebConfig(String url);

    /** Puts {@code text} on the clipboard (production: the system clipboard). */
    void copy(String text);

    /**
     * The user confirmed: accept the ipps certificate with fingerprint {@code sha256} that {@code p} presented, and
     * read the printer again (production: kept in the settings, then a refresh). Nothing by default.
     */
    default void acceptCertificate(Printer p, String sha256) {
    }
}
