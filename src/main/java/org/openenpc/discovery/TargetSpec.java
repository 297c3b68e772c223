package org.openenpc.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * One unicast target token typed by the user: a single address, a CIDR block or a range. Every
 * spec denotes one contiguous interval of addresses {@code [first(), last()]} (unsigned order),
 * which is what {@link TargetPlan} merges and walks.
 *
 * <p>What is included:
 * <ul>
 *   <li>{@code 192.0.2.7} — exactly that address.</li>
 *   <li>{@code 192.0.2.10-192.0.2.20} or the short form {@code 192.0.2.10-20} (last octet) —
 *       exactly the addresses asked for, both ends included.</li>
 *   <li>{@code 192.0.2.0/24} — host bits are allowed and masked off ({@code 192.0.2.77/24} is
 *       the same block). For prefixes 0–30 the block's network address (all host bits 0) and
 *       broadcast address (all host bits 1) are skipped, as nmap and Angry IP Scanner do for host
 *       sweeps: they are not hosts, and unicasting to a directed broadcast would wake every
 *       device on that subnet. {@code /31} (RFC 3021 point-to-point) and {@code /32} include
 *       all their addresses.</li>
 * </ul>
 * Only numeric IPv4 is accepted; host names are rejected and never resolved, IPv6 is rejected.
 *
 * <p>Immutable value objects; parsed on the UI or CLI thread, read by the prober thread.
 */
public sealed interface TargetSpec permits TargetSpec.Single, TargetSpec.Cidr, TargetSpec.Range {

    /** First address that will be probed (unsigned 32-bit value in an int). */
    int first();

    /** Last address that will be probed, inclusive (unsigned 32-bit value in an int). */
    int last();

    /** Number of addresses probed: {@code last - first + 1} as unsigned values. */
    default long size() {
        return Ipv4.unsigned(last()) - Ipv4.unsigned(first()) + 1;
    }

    /** Whether {@code address} is one of the probed addresses. */
    default boolean contains(int address) {
        return Integer.compareUnsigned(address, first()) >= 0
                && Integer.compareUnsigned(address, last()) <= 0;
    }

    /** Canonical form that {@link #parse} reads back to an equal spec. */
    @Override
    String toString();

    /**
     * Parses one token (surrounding whitespace and spaces around '-' or '/' are ignored).
     *
     * @throws ScopeException with one sentence naming the token if it is not a valid form
     */
    static TargetSpec parse(String token) {
        return SpecParser.parse(token);
    }

    /**
     * Parses a comma-separated list of tokens, in order.
     *
     * @throws ScopeException naming the first bad token, or the list if an entry is empty
     */
    static List<TargetSpec> parseList(String list) {
        String text = list == null ? "" : list.strip();
        if (text.isEmpty()) {
            return List.of(parse(text)); // reuse the "Empty target" sentence
        }
        String[] tokens = text.split(",", -1);
        List<TargetSpec> specs = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].isBlank()) {
                throw ScopeException.bad("target list", text, "entry " + (i + 1) + " is empty");
            }
            specs.add(parse(tokens[i]));
        }
        return List.copyOf(specs);
    }

    /** One address. */
    record Single(int address) implements TargetSpec {
        @Override
        public int first() {
            return address;
        }

        @Override
        public int last() {
            return address;
        }

        @Override
        public String toString() {
            return Ipv4.toDotted(address);
        }
    }

    /** A CIDR block; the network is always stored masked. */
    record Cidr(int network, int prefixLength) implements TargetSpec {
        /** @throws ScopeException if the prefix length is outside 0–32 */
        public Cidr {
            if (prefixLength < 0 || prefixLength > 32) {
                throw ScopeException.bad("range", Ipv4.toDotted(network) + "/" + prefixLength,
                        "prefix length must be 0–32");
            }
            network &= Ipv4.mask(prefixLength);
        }

        /** The block's broadcast address (all host bits set). */
        public int broadcast() {
            return network | ~Ipv4.mask(prefixLength);
        }

        /** Whether network and broadcast addresses are skipped (prefix 0–30). */
        public boolean skipsNetworkAndBroadcast() {
            return prefixLength <= 30;
        }

        @Override
        public int first() {
            return skipsNetworkAndBroadcast() ? network + 1 : network;
        }

        @Override
        public int last() {
            return skipsNetworkAndBroadcast() ? broadcast() - 1 : broadcast();
        }

        @Override
        public String toString() {
            return Ipv4.toDotted(network) + "/" + prefixLength;
        }
    }

    /** An inclusive range; both ends are probed. */
    record Range(int first, int last) implements TargetSpec {
        /** @throws ScopeException if {@code first} is above {@code last} */
        public Range {
            if (Integer.compareUnsigned(first, last) > 0) {
                throw new ScopeException("Range \"" + Ipv4.toDotted(first) + "-"
                        + Ipv4.toDotted(last) + "\" runs backwards.");
            }
        }

        @Override
        public String toString() {
            return Ipv4.toDotted(first) + "-" + Ipv4.toDotted(last);
        }
    }
}
