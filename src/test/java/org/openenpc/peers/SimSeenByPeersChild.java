package org.openenpc.peers;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.openenpc.netns.AvahiService;
import org.openenpc.netns.PeerDaemons;
import org.openenpc.sim.MdnsAdvert;
import org.openenpc.sim.MdnsAdvertiser;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimulatedPrinter;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * Child main (inside {@link org.openenpc.netns.PrivateNetwork#runIsolated} only): our simulator (three printers
 * answering IPP, announced by our {@link MdnsAdvertiser}) seen by someone else's clients: avahi-browse (through
 * avahi-daemon), ippfind and ipptool. Prints PORT lines (each printer's IPP port), BROWSED lines, IPPFIND lines and
 * IPPTOOL lines (ipptool's whole output, for get-printer-attributes.test against the first printer).
 */
public final class SimSeenByPeersChild {

    static final List<PrinterSpec> SPECS = List.of(PrinterSpec.of("127.0.3.1", PrinterProfile.INKJET),
            PrinterSpec.of("127.0.3.2", PrinterProfile.IPP_LASER),
            PrinterSpec.of("127.0.3.3", PrinterProfile.IPP_INKJET));

    public static void main(String[] args) throws Exception {
        try (PeerDaemons d = PeerDaemons.start();
                Simulator sim = Simulator.start(SimulatorConfig.builder().printers(SPECS).port(0).snmpPort(0)
                        .ippPort(0).build())) {
            List<MdnsAdvert> adverts = sim.printers().stream().map(p -> MdnsAdvert.of(p, p.ippPort())).toList();
            for (SimulatedPrinter p : sim.printers()) {
                System.out.println("PORT " + p.ip().getHostAddress() + " " + p.ippPort());
            }
            try (MdnsAdvertiser advertiser = MdnsAdvertiser.start(adverts)) {
                long t0 = System.nanoTime();
                List<AvahiService> seen = Awaitility.await("avahi-browse resolving the three simulated printers")
                        .atMost(PeerDaemons.WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                        .until(() -> d.browse("_ipp._tcp"), l -> l.stream().map(AvahiService::address)
                                .distinct().count() >= SPECS.size());
                System.out.println("BROWSE ms " + (System.nanoTime() - t0) / 1_000_000);
                for (AvahiService s : seen) {
                    System.out.println("BROWSED " + s.name() + "|" + s.host() + "|" + s.address() + "|" + s.port()
                            + "|rp=" + s.txt().get("rp") + "|ty=" + s.txt().get("ty") + "|UUID=" + s.txt().get("UUID"));
                }
                PeerDaemons.Run f = d.exec(PeerDaemons.WAIT, "ippfind", "_ipp._tcp", "-T", "5");
                System.out.println("IPPFIND exit " + f.exit());
                f.out().lines().forEach(l -> System.out.println("IPPFIND " + l));
                SimulatedPrinter first = sim.printers().get(0);
                String uri = "ipp://" + first.ip().getHostAddress() + ":" + first.ippPort() + "/ipp/print";
                PeerDaemons.Run t = d.exec(PeerDaemons.WAIT, "ipptool", "-tv", uri, "get-printer-attributes.test");
                System.out.println("IPPTOOL exit " + t.exit());
                t.out().lines().forEach(l -> System.out.println("IPPTOOL " + l));
            }
        }
    }
}
