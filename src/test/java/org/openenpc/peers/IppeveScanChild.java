package org.openenpc.peers;

import java.time.Duration;
import java.util.Locale;

import org.openenpc.discovery.InterfaceSource;
import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.discovery.Scanner;
import org.openenpc.ipp.IppSettings;
import org.openenpc.mdns.MdnsSettings;
import org.openenpc.model.MdnsService;
import org.openenpc.model.Printer;
import org.openenpc.model.Supply;
import org.openenpc.netns.AvahiService;
import org.openenpc.netns.PeerDaemons;

/**
 * Child main (inside {@link org.openenpc.netns.PrivateNetwork#runIsolated} only): CUPS's ippeveprinter, advertised by
 * avahi-daemon, with its supplies set through its web form; then our loopback-broadcast scan with mDNS and IPP.
 * Prints what avahi-browse resolved (BROWSED), the raw printer-supply values (IPPTOOL), and one ROW line per
 * printer our scan found, with its services and supplies.
 */
public final class IppeveScanChild {

    static final int PORT = 8632;
    static final int WASTE = 23;
    static final int BLACK = 61;

    public static void main(String[] args) throws Exception {
        try (PeerDaemons d = PeerDaemons.start()) {
            PeerDaemons.Printer p = d.startPrinter("Peer Printer", PORT);
            p.setSupplies(WASTE, BLACK);
            for (AvahiService s : d.browse("_ipp._tcp")) {
                System.out.println("BROWSED " + s.name() + "|" + s.host() + "|" + s.address() + "|" + s.port()
                        + "|rp=" + s.txt().get("rp"));
            }
            d.lines(p.attributes(), "printer-supply ", "printer-state ")
                    .forEach(l -> System.out.println("IPPTOOL " + l));
            ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").port(PORT + 1)
                    .quietTimeout(Duration.ofMillis(500)).ipp(IppSettings.defaults())
                    .mdns(MdnsSettings.defaults().withWindow(Duration.ofSeconds(4))).build();
            long t0 = System.nanoTime();
            ScanSummary sum = new Scanner(InterfaceSource.system()).start(scope, new ScanListener() {
            }).await();
            System.out.println("SCAN ms " + (System.nanoTime() - t0) / 1_000_000 + " warnings " + sum.warnings());
            for (Printer r : sum.printers()) {
                System.out.println("ROW " + r.ip() + " | " + String.join(" ", r.protocols()) + " | model " + r.model()
                        + " | state " + (r.ipp() == null ? "-" : r.ipp().state() + " " + r.ipp().stateReasons()
                        + " " + r.ipp().uri())
                        + " | supplies " + r.supplies().stream().map(IppeveScanChild::supply).toList()
                        + " | uuid " + r.uuid());
                for (MdnsService s : r.mdns()) {
                    System.out.println("SERVICE " + r.ip() + " " + s.type() + " " + s.instance() + " " + s.host() + " "
                            + s.address() + ":" + s.port() + " rp=" + s.txt("rp"));
                }
            }
        }
    }

    private static String supply(Supply s) {
        return s.name() + "/" + s.kind().name().toLowerCase(Locale.ROOT) + "/" + s.colour() + "/" + s.percent() + "/"
                + s.state() + "/" + s.source();
    }
}
