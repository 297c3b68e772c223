package org.openenpc.discovery;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * The unicast targets of a scan: the union of several {@link TargetSpec}s, walked lazily in
 * ascending address order with O(1) memory per iterator (a /16 is never turned into a list).
 *
 * <p>Each spec is one interval {@code [first, last]} (for CIDR blocks of prefix 0–30 that
 * interval already excludes the block's own network and broadcast address). The plan sorts and
 * merges overlapping or adjacent intervals, so every address is probed once even when specs
 * overlap, and {@link #size()} counts distinct addresses. The exclusion is per CIDR block and an
 * explicit spec wins: {@code 192.0.2.0/25} plus {@code 192.0.2.128/25} skips .0, .127, .128 and
 * .255, but adding the range {@code 192.0.2.0-192.0.2.255} brings them back because the user
 * asked for them.
 *
 * <p>Immutable and safe to share; each iterator is meant for one thread (the prober loop).
 */
public final class TargetPlan implements Iterable<InetSocketAddress> {
    private final List<TargetSpec> specs;
    private final int port;
    /** Merged, sorted, disjoint intervals as unsigned values; a few entries per spec at most. */
    private final long[] starts;
    private final long[] ends;
    private final long size;

    /**
     * @param specs the target specs in user order (duplicates and overlaps allowed)
     * @param port  destination UDP port for {@link #iterator()}, 1–65535
     */
    public TargetPlan(List<TargetSpec> specs, int port) {
        if (port < 1 || port > 65_535) {
            throw new ScopeException("Port " + port + " is out of range; use 1–65535.");
        }
        this.specs = List.copyOf(specs);
        this.port = port;
        long[][] merged = merge(this.specs);
        this.starts = merged[0];
        this.ends = merged[1];
        long total = 0;
        for (int i = 0; i < starts.length; i++) {
            total += ends[i] - starts[i] + 1;
        }
        this.size = total;
    }

    /** A plan with no targets. */
    public static TargetPlan empty(int port) {
        return new TargetPlan(List.of(), port);
    }

    /** Sorts intervals by start and folds each one into the previous when they touch. */
    private static long[][] merge(List<TargetSpec> specs) {
        TargetSpec[] sorted = specs.toArray(TargetSpec[]::new);
        Arrays.sort(sorted, Comparator.comparingLong((TargetSpec s) -> Ipv4.unsigned(s.first())));
        long[] starts = new long[sorted.length];
        long[] ends = new long[sorted.length];
        int count = 0;
        for (TargetSpec spec : sorted) {
            long first = Ipv4.unsigned(spec.first());
            long last = Ipv4.unsigned(spec.last());
            if (count > 0 && first <= ends[count - 1] + 1) {
                ends[count - 1] = Math.max(ends[count - 1], last);
            } else {
                starts[count] = first;
                ends[count] = last;
                count++;
            }
        }
        return new long[][] {Arrays.copyOf(starts, count), Arrays.copyOf(ends, count)};
    }

    /** The specs as given, in user order. */
    public List<TargetSpec> specs() {
        return specs;
    }

    /** Destination port used by {@link #iterator()}. */
    public int port() {
        return port;
    }

    /** Number of distinct addresses that will be probed. */
    public long size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Whether {@code address} is a target; O(log n) in the number of merged intervals. */
    public boolean contains(int address) {
        long value = Ipv4.unsigned(address);
        int index = Arrays.binarySearch(starts, value);
        if (index >= 0) {
            return true;
        }
        int before = -index - 2; // the interval starting just below value, if any
        return before >= 0 && value <= ends[before];
    }

    /** Fast path for the prober: every target as an int, ascending, without allocation. */
    public PrimitiveIterator.OfInt addresses() {
        return new AddressIterator();
    }

    /** Every target as a socket address on {@link #port()}; allocates per element. */
    @Override
    public Iterator<InetSocketAddress> iterator() {
        PrimitiveIterator.OfInt addresses = addresses();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return addresses.hasNext();
            }

            @Override
            public InetSocketAddress next() {
                return new InetSocketAddress(Ipv4.toInet(addresses.nextInt()), port);
            }
        };
    }

    @Override
    public String toString() {
        return "TargetPlan" + specs + " (" + size + " addresses, port " + port + ")";
    }

    /** Walks the merged intervals; state is just an interval index and the next value. */
    private final class AddressIterator implements PrimitiveIterator.OfInt {
        private int interval;
        private long next = starts.length > 0 ? starts[0] : 0;

        @Override
        public boolean hasNext() {
            return interval < starts.length;
        }

        @Override
        public int nextInt() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more targets");
            }
            long current = next;
            if (current == ends[interval]) {
                interval++;
                next = interval < starts.length ? starts[interval] : 0;
            } else {
                next = current + 1;
            }
            return (int) current;
        }
    }
}
