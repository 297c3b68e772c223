package org.openenpc.mdns;

import org.openenpc.model.MdnsService;

/**
 * Events out of an {@link MdnsBrowser}. Called on JmDNS's listener thread of the interface the service was seen on
 * (one thread per interface, so events of different interfaces may interleave); each method must return quickly
 * (hand work to another thread, e.g. the UI's batcher). Never called after the browser's close() returned.
 */
public interface MdnsListener {

    /** A service instance was resolved for the first time on that interface. */
    default void added(MdnsService service) {
    }

    /** A known instance resolved again with a different host, address, port or TXT. */
    default void updated(MdnsService service) {
    }

    /** A known instance said goodbye (TTL 0) or expired; {@code service} is what was last known of it. */
    default void removed(MdnsService service) {
    }
}
