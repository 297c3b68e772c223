package org.openenpc.sim;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;

import org.openenpc.mdns.MdnsBrowser;
import org.openenpc.mdns.MdnsListener;
import org.openenpc.model.MdnsService;
import org.openenpc.netns.PrivateNetwork;

/**
 * Child main (inside PrivateNetwork only): a hostile announcer made of raw JmDNS registrations (a TXT record of 100
 * keys with binary values and a duplicate key in two cases, 40 services whose names hold control characters) and
 * two browsers, one with the default maximum and one holding at most 16. Prints what they kept.
 */
public final class MdnsHostile {

    static final int NAMED = 40;

    public static void main(String[] args) throws Exception {
        PrivateNetwork.requireInside();
        try {
            MdnsBrowser.open(List.of(InetAddress.getByName("0.0.0.0")), new MdnsListener() { });
            System.out.println("REFUSED none");
        } catch (IllegalArgumentException e) {
            System.out.println("REFUSED 0.0.0.0: " + e.getMessage());
        }
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        MdnsBrowser all = MdnsBrowser.open(List.of(lo), new MdnsListener() { });
        MdnsBrowser capped = MdnsBrowser.open(List.of(lo), new MdnsListener() { }, 16);
        JmDNS evil = JmDNS.create(InetAddress.getByName("127.0.1.9"), "hostile");
        try {
            run(all, capped, evil);
        } finally {
            // without these closes an exception leaves JmDNS's non-daemon timer running and the JVM never exits
            evil.close();
            all.close();
            capped.close();
        }
    }

    private static void run(MdnsBrowser all, MdnsBrowser capped, JmDNS evil) throws Exception {
        evil.registerService(ServiceInfo.create("_ipp._tcp.local.", "Huge TXT", 631, 0, 0, hugeTxt()));
        for (int i = 0; i < NAMED; i++) {
            evil.registerService(ServiceInfo.create("_printer._tcp.local.", "evil\u0001\u001b[31m\t" + i + "#"
                    + "x".repeat(30), 515, 0, 0, new byte[] {0}));
        }
        await().atMost(Duration.ofSeconds(12)).until(() -> all.services().size() == NAMED + 1);
        // JmDNS may resolve a service before its TXT record has arrived and report it again with the TXT: wait for that
        await().atMost(Duration.ofSeconds(8)).until(() -> all.services().stream()
                .anyMatch(s -> s.instance().equals("Huge TXT") && !s.txt().isEmpty()));
        for (MdnsService s : all.services()) {
            if (s.instance().equals("Huge TXT")) {
                System.out.println("HUGE keys=" + s.txt().size() + " hex=" + s.txtHex().size() + " ty=" + s.txt("ty")
                        + " maxValue=" + s.txt().values().stream().mapToInt(String::length).max().orElse(0)
                        + " lower=" + s.txt().keySet().stream().allMatch(k -> k.equals(k.toLowerCase())));
            }
        }
        long control = all.services().stream().filter(s -> s.instance().startsWith("evil\u0001\u001b[31m\t")).count();
        System.out.println("CONTROL exact=" + control);
        await().atMost(Duration.ofSeconds(5)).until(() -> capped.dropped() > 0);
        System.out.println("CAPPED services=" + capped.services().size() + " dropped=" + capped.dropped());
    }

    /**
     * 90 keys K0..K89 with 6 bytes each, control characters and high bytes included, and "TY" twice: about 1 KB,
     * what fits one JmDNS message (a 5.6 KB TXT made JmDNS's announcer fail with "message full" and loop in
     * recover() for good, keeping the JVM alive).
     */
    private static byte[] hugeTxt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "TY=first".getBytes(StandardCharsets.US_ASCII));
        write(out, "ty=second".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 90; i++) {
            byte[] k = ("K" + i + "=").getBytes(StandardCharsets.US_ASCII);
            byte[] s = new byte[k.length + 6];
            System.arraycopy(k, 0, s, 0, k.length);
            for (int j = k.length; j < s.length; j++) {
                s[j] = (byte) (j * 37 + i);
            }
            write(out, s);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, byte[] s) {
        out.write(s.length);
        out.write(s, 0, s.length);
    }
}
