package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

// All literals here are only parsed and iterated in memory; nothing is ever sent.
class TargetPlanTest {

    private static TargetPlan plan(String list) {
        return new TargetPlan(TargetSpec.parseList(list), 3289);
    }

    private static List<String> dotted(TargetPlan plan) {
        List<String> out = new ArrayList<>();
        plan.addresses().forEachRemaining((int a) -> out.add(Ipv4.toDotted(a)));
        return out;
    }

    @Test
    void slash16IteratesLazilyWithoutNetworkAndBroadcast() {
        TargetPlan plan = plan("127.1.0.0/16");
        assertThat(plan.size()).isEqualTo(65_534);
        PrimitiveIterator.OfInt it = plan.addresses();
        int first = it.nextInt();
        int last = first;
        long count = 1;
        while (it.hasNext()) {
            int next = it.nextInt();
            assertThat(Integer.compareUnsigned(next, last)).isPositive();
            last = next;
            count++;
        }
        assertThat(count).isEqualTo(65_534);
        assertThat(Ipv4.toDotted(first)).isEqualTo("127.1.0.1");
        assertThat(Ipv4.toDotted(last)).isEqualTo("127.1.255.254");
        assertThatThrownBy(it::nextInt).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void hugePlanIsSizedWithoutIterating() {
        TargetPlan plan = plan("0.0.0.0/0"); // parse only: never iterated to the end
        assertThat(plan.size()).isEqualTo((1L << 32) - 2);
        PrimitiveIterator.OfInt it = plan.addresses();
        assertThat(Ipv4.toDotted(it.nextInt())).isEqualTo("0.0.0.1");
        assertThat(Ipv4.toDotted(it.nextInt())).isEqualTo("0.0.0.2");
    }

    @Test
    void socketAddressesCarryThePort() {
        Iterator<InetSocketAddress> it = new TargetPlan(
                TargetSpec.parseList("192.0.2.1-2"), 23_289).iterator();
        assertThat(it.next()).isEqualTo(new InetSocketAddress(Ipv4.toInet(0xC0000201), 23_289));
        assertThat(it.next().getAddress().getHostAddress()).isEqualTo("192.0.2.2");
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void overlappingSpecsAreProbedOnceInAscendingOrder() {
        TargetPlan plan = plan("192.0.2.10-20, 192.0.2.15-25, 192.0.2.12, 192.0.2.1");
        assertThat(plan.size()).isEqualTo(17);
        assertThat(dotted(plan)).startsWith("192.0.2.1", "192.0.2.10", "192.0.2.11")
                .endsWith("192.0.2.25").doesNotHaveDuplicates();
    }

    @Test
    void adjacentCidrBlocksKeepTheirOwnNetworkAndBroadcastExcluded() {
        TargetPlan plan = plan("198.51.100.0/25, 198.51.100.128/25");
        assertThat(plan.size()).isEqualTo(252);
        assertThat(dotted(plan)).doesNotContain("198.51.100.0", "198.51.100.127",
                "198.51.100.128", "198.51.100.255");
    }

    @Test
    void explicitRangeBringsBackExcludedAddresses() {
        TargetPlan plan = plan("198.51.100.0/24, 198.51.100.0-198.51.100.255");
        assertThat(plan.size()).isEqualTo(256);
        assertThat(plan.contains(Ipv4.parseIPv4("198.51.100.0"))).isTrue();
        assertThat(plan.contains(Ipv4.parseIPv4("198.51.100.255"))).isTrue();
    }

    @Test
    void containsUsesTheMergedIntervals() {
        TargetPlan plan = plan("203.0.113.0/24, 192.0.2.5, 198.51.100.10-20");
        assertThat(plan.contains(Ipv4.parseIPv4("203.0.113.1"))).isTrue();
        assertThat(plan.contains(Ipv4.parseIPv4("203.0.113.0"))).isFalse();
        assertThat(plan.contains(Ipv4.parseIPv4("192.0.2.5"))).isTrue();
        assertThat(plan.contains(Ipv4.parseIPv4("192.0.2.4"))).isFalse();
        assertThat(plan.contains(Ipv4.parseIPv4("198.51.100.15"))).isTrue();
        assertThat(plan.contains(Ipv4.parseIPv4("198.51.100.21"))).isFalse();
        assertThat(plan.contains(Ipv4.parseIPv4("127.0.0.1"))).isFalse();
    }

    @Test
    void intervalsAboveTheSignBitSortUnsigned() {
        TargetPlan plan = plan("198.51.100.1, 127.0.0.1"); // 198.x is negative as an int
        assertThat(dotted(plan)).containsExactly("127.0.0.1", "198.51.100.1");
    }

    @Test
    void topOfTheAddressSpaceTerminates() {
        TargetPlan plan = plan("255.255.255.254-255.255.255.255"); // parse only
        assertThat(dotted(plan)).containsExactly("255.255.255.254", "255.255.255.255");
    }

    @Test
    void emptyPlanAndBadPort() {
        TargetPlan empty = TargetPlan.empty(3289);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.addresses().hasNext()).isFalse();
        assertThat(empty.iterator().hasNext()).isFalse();
        assertThat(empty.contains(0)).isFalse();
        assertThatThrownBy(() -> TargetPlan.empty(0)).isInstanceOf(ScopeException.class)
                .hasMessage("Port 0 is out of range; use 1–65535.");
    }

    @Property(tries = 200)
    void iteratedCountEqualsSizeForRandomCidrs(@ForAll int address,
            @ForAll @IntRange(min = 14, max = 32) int prefix) {
        TargetPlan plan = new TargetPlan(List.of(new TargetSpec.Cidr(address, prefix)), 3289);
        long count = 0;
        for (PrimitiveIterator.OfInt it = plan.addresses(); it.hasNext(); it.nextInt()) {
            count++;
        }
        assertThat(count).isEqualTo(plan.size()).isEqualTo(plan.specs().get(0).size());
    }

    /** Compares the plan against a naive membership bitmap over a 1,024-address window. */
    @Property(tries = 300)
    void planEqualsUnionOfSpecs(@ForAll("windowSpecs") @Size(min = 1, max = 6) List<TargetSpec> specs) {
        int base = Ipv4.parseIPv4("127.8.0.0"); // window 127.8.0.0–127.8.3.255, parse only
        BitSet expected = new BitSet(1024);
        for (int offset = 0; offset < 1024; offset++) {
            int address = base + offset;
            if (specs.stream().anyMatch(s -> s.contains(address))) {
                expected.set(offset);
            }
        }
        TargetPlan plan = new TargetPlan(specs, 3289);
        BitSet actual = new BitSet(1024);
        plan.addresses().forEachRemaining((int a) -> actual.set(a - base));
        assertThat(actual).isEqualTo(expected);
        assertThat(plan.size()).isEqualTo(expected.cardinality());
        for (int offset = 0; offset < 1024; offset++) {
            assertThat(plan.contains(base + offset)).isEqualTo(expected.get(offset));
        }
    }

    @Provide
    Arbitrary<List<TargetSpec>> windowSpecs() {
        int base = Ipv4.parseIPv4("127.8.0.0");
        Arbitrary<TargetSpec> cidr = Combinators.combine(
                Arbitraries.integers().between(0, 1023), Arbitraries.integers().between(22, 32))
                .as((offset, prefix) -> new TargetSpec.Cidr(base + offset, prefix));
        Arbitrary<TargetSpec> range = Combinators.combine(
                Arbitraries.integers().between(0, 1023), Arbitraries.integers().between(0, 200))
                .as((offset, length) -> new TargetSpec.Range(base + offset,
                        base + Math.min(1023, offset + length)));
        Arbitrary<TargetSpec> single = Arbitraries.integers().between(0, 1023)
                .map(offset -> new TargetSpec.Single(base + offset));
        return Arbitraries.oneOf(cidr, range, single).list();
    }
}
