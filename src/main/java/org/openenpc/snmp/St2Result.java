package org.openenpc.snmp;

/**
 * What {@link St2Parser#parse} makes of an SNMP value: exactly one of {@link Ok} or {@link Malformed}.
 * Immutable; safe to share between threads.
 */
public sealed interface St2Result {

    /** The value held a "@BDC ST2" block; oddities inside it are listed in {@link St2Status#problems()}. */
    record Ok(St2Status status) implements St2Result {
    }

    /** The value is not an ST2 status at all (no marker, or cut before the count); says why. */
    record Malformed(String reason) implements St2Result {
    }
}
