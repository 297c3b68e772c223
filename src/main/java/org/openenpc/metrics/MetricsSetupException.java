package org.openenpc.metrics;

/**
 * Why the metrics endpoint cannot start, in one sentence for the user (a bad address, a port in use, an
 * unreadable or invalid web config): the CLI prints it and exits with code 2 before any scan.
 */
public final class MetricsSetupException extends Exception {
    private static final long serialVersionUID = 1L;

    public MetricsSetupException(String sentence) {
        super(sentence);
    }

    public MetricsSetupException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
