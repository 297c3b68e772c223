package org.openenpc.discovery;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.openenpc.ipp.IppSettings;
import org.openenpc.mdns.MdnsSettings;
import org.openenpc.snmp.SnmpSettings;

/**
 * Everything that defines one discovery scan: where to send (broadcast addresses and unicast
 * targets), the port, how long to wait for stragglers, how often to retry and how fast to send.
 * Build it with {@link #builder()}; the canonical constructor validates too, so no invalid scope
 * can exist.
 *
 * <p>When neither explicit broadcasts nor ranges are given, the scan uses the directed broadcast
 * of every local interface. Adding any explicit target switches that default off, unless
 * {@link Builder#includeInterfaceBroadcasts(boolean)} is set explicitly. Unicast scopes above
 * {@value #LARGE_SCOPE_LIMIT} addresses are refused unless large scopes are allowed, so a typo
 * such as {@code /8} for {@code /24} cannot start a multi-hour sweep.
 *
 * <p>Immutable: built on the UI or CLI thread, read by the prober thread.
 *
 * @param broadcasts                 explicit IPv4 broadcast addresses, in order
 * @param includeInterfaceBroadcasts whether to add every local interface's directed broadcast
 * @param ranges                     unicast target specs, in user order
 * @param port                       destination UDP port, 1–65535
 * @param quietTimeout               the longest time without new replies that ends the scan, 50 ms–60 s: shorter
 *                                   when the replies measured are fast ({@link ScanEnd})
 * @param retries                    extra rounds after the first, 0–20
 * @param rate                       packets per second, 1–1,000,000
 * @param allowLarge                 whether unicast scopes over the limit are permitted
 * @param snmp                       how to read each found device's status over SNMP, or null for no
 *                                   SNMP (the builder's default; the app and the CLI turn it on)
 * @param snmpDiscovery              whether each unicast target is also asked over SNMP (sysDescr and
 *                                   Epson's device ID), so devices that answer SNMP but not ENPC are
 *                                   found; needs {@code snmp}; off by default. Never sent to broadcasts.
 * @param maxTime                    the scan's hard deadline (0.1 s–24 h), or null for the one derived
 *                                   from the scope ({@link ScanBudget})
 * @param ipp                        how to read printers over IPP, or null for no IPP (the builder's default).
 *                                   With it, each printer a DNS-SD announcement names is read, and with
 *                                   {@link IppSettings#probe()} every unicast target and every device found too
 * @param mdns                       how to browse DNS-SD over mDNS on the interfaces whose broadcasts the scan
 *                                   sends, or null for none (the builder's default; the CLI and the app turn it
 *                                   on for interface scopes)
 */
public record ScanScope(List<InetAddress> broadcasts, boolean includeInterfaceBroadcasts,
        List<TargetSpec> ranges, int port, Duration quietTimeout, int retries, int rate,
        boolean allowLarge, SnmpSettings snmp, boolean snmpDiscovery, Duration maxTime, IppSettings ipp,
        MdnsSettings mdns) {

    public static final Duration MIN_MAX_TIME = Duration.ofMillis(100);
    public static final Duration MAX_MAX_TIME = Duration.ofHours(24);

    public static final int DEFAULT_PORT = 3289;
    public static final Duration DEFAULT_QUIET_TIMEOUT = Duration.ofMillis(1500);
    public static final int DEFAULT_RETRIES = 3;
    public static final int DEFAULT_RATE = 2000;
    public static final int MAX_RETRIES = 20;
    public static final Duration MIN_QUIET_TIMEOUT = Duration.ofMillis(50);
    public static final Duration MAX_QUIET_TIMEOUT = Duration.ofSeconds(60);
    public static final int LARGE_SCOPE_LIMIT = 65_536;

    /** Validates every field; each failure is a {@link ScopeException} naming the bad value. */
    public ScanScope {
        broadcasts = List.copyOf(broadcasts);
        ranges = List.copyOf(ranges);
        Objects.requireNonNull(quietTimeout, "quietTimeout");
        broadcasts.forEach(ScanScope::requireIpv4);
        check(port >= 1 && port <= 65_535, "Port " + port + " is out of range; use 1–65535.");
        check(retries >= 0 && retries <= MAX_RETRIES,
                "Retries " + retries + " is out of range; use 0–" + MAX_RETRIES + ".");
        check(rate >= 1 && rate <= RateLimiter.MAX_RATE,
                "Rate " + rate + " packets per second is out of range; use 1–1,000,000.");
        check(quietTimeout.compareTo(MIN_QUIET_TIMEOUT) >= 0
                && quietTimeout.compareTo(MAX_QUIET_TIMEOUT) <= 0, "Quiet timeout of "
                + quietTimeout.toMillis() + " ms is out of range; use 50 ms–60 s.");
        check(includeInterfaceBroadcasts || !broadcasts.isEmpty() || !ranges.isEmpty(),
                "Nothing to scan: add a broadcast address or a range,"
                        + " or include interface broadcasts.");
        check(!snmpDiscovery || snmp != null, "SNMP discovery needs SNMP settings; turn SNMP on.");
        check(maxTime == null || (maxTime.compareTo(MIN_MAX_TIME) >= 0 && maxTime.compareTo(MAX_MAX_TIME) <= 0),
                "Maximum scan time of " + (maxTime == null ? "" : maxTime.toMillis() / 1000.0 + " s")
                        + " is out of range; use 0.1 s–24 h.");
        long size = new TargetPlan(ranges, port).size();
        check(allowLarge || size <= LARGE_SCOPE_LIMIT, "Scope of " + grouped(size)
                + " addresses is over the limit of " + grouped(LARGE_SCOPE_LIMIT)
                + "; narrow it or allow large scopes explicitly.");
    }

    /** Interface broadcasts only, with default port, timeout, retries and rate. */
    public static ScanScope defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder preloaded with this scope, for editing a copy. */
    public Builder toBuilder() {
        Builder builder = new Builder().port(port).quietTimeout(quietTimeout).retries(retries)
                .rate(rate).allowLarge(allowLarge)
                .includeInterfaceBroadcasts(includeInterfaceBroadcasts).snmp(snmp).snmpDiscovery(snmpDiscovery)
                .maxTime(maxTime).ipp(ipp).mdns(mdns);
        broadcasts.forEach(builder::addBroadcast);
        ranges.forEach(builder::addRange);
        return builder;
    }

    /** The unicast targets, merged and ready to iterate lazily. */
    public TargetPlan unicastPlan() {
        return new TargetPlan(ranges, port);
    }

    /**
     * Explicit broadcasts followed, if enabled, by the interfaces' directed broadcasts; each
     * address once, in that order.
     */
    public List<InetAddress> resolvedBroadcasts(InterfaceSource source) {
        Set<InetAddress> all = new LinkedHashSet<>(broadcasts);
        if (includeInterfaceBroadcasts) {
            InterfaceBroadcasts.compute(source).forEach(b -> all.add(Ipv4.toInet(b.broadcast())));
        }
        return List.copyOf(all);
    }

    /**
     * Human summary, e.g.
     * "broadcast 127.255.255.255 + 127.0.1.0/24 (254 addresses), port 23289".
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!broadcasts.isEmpty()) {
            parts.add("broadcast " + broadcasts.stream().map(InetAddress::getHostAddress)
                    .collect(Collectors.joining(", ")));
        }
        if (includeInterfaceBroadcasts) {
            parts.add("interface broadcasts");
        }
        if (!ranges.isEmpty()) {
            long size = unicastPlan().size();
            parts.add(ranges.stream().map(TargetSpec::toString).collect(Collectors.joining(", "))
                    + " (" + grouped(size) + (size == 1 ? " address)" : " addresses)"));
        }
        return String.join(" + ", parts) + ", port " + port;
    }

    private static void requireIpv4(InetAddress address) {
        if (!(address instanceof Inet4Address)) {
            throw ScopeException.bad("broadcast address", String.valueOf(address),
                    "only IPv4 is supported");
        }
    }

    private static void check(boolean ok, String sentence) {
        if (!ok) {
            throw new ScopeException(sentence);
        }
    }

    /** Thousands separators regardless of the user's locale, to match the log and CLI text. */
    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * Collects scope settings; every setter returns {@code this}. Parsing methods throw a
     * {@link ScopeException} naming the bad token at once, range checks happen in {@link #build()}.
     * Not thread-safe: use on one thread (the UI or CLI thread).
     */
    public static final class Builder {
        private final List<InetAddress> broadcasts = new ArrayList<>();
        private final List<TargetSpec> ranges = new ArrayList<>();
        /** {@code null} until set: then it defaults to "only if nothing explicit was added". */
        private Boolean includeInterfaceBroadcasts;
        private int port = DEFAULT_PORT;
        private Duration quietTimeout = DEFAULT_QUIET_TIMEOUT;
        private int retries = DEFAULT_RETRIES;
        private int rate = DEFAULT_RATE;
        private boolean allowLarge;
        private SnmpSettings snmp;
        private IppSettings ipp;
        private MdnsSettings mdns;
        private boolean snmpDiscovery;
        private Duration maxTime;

        private Builder() {
        }

        /** Adds one numeric IPv4 broadcast address, or several separated by commas. */
        public Builder addBroadcast(String addresses) {
            for (String token : (addresses == null ? "" : addresses).split(",", -1)) {
                broadcasts.add(Ipv4.toInet(Ipv4.parseIPv4(token)));
            }
            return this;
        }

        /** Adds an IPv4 broadcast address. */
        public Builder addBroadcast(InetAddress address) {
            requireIpv4(address);
            broadcasts.add(address);
            return this;
        }

        /** Adds unicast targets: one token or a comma list (see {@link TargetSpec}). */
        public Builder addRange(String list) {
            ranges.addAll(TargetSpec.parseList(list));
            return this;
        }

        /** Adds one unicast target spec. */
        public Builder addRange(TargetSpec spec) {
            ranges.add(Objects.requireNonNull(spec, "spec"));
            return this;
        }

        public Builder includeInterfaceBroadcasts(boolean include) {
            this.includeInterfaceBroadcasts = include;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder quietTimeout(Duration quietTimeout) {
            this.quietTimeout = Objects.requireNonNull(quietTimeout, "quietTimeout");
            return this;
        }

        /** Extra rounds after the first one. */
        public Builder retries(int retries) {
            this.retries = retries;
            return this;
        }

        /** Packets per second. */
        public Builder rate(int rate) {
            this.rate = rate;
            return this;
        }

        public Builder allowLarge(boolean allowLarge) {
            this.allowLarge = allowLarge;
            return this;
        }

        /** SNMP status reads for found devices with these settings; null turns them off. */
        public Builder snmp(SnmpSettings snmp) {
            this.snmp = snmp;
            return this;
        }

        /** Also asks every unicast target over SNMP (needs {@link #snmp}); off by default. */
        public Builder snmpDiscovery(boolean on) {
            this.snmpDiscovery = on;
            return this;
        }

        /** The scan's hard deadline; null (the default) derives it from the scope ({@link ScanBudget}). */
        public Builder maxTime(Duration maxTime) {
            this.maxTime = maxTime;
            return this;
        }

        /** IPP reads with these settings (probing every unicast target when they say so); null turns IPP off. */
        public Builder ipp(IppSettings ipp) {
            this.ipp = ipp;
            return this;
        }

        /** DNS-SD browsing on the interfaces in scope with these settings; null (the default) turns it off. */
        public Builder mdns(MdnsSettings mdns) {
            this.mdns = mdns;
            return this;
        }

        /** @throws ScopeException naming the first invalid value */
        public ScanScope build() {
            boolean include = includeInterfaceBroadcasts != null
                    ? includeInterfaceBroadcasts
                    : broadcasts.isEmpty() && ranges.isEmpty();
            return new ScanScope(broadcasts, include, ranges, port, quietTimeout, retries, rate,
                    allowLarge, snmp, snmpDiscovery, maxTime, ipp, mdns);
        }
    }
}
