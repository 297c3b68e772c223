package org.openenpc.snmp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * What one SNMP request (or one table walk) came to: exactly one of {@link Answered}, {@link TimedOut}
 * or {@link Failed}. Objects the agent does not have (noSuchObject, noSuchInstance, endOfMibView,
 * v1 noSuchName) are simply absent from {@link Answered#values()}: "not reported" is an answer, not
 * an error. Immutable; any thread.
 */
public sealed interface SnmpOutcome {

    /**
     * The agent answered.
     *
     * @param values   the reported objects in the agent's order; absent objects are left out
     * @param problems oddities met on the way (a walk cut short, OIDs that did not increase); empty when clean
     */
    record Answered(Map<OID, Variable> values, List<String> problems) implements SnmpOutcome {
        public Answered {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            problems = List.copyOf(problems);
        }

        /** The value of {@code oid}, or null when the agent did not report it. */
        public Variable get(String oid) {
            return values.get(new OID(oid));
        }
    }

    /** No answer within the timeout after every retry. */
    record TimedOut(String sentence) implements SnmpOutcome {
    }

    /** The request could not be sent, or the agent answered with an error status; says which. */
    record Failed(String sentence) implements SnmpOutcome {
    }
}
