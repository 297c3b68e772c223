package org.openenpc.ipp;

import org.openenpc.model.IppView;

/**
 * What one Get-Printer-Attributes came to: exactly one of {@link Answered}, {@link NoAnswer}, {@link Untrusted}
 * or {@link Failed}. Never an exception: network and protocol trouble is one sentence. Immutable; any thread.
 */
public sealed interface IppReadResult {

    /** The printer answered with a successful IPP status; the view holds what it reported. */
    record Answered(IppView view) implements IppReadResult {
    }

    /** Nothing came back in time, or nothing listens: e.g. "no IPP answer from 127.0.0.1:631 within 5 s". */
    record NoAnswer(String sentence) implements IppReadResult {
    }

    /**
     * The printer's TLS certificate is not trusted. {@code sha256} is its leaf certificate's fingerprint
     * (lower-case hex pairs joined by ':'), which {@link IppTrust#accepting(String)} takes to read it anyway.
     */
    record Untrusted(String sentence, String sha256) implements IppReadResult {
    }

    /** Something answered, but not with a usable IPP reply, or the request could not be made; why, in one sentence. */
    record Failed(String sentence) implements IppReadResult {
    }

    /** Why {@code r} gave no view, in one sentence; "" for an answer. */
    static String sentenceOf(IppReadResult r) {
        if (r instanceof NoAnswer n) {
            return n.sentence();
        }
        if (r instanceof Untrusted u) {
            return u.sentence();
        }
        if (r instanceof Failed f) {
            return f.sentence();
        }
        return "";
    }
}
