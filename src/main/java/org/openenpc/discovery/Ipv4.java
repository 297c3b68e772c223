package org.openenpc.discovery;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Numeric IPv4 helpers: strict dotted-quad parsing, formatting and conversion to and from
 * {@link InetAddress}. Addresses travel as a plain {@code int} holding the unsigned 32-bit value
 * (first octet in the most significant byte) so the prober can walk hundreds of thousands of
 * targets without allocating. Never performs DNS lookups. Stateless; safe from any thread.
 */
public final class Ipv4 {
    private Ipv4() {
    }

    /**
     * Parses a numeric dotted quad such as {@code 192.0.2.255}; surrounding whitespace is ignored.
     *
     * @throws ScopeException naming the token if it is empty, IPv6, a host name or malformed
     */
    public static int parseIPv4(String text) {
        String token = Tokens.normalize(text, false);
        Tokens.screen(token, "address", false);
        return parse(token, "address", token);
    }

    /** Formats as {@code a.b.c.d}. */
    public static String toDotted(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "."
                + ((address >>> 8) & 0xFF) + "." + (address & 0xFF);
    }

    /** Converts to an {@link Inet4Address} without any name lookup. */
    public static InetAddress toInet(int address) {
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16),
            (byte) (address >>> 8), (byte) address};
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            // Only thrown for a wrong array length, and ours is always 4.
            throw new AssertionError(impossible);
        }
    }

    /**
     * Converts an {@link Inet4Address} back to its int form (e.g. to match a reply's source).
     *
     * @throws ScopeException if the address is not IPv4
     */
    public static int fromInet(InetAddress address) {
        if (!(address instanceof Inet4Address)) {
            throw ScopeException.bad("address", String.valueOf(address), "only IPv4 is supported");
        }
        byte[] b = address.getAddress();
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }

    /** The unsigned value of an address, for sizes and ordering. */
    public static long unsigned(int address) {
        return Integer.toUnsignedLong(address);
    }

    /** Netmask for a prefix length 0–32 ({@code /24} gives 255.255.255.0). */
    public static int mask(int prefixLength) {
        // Shifting an int by 32 is a no-op in Java, hence the special case for /0.
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    /** Parses one dotted quad that is part of {@code whole}; errors name the whole token. */
    static int parse(String part, String kind, String whole) {
        String[] octets = part.split("\\.", -1);
        if (octets.length != 4) {
            throw ScopeException.bad(kind, whole, (part.isEmpty() ? "an address" : part)
                    + " is not a full IPv4 address (expected four numbers separated by dots)");
        }
        int value = 0;
        for (String octet : octets) {
            value = value << 8 | parseOctet(octet, kind, whole);
        }
        return value;
    }

    /** Parses one decimal octet 0–255; errors name the whole token. */
    static int parseOctet(String octet, String kind, String whole) {
        if (octet.isEmpty()) {
            throw ScopeException.bad(kind, whole, "a number is missing between dots");
        }
        if (octet.length() > 3 || !octet.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ScopeException.bad(kind, whole, octet + " is not an octet (0–255)");
        }
        int value = Integer.parseInt(octet);
        if (value > 255) {
            throw ScopeException.bad(kind, whole, octet + " is not an octet (0–255)");
        }
        if (octet.length() > 1 && octet.charAt(0) == '0') {
            // Some tools (inet_aton, ping) read a leading zero as octal, so "010" is ambiguous.
            throw ScopeException.bad(kind, whole,
                    octet + " has a leading zero, which some tools read as octal; write " + value);
        }
        return value;
    }
}
