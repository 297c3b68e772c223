package org.openenpc.discovery;

import java.util.regex.Pattern;

/**
 * Character-level screening of user tokens before numeric parsing. Its job is to turn the common
 * mistakes (empty input, IPv6, host names, stray characters) into a precise sentence instead of a
 * vague "not a number". Stateless; safe from any thread.
 */
final class Tokens {
    /** Spaces around '-' or '/' are harmless ("192.0.2.1 - 192.0.2.9"), so they are dropped. */
    private static final Pattern SPACE_AROUND_OPERATOR = Pattern.compile("\\s*([-/])\\s*");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private Tokens() {
    }

    /** Strips outer whitespace and, for targets, whitespace around the range/CIDR operators. */
    static String normalize(String raw, boolean target) {
        String token = raw == null ? "" : raw.strip();
        return target ? SPACE_AROUND_OPERATOR.matcher(token).replaceAll("$1") : token;
    }

    /**
     * Rejects tokens that cannot be a numeric IPv4 form.
     *
     * @param kind   word used in the message ("address" or "target")
     * @param target whether '/' and '-' are allowed (target specs) or not (plain addresses)
     */
    static void screen(String token, String kind, boolean target) {
        if (token.isEmpty()) {
            throw new ScopeException("Empty " + kind + ": expected " + expectation(target) + ".");
        }
        if (token.indexOf(':') >= 0) {
            throw ScopeException.bad(kind, token, "IPv6 is not supported, only IPv4");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!allowed(c, target)) {
                throw ScopeException.bad(kind, token, whyNot(token, c));
            }
        }
    }

    private static boolean allowed(char c, boolean target) {
        return (c >= '0' && c <= '9') || c == '.' || (target && (c == '/' || c == '-'));
    }

    private static String whyNot(String token, char c) {
        if (Character.isWhitespace(c)) {
            return "unexpected space; separate entries with commas";
        }
        if (Character.isLetter(c) && HOST_NAME.matcher(token).matches()) {
            // We never resolve names: a scan must not leak DNS queries or depend on a resolver.
            return "host names are not accepted, only numeric IPv4 (no DNS lookups)";
        }
        return "unexpected character '" + c + "'";
    }

    private static String expectation(boolean target) {
        return target
                ? "an IPv4 address, CIDR block (a.b.c.d/n) or range (a.b.c.d-e.f.g.h)"
                : "an IPv4 address such as 192.0.2.255";
    }
}
