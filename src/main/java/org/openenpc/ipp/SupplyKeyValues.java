package org.openenpc.ipp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Splits one PWG 5100.13 printer-supply value ({@code index=1;class=supplyThatIsConsumed;type=toner;level=76;})
 * into its key=value pairs. Tolerant: a missing trailing ';', empty parts, parts without '=', spaces around keys
 * and values, unknown keys and repeated keys (the first wins) are all accepted. Bounded: at most
 * {@value #MAX_PAIRS} pairs, keys of at most {@value #MAX_KEY} and values of at most {@value #MAX_VALUE}
 * characters are kept. Keys are lower case. Pure; any thread.
 */
final class SupplyKeyValues {

    static final int MAX_PAIRS = 64;
    static final int MAX_KEY = 64;
    static final int MAX_VALUE = 256;

    private SupplyKeyValues() {
    }

    /** The pairs of {@code value} in order; never null, empty for text without a single key=value. */
    static Map<String, String> parse(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        int start = 0;
        int n = value.length();
        while (start <= n && out.size() < MAX_PAIRS) {
            int end = value.indexOf(';', start);
            if (end < 0) {
                end = n;
            }
            int eq = value.indexOf('=', start);
            if (eq >= 0 && eq < end) {
                String key = value.substring(start, eq).strip().toLowerCase(Locale.ROOT);
                String v = value.substring(eq + 1, end).strip();
                if (!key.isEmpty() && key.length() <= MAX_KEY) {
                    out.putIfAbsent(key, v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v);
                }
            }
            start = end + 1;
        }
        return out;
    }

    /** The value of {@code key} as an int, or {@code fallback} when absent or not a decimal int. */
    static int integer(Map<String, String> pairs, String key, int fallback) {
        String v = pairs.get(key);
        if (v == null || v.isEmpty() || v.length() > 11) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
