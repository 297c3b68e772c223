package org.openenpc.discovery;

/**
 * Turns one user token into a {@link TargetSpec}. Kept apart from the records so each error case
 * gets its own short method and sentence. Stateless; safe from any thread.
 */
final class SpecParser {
    private SpecParser() {
    }

    static TargetSpec parse(String raw) {
        String token = Tokens.normalize(raw, true);
        Tokens.screen(token, "target", true);
        boolean slash = token.indexOf('/') >= 0;
        boolean dash = token.indexOf('-') >= 0;
        if (slash && dash) {
            throw ScopeException.bad("target", token,
                    "use either a CIDR block (a.b.c.d/n) or a range (a.b.c.d-e.f.g.h), not both");
        }
        if (slash) {
            return cidr(token);
        }
        if (dash) {
            return range(token);
        }
        return new TargetSpec.Single(Ipv4.parse(token, "address", token));
    }

    private static TargetSpec cidr(String token) {
        int slash = token.indexOf('/');
        if (token.indexOf('/', slash + 1) >= 0) {
            throw ScopeException.bad("range", token, "more than one '/'");
        }
        if (slash == 0) {
            throw ScopeException.bad("range", token, "the address before '/' is missing");
        }
        int address = Ipv4.parse(token.substring(0, slash), "range", token);
        return new TargetSpec.Cidr(address, prefixLength(token.substring(slash + 1), token));
    }

    private static int prefixLength(String digits, String token) {
        if (digits.isEmpty()) {
            throw ScopeException.bad("range", token, "prefix length is missing after '/'");
        }
        // Screening left only digits, dots and dashes; anything else here is out of range.
        boolean numeric = digits.length() <= 2 && digits.chars().allMatch(Character::isDigit);
        int length = numeric ? Integer.parseInt(digits) : -1;
        if (length < 0 || length > 32) {
            throw ScopeException.bad("range", token, "prefix length must be 0–32");
        }
        return length;
    }

    private static TargetSpec range(String token) {
        int dash = token.indexOf('-');
        if (token.indexOf('-', dash + 1) >= 0) {
            throw ScopeException.bad("range", token, "more than one '-'");
        }
        String right = token.substring(dash + 1);
        if (dash == 0 || right.isEmpty()) {
            throw ScopeException.bad("range", token, "a range needs a start and an end");
        }
        int first = Ipv4.parse(token.substring(0, dash), "range", token);
        int last = right.indexOf('.') < 0
                ? (first & 0xFFFF_FF00) | Ipv4.parseOctet(right, "range", token) // short form
                : Ipv4.parse(right, "range", token);
        if (Integer.compareUnsigned(first, last) > 0) {
            throw new ScopeException("Range \"" + token + "\" runs backwards.");
        }
        return new TargetSpec.Range(first, last);
    }
}
