package org.openenpc.sim;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a {@link Simulator} needs: its printers, the port, the seed and the faults. Built by
 * {@link Builder} either from a count, a base address and a profile cycle, or from an explicit list
 * of {@link PrinterSpec}s. Immutable; any thread.
 *
 * @param port             UDP port of every printer; 0 picks a free ephemeral port at start
 * @param seed             seeds every fault draw and the choice of silent printers
 * @param probeReplyLetter the packet letter of probe replies ('p' is a GUESS, PROTOCOL.md §1, §5)
 */
public record SimulatorConfig(List<PrinterSpec> printers, int port, long seed, Faults faults, char probeReplyLetter) {

    /** One process has 20,000 file descriptors here; keep room for the JVM (ARCHITECTURE.md). */
    public static final int MAX_PRINTERS = 19_000;
    /** ENPC's port (PROTOCOL.md §2). */
    public static final int ENPC_PORT = 3289;

    public SimulatorConfig {
        printers = List.copyOf(printers);
        if (printers.isEmpty() || printers.size() > MAX_PRINTERS) {
            throw new IllegalArgumentException("a simulator hosts 1 to " + MAX_PRINTERS + " printers, not "
                    + printers.size());
        }
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be 0 (ephemeral) to 65535, not " + port);
        }
        Set<Inet4Address> seen = new HashSet<>();
        for (PrinterSpec p : printers) {
            if (!seen.add(p.ip())) {
                throw new IllegalArgumentException("two printers share the address " + p.ip().getHostAddress());
            }
        }
        faults = Objects.requireNonNullElse(faults, Faults.NONE);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code count} printers from {@code base} upwards, skipping addresses ending in .0 or .255, the
     * i-th (0-based) with profile {@code Profiles.at(cycle, i)}.
     */
    public static List<PrinterSpec> range(int count, Inet4Address base, List<PrinterProfile> cycle) {
        Loopback.require(base, "base address");
        if (count < 1 || count > MAX_PRINTERS) {
            throw new IllegalArgumentException("printer count must be 1 to " + MAX_PRINTERS + ", not " + count);
        }
        List<PrinterSpec> out = new ArrayList<>(count);
        long next = Integer.toUnsignedLong(Loopback.toInt(base));
        long last = Integer.toUnsignedLong(Loopback.toInt(Loopback.BROADCAST)) - 1;
        while (out.size() < count) {
            if (next > last) {
                throw new IllegalArgumentException("only " + out.size() + " loopback addresses remain after "
                        + base.getHostAddress() + "; " + count + " were asked for");
            }
            Inet4Address ip = Loopback.ofInt((int) next++);
            if (!Loopback.isNetworkOrBroadcastOctet(ip)) {
                out.add(new PrinterSpec(ip, Profiles.at(cycle, out.size()), null, null, null, null, null, null, false));
            }
        }
        return out;
    }

    /** Builds a {@link SimulatorConfig}. Defaults: 1 TM-T88V at 127.0.1.1, port 0, seed 1, no faults. Not thread-safe. */
    public static final class Builder {
        private int count = 1;
        private Inet4Address base = Loopback.parse("127.0.1.1");
        private List<PrinterProfile> cycle = List.of(PrinterProfile.TM_T88V);
        private List<PrinterSpec> explicit;
        private int port;
        private long seed = 1;
        private Faults faults = Faults.NONE;
        private char probeReplyLetter = ReplyFactory.DEFAULT_PROBE_REPLY_LETTER;

        private Builder() {
        }

        public Builder count(int n) {
            this.count = n;
            return this;
        }

        /** First printer address, e.g. "127.0.1.1"; must be in 127.0.0.0/8. */
        public Builder base(String address) {
            this.base = Loopback.require(Loopback.parse(address), "base address");
            return this;
        }

        public Builder profile(PrinterProfile p) {
            return profiles(List.of(p));
        }

        /** Printers cycle through these profiles, e.g. {@link Profiles#MIX}. */
        public Builder profiles(List<PrinterProfile> c) {
            if (c.isEmpty()) {
                throw new IllegalArgumentException("at least one profile is needed");
            }
            this.cycle = List.copyOf(c);
            return this;
        }

        /** An explicit printer list; replaces count, base and profiles. */
        public Builder printers(List<PrinterSpec> specs) {
            this.explicit = List.copyOf(specs);
            return this;
        }

        public Builder port(int p) {
            this.port = p;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder faults(Faults f) {
            this.faults = Objects.requireNonNull(f, "faults");
            return this;
        }

        /** The letter of probe replies; 'p' by default (a GUESS, PROTOCOL.md §1 and §5). */
        public Builder probeReplyLetter(char c) {
            this.probeReplyLetter = c;
            return this;
        }

        public SimulatorConfig build() {
            List<PrinterSpec> specs = explicit != null ? explicit : range(count, base, cycle);
            return new SimulatorConfig(specs, port, seed, faults, probeReplyLetter);
        }
    }
}
