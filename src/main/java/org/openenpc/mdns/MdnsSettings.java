package org.openenpc.mdns;

import java.time.Duration;

/**
 * How a scan browses DNS-SD over mDNS: on the local addresses of the interfaces whose broadcasts it sends (the
 * interfaces in scope), for at least {@code window} from the scan's start. Immutable.
 *
 * @param window      how long the scan listens at least (announcements answer a query within about a second;
 *                    the browse sends its queries at once and again as JmDNS repeats them)
 * @param maxServices services kept at most (more are counted as dropped)
 */
public record MdnsSettings(Duration window, int maxServices) {

    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(3);
    public static final Duration MIN_WINDOW = Duration.ofMillis(500);
    public static final Duration MAX_WINDOW = Duration.ofSeconds(120);

    public MdnsSettings {
        if (window.compareTo(MIN_WINDOW) < 0 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("mDNS listening time of " + window.toMillis()
                    + " ms is out of range; use 500 ms–120 s.");
        }
        if (maxServices < 1) {
            throw new IllegalArgumentException("mDNS services kept must be at least 1, not " + maxServices);
        }
    }

    /** A 3 s window, at most {@link MdnsBrowser#DEFAULT_MAX_SERVICES} services. */
    public static MdnsSettings defaults() {
        return new MdnsSettings(DEFAULT_WINDOW, MdnsBrowser.DEFAULT_MAX_SERVICES);
    }

    public MdnsSettings withWindow(Duration w) {
        return new MdnsSettings(w, maxServices);
    }
}
