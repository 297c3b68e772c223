package org.openenpc.discovery;

/**
 * Thrown when a scan scope, target token or scan setting is invalid. The message is always one
 * plain sentence that names the offending token or value, so the UI and the command line can show
 * it to the user verbatim.
 *
 * <p>Created on whichever thread parses or builds a scope (usually the UI or CLI thread).
 */
public final class ScopeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message one sentence naming the bad token or value */
    public ScopeException(String message) {
        super(message);
    }

    /** Builds the common {@code Bad <kind> "<token>": <detail>.} sentence. */
    static ScopeException bad(String kind, String token, String detail) {
        return new ScopeException("Bad " + kind + " \"" + token + "\": " + detail + ".");
    }
}
