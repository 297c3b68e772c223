package org.openenpc.sim;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * One printer's SNMP objects at one moment: an ordered map from instance OID to value, built by
 * {@link PrinterMib} from a {@link SimState} and never changed afterwards, so the responder thread
 * reads it without locks while other threads build the next one. Values are handed out as copies
 * (SNMP4J variables are mutable). Immutable; any thread.
 */
public final class MibView {

    /** The view of a printer that serves nothing. */
    static final MibView EMPTY = new MibView(new TreeMap<>());

    private final NavigableMap<OID, Variable> objects;

    private MibView(TreeMap<OID, Variable> objects) {
        this.objects = Collections.unmodifiableNavigableMap(objects);
    }

    /** A copy of the value at exactly {@code oid}, or null when there is no such instance. */
    public Variable get(OID oid) {
        Variable v = objects.get(oid);
        return v == null ? null : (Variable) v.clone();
    }

    /** The first object after {@code oid} in lexicographic order (GETNEXT), value copied; null at the end. */
    public Map.Entry<OID, Variable> next(OID oid) {
        Map.Entry<OID, Variable> e = objects.higherEntry(oid);
        return e == null ? null : Map.entry(new OID(e.getKey()), (Variable) e.getValue().clone());
    }

    /** Every instance OID served, in order. */
    public NavigableMap<OID, Variable> objects() {
        return objects;
    }

    public int size() {
        return objects.size();
    }

    /** Collects objects for a view; each OID once. Not thread-safe. */
    static final class Builder {
        private final TreeMap<OID, Variable> objects = new TreeMap<>();

        Builder put(String oid, Variable value) {
            return put(new OID(oid), value);
        }

        Builder put(OID oid, Variable value) {
            if (objects.putIfAbsent(oid, value) != null) {
                throw new IllegalStateException("OID " + oid + " set twice");
            }
            return this;
        }

        /** Sets {@code oid} to {@code value} whether or not it was set before (a spec's overrides). */
        Builder replace(String oid, Variable value) {
            objects.put(new OID(oid), value);
            return this;
        }

        MibView build() {
            return new MibView(new TreeMap<>(objects));
        }
    }
}
