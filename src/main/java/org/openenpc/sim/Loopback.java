package org.openenpc.sim;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Address rules that keep the simulator on the loopback network: every address it binds or accepts
 * must lie in 127.0.0.0/8, so it can never answer or broadcast on a real interface. Parses dotted
 * quads itself so a typo never triggers a DNS lookup. Pure; any thread.
 */
public final class Loopback {

    // Declared first: BROADCAST below is parsed during class initialisation.
    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** The limited broadcast address of 127.0.0.0/8, where the simulator's broadcast socket listens. */
    public static final Inet4Address BROADCAST = parse("127.255.255.255");

    private Loopback() {
    }

    /** Parses "a.b.c.d" without DNS; IllegalArgumentException for anything else. */
    public static Inet4Address parse(String text) {
        String t = text == null ? "" : text.trim();
        if (!DOTTED_QUAD.matcher(t).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IPv4 address (a.b.c.d)");
        }
        String[] parts = t.split("\\.");
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            int v = Integer.parseInt(parts[i]);
            if (v > 255) {
                throw new IllegalArgumentException("\"" + text + "\" is not an IPv4 address (octet " + v + " > 255)");
            }
            b[i] = (byte) v;
        }
        return of(b);
    }

    /** True for IPv4 addresses in 127.0.0.0/8. */
    public static boolean isLoopback(InetAddress a) {
        return a instanceof Inet4Address && (a.getAddress()[0] & 0xFF) == 127;
    }

    /** Returns {@code a} when it is in 127.0.0.0/8, else IllegalArgumentException naming {@code what}. */
    public static Inet4Address require(InetAddress a, String what) {
        if (!isLoopback(a)) {
            throw new IllegalArgumentException(what + " " + (a == null ? "null" : a.getHostAddress())
                    + " is outside 127.0.0.0/8; the simulator only uses loopback addresses");
        }
        return (Inet4Address) a;
    }

    /**
     * True when the last octet is 0 or 255. Printers skip those: an INET channel refuses to bind
     * *.*.*.255, and both look like network or broadcast addresses to clients (ARCHITECTURE.md).
     */
    public static boolean isNetworkOrBroadcastOctet(Inet4Address a) {
        int last = a.getAddress()[3] & 0xFF;
        return last == 0 || last == 255;
    }

    static int toInt(Inet4Address a) {
        byte[] b = a.getAddress();
        return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }

    static Inet4Address ofInt(int v) {
        return of(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }

    private static Inet4Address of(byte[] b) {
        try {
            return (Inet4Address) InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always a valid address", e);
        }
    }
}
