package org.openenpc.metrics;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the metrics endpoint listens: {@code ADDR:PORT} with an IPv4 literal, {@code [IPv6]:PORT},
 * {@code localhost:PORT} (127.0.0.1) or {@code :PORT} (every address, as Prometheus exporters write it).
 * Never a DNS lookup. Port 0 takes a free port (tests). Immutable.
 */
public record ListenAddress(InetAddress address, int port) {

    /** The default: loopback only, the port registered for nothing else nearby in the exporters' list. */
    public static final String DEFAULT = "127.0.0.1:9377";

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern FORM = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]*):(\\d{1,5})");

    public static ListenAddress parse(String text) throws MetricsSetupException {
        String t = text == null ? "" : text.trim();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw bad(t, "use ADDR:PORT, e.g. " + DEFAULT + ", [::1]:9377 or :9377 for every address");
        }
        int port = Integer.parseInt(m.group(2));
        if (port > 65_535) {
            throw bad(t, "the port must lie between 0 and 65535");
        }
        String host = m.group(1);
        try {
            if (host.isEmpty()) {
                return new ListenAddress(InetAddress.getByAddress(new byte[4]), port);
            }
            if (host.equalsIgnoreCase("localhost")) {
                return new ListenAddress(InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}), port);
            }
            if (host.startsWith("[")) {
                if (!host.contains(":")) { // without a colon the JDK would take it for a host name and look it up
                    throw bad(t, "\"" + host + "\" is not an IPv6 address");
                }
                return new ListenAddress(InetAddress.getByName(host.substring(1, host.length() - 1)), port);
            }
            Matcher v4 = IPV4.matcher(host);
            if (!v4.matches()) {
                throw bad(t, "the address must be an IP address (no host names), e.g. 127.0.0.1");
            }
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(v4.group(i + 1));
                if (v > 255) {
                    throw bad(t, "\"" + host + "\" is not an IPv4 address");
                }
                b[i] = (byte) v;
            }
            return new ListenAddress(InetAddress.getByAddress(b), port);
        } catch (UnknownHostException e) {
            throw bad(t, "\"" + host + "\" is not an IP address");
        }
    }

    /** True when only this machine can reach it. */
    public boolean loopback() {
        return address.isLoopbackAddress();
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, port);
    }

    /** "127.0.0.1:9377", "[::1]:9377". */
    public String text(int actualPort) {
        String host = address.getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + actualPort;
    }

    private static MetricsSetupException bad(String text, String why) {
        return new MetricsSetupException("--metrics-listen \"" + org.openenpc.model.SafeText.escape(text)
                + "\" is not a listen address: " + why + ".");
    }
}
