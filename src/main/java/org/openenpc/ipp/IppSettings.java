package org.openenpc.ipp;

import java.time.Duration;

/**
 * How a scan reads printers over IPP. Immutable.
 *
 * @param port           the TCP port asked when nothing announced another (631)
 * @param path           the resource path asked when nothing announced another ("ipp/print", IPP Everywhere's)
 * @param probe          whether every unicast target is asked (a printer that answers neither ENPC nor SNMP nor
 *                       DNS-SD is found this way); off by default, never sent to broadcasts
 * @param trust          which TLS certificates an ipps printer may present
 * @param connectTimeout how long a TCP connection may take
 * @param deadline       how long one whole read may take, connection included
 * @param maxInFlight    reads open at once (each holds one TCP connection)
 */
public record IppSettings(int port, String path, boolean probe, IppTrust trust, Duration connectTimeout,
                          Duration deadline, int maxInFlight) {

    public static final int DEFAULT_PORT = 631;
    public static final String DEFAULT_PATH = "ipp/print";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(4);
    public static final int DEFAULT_IN_FLIGHT = 64;

    public IppSettings {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("IPP port " + port + " is out of range; use 1–65535.");
        }
        path = path == null ? DEFAULT_PATH : path.startsWith("/") ? path.substring(1) : path;
        if (connectTimeout.isNegative() || connectTimeout.isZero() || deadline.compareTo(connectTimeout) < 0) {
            throw new IllegalArgumentException("the IPP deadline must be positive and at least the connect timeout");
        }
        if (maxInFlight < 1 || maxInFlight > 4096) {
            throw new IllegalArgumentException("IPP reads in flight must be 1–4096, not " + maxInFlight);
        }
    }

    /** Port 631, path ipp/print, no probing, the JDK's CAs, 1 s to connect, 4 s per read, 64 at once. */
    public static IppSettings defaults() {
        return new IppSettings(DEFAULT_PORT, DEFAULT_PATH, false, IppTrust.system(), DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_DEADLINE, DEFAULT_IN_FLIGHT);
    }

    public IppSettings withPort(int p) {
        return new IppSettings(p, path, probe, trust, connectTimeout, deadline, maxInFlight);
    }

    public IppSettings withProbe(boolean on) {
        return new IppSettings(port, path, on, trust, connectTimeout, deadline, maxInFlight);
    }

    public IppSettings withTrust(IppTrust t) {
        return new IppSettings(port, path, probe, t, connectTimeout, deadline, maxInFlight);
    }

    public IppSettings withTimeouts(Duration connect, Duration whole) {
        return new IppSettings(port, path, probe, trust, connect, whole, maxInFlight);
    }

    /** The printer URI asked at {@code address} when nothing announced one: {@code ipp://ADDRESS:PORT/PATH}. */
    public java.net.URI uriFor(String address) {
        return java.net.URI.create("ipp://" + address + ":" + port + "/" + path);
    }
}
