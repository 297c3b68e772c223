package org.openenpc.snmp;

import org.openenpc.model.SnmpView;

/**
 * What reading one printer over SNMP came to: exactly one of {@link Answered}, {@link NoAnswer} or
 * {@link Error}. Immutable; any thread.
 */
public sealed interface SnmpReadResult {

    /** The printer answered; the view holds what it reported. */
    record Answered(SnmpView view) implements SnmpReadResult {
    }

    /** Nothing came back, e.g. "no SNMP answer from 192.0.2.7 within 1 s ×3". */
    record NoAnswer(String sentence) implements SnmpReadResult {
    }

    /** The read could not be made or the agent refused it; one sentence says why. */
    record Error(String sentence) implements SnmpReadResult {
    }
}
