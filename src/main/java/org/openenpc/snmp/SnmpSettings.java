package org.openenpc.snmp;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to ask one printer over SNMP: community, UDP port, timeout per try, retries and protocol
 * version. Validated on construction so that a bad value fails where the user typed it, with one
 * sentence that says what is allowed. Immutable; any thread.
 *
 * @param community the read community, printable ASCII, not empty ("public" by default)
 * @param port      the agent's UDP port, 1–65535 (161 by default)
 * @param timeout   how long to wait for each try, 50 ms–60 s (1 s by default)
 * @param retries   how many times to resend after the first try, 0–10 (2 by default)
 * @param version   SNMP v1 or v2c (v2c by default: it has GETBULK and per-object "no such" answers)
 */
public record SnmpSettings(String community, int port, Duration timeout, int retries, Version version) {

    public static final String DEFAULT_COMMUNITY = "public";
    public static final int DEFAULT_PORT = 161;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
    public static final int DEFAULT_RETRIES = 2;

    static final Duration MIN_TIMEOUT = Duration.ofMillis(50);
    static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);
    static final int MAX_RETRIES = 10;

    /** The protocol versions OpenENPC speaks; v3 is not offered (printers rarely have users set up). */
    public enum Version {
        V1, V2C;

        /** "v1" or "v2c", as users write it. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates every value; throws {@link IllegalArgumentException} with one sentence on the first bad one. */
    public SnmpSettings {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(version, "version");
        if (community.isEmpty() || !community.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("The SNMP community must be non-empty printable ASCII.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The SNMP port must be between 1 and 65535, not " + port + ".");
        }
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("The SNMP timeout must be between 50 ms and 60 s, not "
                    + timeout.toMillis() + " ms.");
        }
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("The SNMP retries must be between 0 and 10, not " + retries + ".");
        }
    }

    /** Community "public", port 161, 1 s timeout, 2 retries, v2c. */
    public static SnmpSettings defaults() {
        return new SnmpSettings(DEFAULT_COMMUNITY, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_RETRIES, Version.V2C);
    }

    public SnmpSettings withCommunity(String value) {
        return new SnmpSettings(value, port, timeout, retries, version);
    }

    public SnmpSettings withPort(int value) {
        return new SnmpSettings(community, value, timeout, retries, version);
    }

    public SnmpSettings withTimeout(Duration value) {
        return new SnmpSettings(community, port, value, retries, version);
    }

    public SnmpSettings withRetries(int value) {
        return new SnmpSettings(community, port, timeout, value, version);
    }

    public SnmpSettings withVersion(Version value) {
        return new SnmpSettings(community, port, timeout, retries, value);
    }

    /** How many datagrams one request may cost: the first try plus the retries. */
    public int tries() {
        return retries + 1;
    }

    /** The timeout as people say it: "1 s", "1.5 s" or "250 ms". */
    public String timeoutText() {
        long ms = timeout.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
