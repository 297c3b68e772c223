package org.openenpc.snmp;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * One walk of a subtree for {@link SnmpClient#walk}: GETBULK with v2c, GETNEXT with v1, one request
 * after the other, each sent from the previous answer's callback so no thread waits. Ends at the
 * subtree's end (an OID outside it, endOfMibView, or v1 noSuchName), at the object limit, or when
 * the agent returns an OID not greater than the last one (which would loop forever). Used once.
 */
final class TableWalk {

    /** Objects asked for per GETBULK: enough for a supplies table in one or two round trips. */
    static final int BULK_REPETITIONS = 24;

    private final SnmpClient client;
    private final InetAddress host;
    private final SnmpSettings settings;
    private final OID root;
    private final int maxObjects;
    private final Map<OID, Variable> found = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    TableWalk(SnmpClient client, InetAddress host, SnmpSettings settings, OID root, int maxObjects) {
        if (maxObjects < 1) {
            throw new IllegalArgumentException("A walk must allow at least one object, not " + maxObjects + ".");
        }
        this.client = client;
        this.host = host;
        this.settings = settings;
        this.root = root;
        this.maxObjects = maxObjects;
    }

    CompletableFuture<SnmpOutcome> start() {
        return step(root).exceptionally(SnmpClient::failed);
    }

    private CompletableFuture<SnmpOutcome> step(OID from) {
        PDU pdu;
        if (settings.version() == SnmpSettings.Version.V2C) {
            pdu = SnmpClient.newPdu(settings, PDU.GETBULK);
            pdu.setNonRepeaters(0);
            pdu.setMaxRepetitions(Math.min(BULK_REPETITIONS, maxObjects - found.size() + 1));
        } else {
            pdu = SnmpClient.newPdu(settings, PDU.GETNEXT);
        }
        pdu.add(new VariableBinding(from));
        return client.send(host, settings, pdu).thenCompose(r -> {
            if (r == null) {
                if (found.isEmpty()) {
                    return done(SnmpClient.timedOut(host, settings));
                }
                problems.add("the walk of " + root + " timed out after " + found.size() + " objects");
                return done(answered());
            }
            if (r.getErrorStatus() == PDU.noSuchName) {
                return done(answered()); // v1: past the end of the agent's MIB
            }
            if (r.getErrorStatus() != PDU.noError) {
                if (found.isEmpty()) {
                    return done(SnmpClient.agentError(host, "a walk", r));
                }
                problems.add("the walk of " + root + " ended with error \"" + r.getErrorStatusText() + "\"");
                return done(answered());
            }
            OID next = take(r.getVariableBindings(), from);
            return next == null ? done(answered()) : step(next);
        });
    }

    /** Adds the in-subtree answers; returns where to continue, or null when the walk is over. */
    private OID take(List<? extends VariableBinding> vbs, OID from) {
        OID last = from;
        for (VariableBinding vb : vbs) {
            OID oid = vb.getOid();
            if (vb.isException() || oid == null || oid.size() <= root.size() || !oid.startsWith(root)) {
                return null;
            }
            if (oid.compareTo(last) <= 0) {
                problems.add("the agent returned " + oid + " after " + last
                        + ", which does not increase; walk stopped");
                return null;
            }
            if (found.size() >= maxObjects) {
                problems.add("the walk of " + root + " stopped after " + maxObjects + " objects");
                return null;
            }
            found.put(oid, vb.getVariable());
            last = oid;
        }
        return vbs.isEmpty() ? null : last;
    }

    private SnmpOutcome answered() {
        return new SnmpOutcome.Answered(found, problems);
    }

    private static CompletableFuture<SnmpOutcome> done(SnmpOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }
}
