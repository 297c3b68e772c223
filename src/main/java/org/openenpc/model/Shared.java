package org.openenpc.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance for equal immutable values that many printers report alike: model and card names,
 * net masks, status records, summaries, sets of answered requests. A 10,000-printer scan holds each
 * of them once per printer otherwise, and that was a large part of what the garbage collector had to
 * copy while the desktop table filled (BENCHMARKS.md (d)).
 *
 * <p>Bounded: at most {@value #LIMIT} values are remembered, and texts longer than
 * {@value #MAX_TEXT} characters never are, so what devices send cannot make it grow without bound;
 * past the limit values are simply not shared. Any thread.
 */
public final class Shared {
    static final int LIMIT = 4096;
    static final int MAX_TEXT = 256;
    private static final Map<Object, Object> VALUES = new ConcurrentHashMap<>();

    private Shared() {
    }

    /**
     * The remembered instance equal to {@code value}, or {@code value} itself (remembered from now on
     * while there is room). Only for immutable values with value equality. Null stays null.
     */
    @SuppressWarnings("unchecked")
    public static <T> T of(T value) {
        if (value == null || value instanceof String s && s.length() > MAX_TEXT) {
            return value;
        }
        Object known = VALUES.get(value);
        if (known != null) {
            return (T) known;
        }
        if (VALUES.size() >= LIMIT) {
            return value;
        }
        known = VALUES.putIfAbsent(value, value);
        return known != null ? (T) known : value;
    }

    /** How many values are remembered now (tests). */
    static int count() {
        return VALUES.size();
    }

    /** Forgets every value (tests: the limit is per JVM). Instances handed out stay valid. */
    static void forget() {
        VALUES.clear();
    }
}
