package org.openenpc.snmp;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * One SNMP session over SNMP4J: a single UDP socket on an ephemeral port, listening, that a whole
 * scan shares. Every request is asynchronous: the methods return at once with a future that SNMP4J's
 * listener (or timer) thread completes, so a silent printer never holds up the others; many printers
 * can be read concurrently over the same session. Futures complete on SNMP4J's threads, so callers
 * must not block in their continuations.
 *
 * <p>Objects the agent does not have are "not reported" (absent from the answer), never errors: v2c
 * exception values are dropped, and a v1 noSuchName makes the client drop the named object and ask
 * again for the rest. Thread-safe.
 */
public final class SnmpClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(SnmpClient.class);

    /** Socket receive buffer asked for (the OS may cap it at net.core.rmem_max). */
    static final int RECEIVE_BUFFER = 4 << 20;

    private final Snmp snmp;
    private final SnmpPacer pacer;
    private final Set<CompletableFuture<PDU>> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private SnmpClient(Snmp snmp, SnmpPacer pacer) {
        this.snmp = snmp;
        this.pacer = pacer;
    }

    /** Opens a session on an ephemeral UDP port of every local address, sending at once. */
    public static SnmpClient open() throws IOException {
        return open(SnmpPacer.DIRECT);
    }

    /** Opens a session on an ephemeral UDP port of every local address; every datagram goes out through {@code pacer}. */
    public static SnmpClient open(SnmpPacer pacer) throws IOException {
        return open(InetAddress.getByName("0.0.0.0"), pacer);
    }

    /** Opens a session on an ephemeral UDP port of {@code bindAddress} (tests bind to loopback). */
    public static SnmpClient open(InetAddress bindAddress) throws IOException {
        return open(bindAddress, SnmpPacer.DIRECT);
    }

    /** As {@link #open(InetAddress)}; every datagram, re-sends included, goes out through {@code pacer}. */
    public static SnmpClient open(InetAddress bindAddress, SnmpPacer pacer) throws IOException {
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress(bindAddress, 0));
        transport.setThreadName("snmp-client-listener");
        // A scan reads hundreds of printers at once over this one socket; with the default buffer (~200 KB)
        // bursts of table-walk answers overflowed it (RcvbufErrors in /proc/net/snmp) and cost a 1 s re-send.
        transport.setReceiveBufferSize(RECEIVE_BUFFER);
        Snmp snmp = new Snmp(transport);
        snmp.listen();
        return new SnmpClient(snmp, pacer);
    }

    /** GET of several objects in one PDU. Objects the agent lacks are absent from the answer. */
    public CompletableFuture<SnmpOutcome> get(InetAddress host, SnmpSettings settings, List<String> oids) {
        List<OID> asked = new ArrayList<>();
        oids.forEach(o -> asked.add(new OID(o)));
        return getRemaining(host, settings, asked, new LinkedHashMap<>());
    }

    /** GETNEXT of several objects in one PDU: each answer is the object that follows the one asked for. */
    public CompletableFuture<SnmpOutcome> getNext(InetAddress host, SnmpSettings settings, List<String> oids) {
        PDU pdu = newPdu(settings, PDU.GETNEXT);
        oids.forEach(o -> pdu.add(new VariableBinding(new OID(o))));
        return send(host, settings, pdu).thenApply(r -> {
            if (r == null) {
                return timedOut(host, settings);
            }
            if (r.getErrorStatus() == PDU.noSuchName) {
                return new SnmpOutcome.Answered(Map.of(), List.of()); // v1: nothing follows
            }
            if (r.getErrorStatus() != PDU.noError) {
                return agentError(host, "GETNEXT", r);
            }
            Map<OID, Variable> values = new LinkedHashMap<>();
            for (VariableBinding vb : r.getVariableBindings()) {
                if (reported(vb)) {
                    values.put(vb.getOid(), vb.getVariable());
                }
            }
            return new SnmpOutcome.Answered(values, List.of());
        });
    }

    /**
     * Walks the subtree under {@code root} (GETBULK with v2c, GETNEXT with v1) and stops at its end,
     * after {@code maxObjects} objects, or when the agent returns an OID that does not increase (a
     * broken agent could otherwise make the walk loop forever); the last two are listed as problems.
     */
    public CompletableFuture<SnmpOutcome> walk(InetAddress host, SnmpSettings settings, String root, int maxObjects) {
        return new TableWalk(this, host, settings, new OID(root), maxObjects).start();
    }

    /** Closes the socket; requests still waiting complete as {@link SnmpOutcome.Failed}. */
    @Override
    public void close() throws IOException {
        closed = true;
        try {
            snmp.close();
        } finally {
            for (CompletableFuture<PDU> f : pending) {
                f.completeExceptionally(new IOException("the SNMP session was closed"));
            }
            pending.clear();
        }
    }

    private CompletableFuture<SnmpOutcome> getRemaining(InetAddress host, SnmpSettings settings, List<OID> oids,
                                                        Map<OID, Variable> found) {
        if (oids.isEmpty()) {
            return CompletableFuture.completedFuture(new SnmpOutcome.Answered(found, List.of()));
        }
        PDU pdu = newPdu(settings, PDU.GET);
        oids.forEach(o -> pdu.add(new VariableBinding(o)));
        return send(host, settings, pdu).thenCompose(r -> {
            if (r == null) {
                return CompletableFuture.completedFuture(timedOut(host, settings));
            }
            int index = r.getErrorIndex();
            if (r.getErrorStatus() == PDU.noSuchName && index >= 1 && index <= oids.size()) {
                // SNMPv1 fails the whole PDU for one missing object: drop it and ask for the rest.
                List<OID> rest = new ArrayList<>(oids);
                rest.remove(index - 1);
                return getRemaining(host, settings, rest, found);
            }
            if (r.getErrorStatus() != PDU.noError) {
                return CompletableFuture.completedFuture(agentError(host, "GET", r));
            }
            for (VariableBinding vb : r.getVariableBindings()) {
                if (reported(vb)) {
                    found.put(vb.getOid(), vb.getVariable());
                }
            }
            return CompletableFuture.completedFuture(new SnmpOutcome.Answered(found, List.of()));
        }).exceptionally(SnmpClient::failed);
    }

    /** A new PDU of the right class for the version (SNMP4J needs {@link PDUv1} for v1). */
    static PDU newPdu(SnmpSettings settings, int type) {
        PDU pdu = settings.version() == SnmpSettings.Version.V1 ? new PDUv1() : new PDU();
        pdu.setType(type);
        return pdu;
    }

    /** False for the v2c exception values and for NULLs, which a v1 agent should never send. */
    static boolean reported(VariableBinding vb) {
        return !vb.isException() && vb.getVariable() != null
                && vb.getVariable().getSyntax() != org.snmp4j.smi.SMIConstants.SYNTAX_NULL;
    }

    static SnmpOutcome timedOut(InetAddress host, SnmpSettings settings) {
        return new SnmpOutcome.TimedOut("no SNMP answer from " + host.getHostAddress() + " within "
                + settings.timeoutText() + " ×" + settings.tries());
    }

    static SnmpOutcome agentError(InetAddress host, String what, PDU r) {
        return new SnmpOutcome.Failed("the SNMP agent at " + host.getHostAddress() + " answered " + what
                + " with error \"" + r.getErrorStatusText() + "\" (" + r.getErrorStatus() + ")");
    }

    static SnmpOutcome failed(Throwable t) {
        Throwable cause = t.getCause() != null && t instanceof java.util.concurrent.CompletionException
                ? t.getCause() : t;
        return new SnmpOutcome.Failed("the SNMP request failed: " + cause.getMessage());
    }

    /**
     * Sends one PDU; the future completes with the response, with null when every try timed out, or
     * exceptionally when sending failed or the session closed. The tries are ours, not SNMP4J's, so that
     * each datagram (re-sends too) passes the pacer.
     */
    CompletableFuture<PDU> send(InetAddress host, SnmpSettings settings, PDU pdu) {
        CompletableFuture<PDU> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new IOException("the SNMP session is closed"));
            return result;
        }
        pending.add(result);
        result.whenComplete((r, t) -> pending.remove(result));
        attempt(host, settings, pdu, result, settings.tries());
        return result;
    }

    private void attempt(InetAddress host, SnmpSettings settings, PDU pdu, CompletableFuture<PDU> result, int tries) {
        pacer.submit(() -> {
            if (result.isDone()) {
                return;
            }
            if (closed) {
                result.completeExceptionally(new IOException("the SNMP session is closed"));
                return;
            }
            ResponseListener listener = new ResponseListener() {
                @Override
                public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                    // Without cancel SNMP4J would keep the request until its own timer ends it.
                    ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                    if (event.getError() != null) {
                        result.completeExceptionally(event.getError());
                    } else if (event.getResponse() == null && tries > 1) {
                        attempt(host, settings, pdu, result, tries - 1);
                    } else {
                        result.complete(event.getResponse());
                    }
                }
            };
            try {
                snmp.send(pdu, target(host, settings), null, listener);
            } catch (IOException | RuntimeException e) {
                LOG.debug("SNMP send to {} failed", host.getHostAddress(), e);
                result.completeExceptionally(e);
            }
        });
    }

    private static CommunityTarget<UdpAddress> target(InetAddress host, SnmpSettings settings) {
        CommunityTarget<UdpAddress> target =
                new CommunityTarget<>(new UdpAddress(host, settings.port()), new OctetString(settings.community()));
        target.setVersion(settings.version() == SnmpSettings.Version.V1
                ? SnmpConstants.version1 : SnmpConstants.version2c);
        target.setTimeout(settings.timeout().toMillis());
        target.setRetries(0); // re-sent by attempt(), through the pacer
        return target;
    }
}
