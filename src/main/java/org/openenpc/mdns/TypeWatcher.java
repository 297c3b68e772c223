package org.openenpc.mdns;

import java.time.Clock;
import java.util.function.BooleanSupplier;

import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceListener;

import org.openenpc.model.MdnsService;

/**
 * The JmDNS listener of one interface: asks for each new instance to be resolved, maps what resolves into the
 * browser's {@link ServiceTable} and reports what changed. Called on that JmDNS instance's listener thread.
 */
final class TypeWatcher implements ServiceListener {

    /**
     * How long requestServiceInfo may block JmDNS's listener thread: it only needs to start the resolver, whose
     * answer arrives later through {@link #serviceResolved} (the no-timeout form waits up to 6 s per service).
     */
    private static final long RESOLVE_WAIT_MS = 1;

    private final String via;
    private final ServiceTable table;
    private final MdnsListener listener;
    private final Clock clock;
    private final BooleanSupplier closed;

    TypeWatcher(String via, ServiceTable table, MdnsListener listener, Clock clock, BooleanSupplier closed) {
        this.via = via;
        this.table = table;
        this.listener = listener;
        this.clock = clock;
        this.closed = closed;
    }

    @Override
    public void serviceAdded(ServiceEvent e) {
        if (!closed.getAsBoolean() && !table.full()) {
            e.getDNS().requestServiceInfo(e.getType(), e.getName(), RESOLVE_WAIT_MS);
        }
    }

    @Override
    public void serviceResolved(ServiceEvent e) {
        if (closed.getAsBoolean() || e.getInfo() == null) {
            return;
        }
        ServiceMapper.map(e.getInfo(), via, clock.instant()).ifPresent(s -> {
            switch (table.upsert(s)) {
                case ADDED -> deliver(() -> listener.added(s));
                case UPDATED -> deliver(() -> listener.updated(s));
                default -> {
                }
            }
        });
    }

    @Override
    public void serviceRemoved(ServiceEvent e) {
        MdnsService gone = table.remove(via, ServiceMapper.typeOf(e.getType()), ServiceMapper.cut(e.getName()));
        if (gone != null && !closed.getAsBoolean()) {
            deliver(() -> listener.removed(gone));
        }
    }

    /** A listener's exception must not reach JmDNS's thread (it would stop delivering this interface's events). */
    private static void deliver(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ex) {
            System.getLogger(TypeWatcher.class.getName()).log(System.Logger.Level.WARNING, "mDNS listener failed", ex);
        }
    }
}
