package org.openenpc.sim;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a {@link Simulator} needs: its printers, the ports, the seed, the faults and how fast
 * the printers print. Built by {@link Builder} either from a count, a base address and a profile
 * cycle, or from an explicit list of {@link PrinterSpec}s. Immutable; any thread.
 *
 * @param port             UDP port of every printer; 0 picks a free ephemeral port at start
 * @param seed             seeds every fault draw and the choice of silent printers
 * @param probeReplyLetter the packet letter of probe replies ('p' is a GUESS, PROTOCOL.md §1, §5)
 * @param snmpPort         SNMP UDP port of every printer that answers SNMP: {@link #SNMP_OFF} (the
 *                         default) serves no SNMP, 0 picks a free ephemeral port, as for {@code port}
 * @param snmpCommunity    the only community answered; requests with another get no answer
 * @param printRate        pages per minute every printer prints while it can (0 = none), draining
 *                         its supplies and raising its page count
 * @param ippPort          TCP port of the IPP listener of every printer whose profile answers IPP:
 *                         {@link #IPP_OFF} (the default) serves no IPP, 0 picks a free ephemeral port;
 *                         every printer has its own address, so all share the one port number
 */
public record SimulatorConfig(List<PrinterSpec> printers, int port, long seed, Faults faults, char probeReplyLetter,
                              int snmpPort, String snmpCommunity, int printRate, int ippPort) {

    /**
     * One process has 20,000 file descriptors here; keep room for the JVM (ARCHITECTURE.md). With
     * SNMP on, each answering printer needs a second socket, with IPP on a listening one more (plus
     * at most {@link IppServer#MAX_CONNECTIONS} open connections), so the limit is on sockets:
     * printers + SNMP printers + IPP printers ≤ this (about 9,500 printers with SNMP, 6,300 with both).
     */
    public static final int MAX_PRINTERS = 19_000;
    /** ENPC's port (PROTOCOL.md §2). */
    public static final int ENPC_PORT = 3289;
    /** SNMP's well-known port; binding it needs privileges, so users often pick e.g. 1161. */
    public static final int SNMP_PORT = 161;
    /** {@link #snmpPort()} value meaning "serve no SNMP". */
    public static final int SNMP_OFF = -1;
    /** The community real printers answer by default (PROTOCOL.md §4). */
    public static final String DEFAULT_COMMUNITY = "public";
    /** IPP's well-known port (RFC 8011); binding it needs privileges. */
    public static final int IPP_PORT = 631;
    /** {@link #ippPort()} value meaning "serve no IPP". */
    public static final int IPP_OFF = -1;
    /** Upper bound of {@link #printRate()}: one page per 10 ms. */
    public static final int MAX_PRINT_RATE = 6000;

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
        checkSockets(printers, port, snmpPort, ippPort);
        snmpCommunity = Objects.requireNonNullElse(snmpCommunity, DEFAULT_COMMUNITY);
        if (printRate < 0 || printRate > MAX_PRINT_RATE) {
            throw new IllegalArgumentException("print rate must be 0 to " + MAX_PRINT_RATE + " pages per minute, not "
                    + printRate);
        }
    }

    /** The configuration without IPP, as before IPP existed. */
    public SimulatorConfig(List<PrinterSpec> printers, int port, long seed, Faults faults, char probeReplyLetter,
                           int snmpPort, String snmpCommunity, int printRate) {
        this(printers, port, seed, faults, probeReplyLetter, snmpPort, snmpCommunity, printRate, IPP_OFF);
    }

    /** True when the simulator serves SNMP. */
    public boolean snmp() {
        return snmpPort != SNMP_OFF;
    }

    /** True when the simulator serves IPP. */
    public boolean ipp() {
        return ippPort != IPP_OFF;
    }

    private static void checkSockets(List<PrinterSpec> printers, int port, int snmpPort, int ippPort) {
        long snmp = 0;
        if (snmpPort != SNMP_OFF) {
            if (snmpPort < 0 || snmpPort > 0xFFFF) {
                throw new IllegalArgumentException("SNMP port must be 0 (ephemeral) to 65535, not " + snmpPort);
            }
            if (snmpPort != 0 && snmpPort == port) {
                throw new IllegalArgumentException("the SNMP port must differ from the ENPC port " + port);
            }
            snmp = printers.stream().filter(p -> p.profile().snmp().answers() && !p.snmpDisabled()).count();
        }
        long ipp = 0;
        if (ippPort != IPP_OFF) {
            if (ippPort < 0 || ippPort > 0xFFFF) {
                throw new IllegalArgumentException("IPP port must be 0 (ephemeral) to 65535, not " + ippPort);
            }
            ipp = printers.stream().filter(p -> p.profile().ipp().answers()).count();
        }
        long sockets = printers.size() + snmp + ipp;
        if (sockets > MAX_PRINTERS) {
            throw new IllegalArgumentException(printers.size() + " printers, " + snmp + " of them with SNMP and " + ipp
                    + " with IPP, need " + sockets + " sockets; one simulator has at most " + MAX_PRINTERS);
        }
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
                out.add(new PrinterSpec(ip, Profiles.at(cycle, out.size()), null, null, null, null, null, null, false, false));
            }
        }
        return out;
    }

    /** Builds a {@link SimulatorConfig}. Defaults: 1 TM-T88V at 127.0.1.1, port 0, seed 1, no faults, no SNMP, no IPP, no printing. Not thread-safe. */
    public static final class Builder {
        private int count = 1;
        private Inet4Address base = Loopback.parse("127.0.1.1");
        private List<PrinterProfile> cycle = List.of(PrinterProfile.TM_T88V);
        private List<PrinterSpec> explicit;
        private int port;
        private long seed = 1;
        private Faults faults = Faults.NONE;
        private char probeReplyLetter = ReplyFactory.DEFAULT_PROBE_REPLY_LETTER;
        private int snmpPort = SNMP_OFF;
        private String snmpCommunity = DEFAULT_COMMUNITY;
        private int printRate;
        private int ippPort = IPP_OFF;

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

        /** Serves SNMP on this port (0 = a free ephemeral port, {@link #SNMP_OFF} = none, the default). */
        public Builder snmpPort(int p) {
            this.snmpPort = p;
            return this;
        }

        /** The community answered ("public" by default). */
        public Builder snmpCommunity(String c) {
            this.snmpCommunity = Objects.requireNonNull(c, "community");
            return this;
        }

        /** Pages per minute every printer prints while it can (0, the default, = none). */
        public Builder printRate(int pagesPerMinute) {
            this.printRate = pagesPerMinute;
            return this;
        }

        /** Serves IPP on this TCP port (0 = a free ephemeral port, {@link #IPP_OFF} = none, the default). */
        public Builder ippPort(int p) {
            this.ippPort = p;
            return this;
        }

        public SimulatorConfig build() {
            List<PrinterSpec> specs = explicit != null ? explicit : range(count, base, cycle);
            return new SimulatorConfig(specs, port, seed, faults, probeReplyLetter, snmpPort, snmpCommunity, printRate,
                    ippPort);
        }
    }
}
