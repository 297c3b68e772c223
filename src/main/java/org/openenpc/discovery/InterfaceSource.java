package org.openenpc.discovery;

import java.util.List;

/**
 * Supplies the machine's network interfaces. Exists so that broadcast computation can be tested
 * with fake interfaces; production code uses {@link #system()}.
 *
 * <p>Called on the prober thread at the start of a scan (or a background thread that shows the
 * interfaces); implementations may block briefly on OS calls, so avoid the UI thread.
 */
@FunctionalInterface
public interface InterfaceSource {

    /** The current interfaces; never {@code null}, possibly empty. */
    List<InterfaceInfo> interfaces();

    /** The real interfaces of this machine, read via {@link java.net.NetworkInterface}. */
    static InterfaceSource system() {
        return new SystemInterfaceSource();
    }
}
