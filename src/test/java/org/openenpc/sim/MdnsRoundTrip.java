package org.openenpc.sim;

import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.openenpc.mdns.MdnsBrowser;
import org.openenpc.mdns.MdnsListener;
import org.openenpc.model.MdnsService;
import org.openenpc.netns.PrivateNetwork;

/**
 * Child main (inside PrivateNetwork only): five simulated printers advertise (the three that answer IPP an IPP service), a browser on 127.0.0.1 finds them,
 * one is withdrawn, then everything closes and main returns; the parent checks the printed lines and that the JVM
 * exited by itself.
 */
public final class MdnsRoundTrip {

    public static void main(String[] args) throws Exception {
        PrivateNetwork.requireInside();
        List<String> events = new CopyOnWriteArrayList<>();
        MdnsListener l = new MdnsListener() {
            @Override
            public void added(MdnsService s) {
                events.add("added " + s.type() + " " + s.address());
            }

            @Override
            public void removed(MdnsService s) {
                events.add("removed " + s.type() + " " + s.address());
            }
        };
        long t0 = System.nanoTime();
        MdnsBrowser browser = MdnsBrowser.open(List.of(InetAddress.getByName("127.0.0.1")), l);
        System.out.println("browser open ms " + ms(t0));
        List<MdnsAdvert> adverts = new ArrayList<>();
        PrinterProfile[] profiles = {PrinterProfile.ET_2850, PrinterProfile.TM_M30, PrinterProfile.LASER,
            PrinterProfile.INKJET, PrinterProfile.TM_T88V};
        for (int i = 0; i < 5; i++) {
            PrinterSpec spec = PrinterSpec.of("127.0.1." + (i + 1), profiles[i]);
            adverts.add(MdnsAdvert.of(new SimulatedPrinter(spec, i, false), 8631 + i));
        }
        t0 = System.nanoTime();
        MdnsAdvertiser advertiser = MdnsAdvertiser.start(adverts);
        System.out.println("advertiser start ms " + ms(t0));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.services().stream()
                .filter(s -> s.type().equals("_ipp._tcp")).count() == 3 // the TMs answer no IPP: they announce none
                && browser.services().stream().filter(s -> s.type().equals("_printer._tcp")).count() == 5);
        System.out.println("found ms " + ms(t0));
        for (MdnsService s : browser.services()) {
            System.out.println("FOUND " + s.type() + " | " + s.instance() + " | " + s.host() + " | " + s.address()
                    + ":" + s.port() + " | ty=" + s.txt("ty") + " | rp=" + s.txt("rp") + " | uuid=" + s.uuid()
                    + " | adminurl=" + s.txt("adminurl") + " | note=" + s.txt().containsKey("note") + " | via="
                    + s.via());
        }
        t0 = System.nanoTime();
        advertiser.withdraw("127.0.1.3");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("removed _ipp._tcp 127.0.1.3"));
        System.out.println("removal ms " + ms(t0));
        t0 = System.nanoTime();
        advertiser.close();
        System.out.println("advertiser close ms " + ms(t0));
        t0 = System.nanoTime();
        browser.close();
        System.out.println("browser close ms " + ms(t0) + " in time " + browser.closedInTime());
        events.forEach(e -> System.out.println("EVENT " + e));
        Threads.printLeft(Duration.ofSeconds(5));
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
