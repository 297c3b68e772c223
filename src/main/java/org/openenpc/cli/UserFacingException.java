package org.openenpc.cli;

/** A failure explained in one sentence for the user (exit code 1, no stack trace). */
public final class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }
}
