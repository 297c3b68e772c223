package org.openenpc.ui.main;

import java.util.List;

import org.openenpc.model.Printer;

/**
 * Asks the known printers again (monitoring). Called on a background thread, never the FX thread; it
 * may block until the round is over.
 */
@FunctionalInterface
public interface Refresher {

    /**
     * @param known the printers as the table shows them now
     * @return fresh snapshots of the printers that answered; a known printer missing from the result
     *         did not answer and is shown as offline
     * @throws Exception when the round could not run at all (nothing is marked offline then)
     */
    List<Printer> refresh(List<Printer> known) throws Exception;
}
