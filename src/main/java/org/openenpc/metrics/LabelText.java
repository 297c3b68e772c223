package org.openenpc.metrics;

import org.openenpc.model.SafeText;

/**
 * Turns any text into a label value: through the project's one sanitiser ({@link SafeText}, so a hostile
 * model name shows its control characters escaped, as everywhere else) and cut to {@link #MAX_LENGTH} chars,
 * never in the middle of a surrogate pair. The exposition writers then escape quotes, backslashes and
 * newlines as the formats require. Stateless; any thread.
 */
final class LabelText {

    /** The longest label value exported (the metric contract's limit). */
    static final int MAX_LENGTH = 128;

    private LabelText() {
    }

    /** {@code text} sanitised and cut to {@link #MAX_LENGTH}; "" for null. */
    static String of(String text) {
        String s = SafeText.escape(text);
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // the pair would be split: drop its first half too
        }
        return s.substring(0, end);
    }
}
