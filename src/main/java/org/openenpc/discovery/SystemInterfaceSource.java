package org.openenpc.discovery;

import java.lang.System.Logger.Level;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the real interfaces through {@link NetworkInterface}. It only reads OS state and never
 * sends anything. Failures degrade to fewer interfaces plus a logged warning, because a scan with
 * explicit targets should still work when interface enumeration is broken.
 *
 * <p>Stateless; call from the prober or a background thread (OS calls may block briefly).
 */
public final class SystemInterfaceSource implements InterfaceSource {
    private static final System.Logger LOG =
            System.getLogger(SystemInterfaceSource.class.getName());

    @Override
    public List<InterfaceInfo> interfaces() {
        List<NetworkInterface> all;
        try {
            var found = NetworkInterface.getNetworkInterfaces();
            all = found == null ? List.of() : Collections.list(found);
        } catch (SocketException e) {
            LOG.log(Level.WARNING, "Cannot list network interfaces: " + e.getMessage(), e);
            return List.of();
        }
        List<InterfaceInfo> out = new ArrayList<>();
        for (NetworkInterface ni : all) {
            addWithChildren(ni, out);
        }
        return List.copyOf(out);
    }

    /** Sub-interfaces (Linux aliases such as eth0:1) can carry their own subnets. */
    private static void addWithChildren(NetworkInterface ni, List<InterfaceInfo> out) {
        try {
            out.add(describe(ni));
        } catch (SocketException e) {
            // One misbehaving adapter (e.g. a vanishing VPN tap) must not hide the others.
            LOG.log(Level.WARNING, "Skipping interface " + ni.getName() + ": " + e.getMessage());
        }
        Collections.list(ni.getSubInterfaces()).forEach(child -> addWithChildren(child, out));
    }

    private static InterfaceInfo describe(NetworkInterface ni) throws SocketException {
        List<InterfaceAddress4> addresses = new ArrayList<>();
        for (InterfaceAddress ia : ni.getInterfaceAddresses()) {
            if (ia != null && ia.getAddress() instanceof Inet4Address) {
                addresses.add(new InterfaceAddress4(Ipv4.fromInet(ia.getAddress()),
                        ia.getNetworkPrefixLength(), broadcastOf(ia)));
            }
        }
        String display = ni.getDisplayName() == null ? ni.getName() : ni.getDisplayName();
        return new InterfaceInfo(ni.getName(), display, ni.isUp(), ni.isLoopback(), addresses);
    }

    private static Integer broadcastOf(InterfaceAddress ia) {
        InetAddress broadcast = ia.getBroadcast();
        return broadcast instanceof Inet4Address ? Ipv4.fromInet(broadcast) : null;
    }
}
