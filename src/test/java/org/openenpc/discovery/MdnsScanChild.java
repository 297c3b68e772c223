package org.openenpc.discovery;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openenpc.ipp.IppSettings;
import org.openenpc.mdns.MdnsSettings;
import org.openenpc.model.Printer;
import org.openenpc.model.Supply;
import org.openenpc.netns.PrivateNetwork;
import org.openenpc.sim.MdnsAdvert;
import org.openenpc.sim.MdnsAdvertiser;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.sim.SimulatedPrinter;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;
import org.openenpc.snmp.SnmpSettings;

/**
 * Child main (inside PrivateNetwork only): a mixed simulated fleet answers ENPC, SNMP and IPP and announces itself
 * over DNS-SD; a loopback-broadcast scan with mDNS and IPP lists it. Prints one ROW line per printer, then whether
 * JmDNS closed within its bound and which threads were left.
 */
public final class MdnsScanChild {

    public static void main(String[] args) throws Exception {
        PrivateNetwork.requireInside();
        List<PrinterSpec> specs = List.of(
                PrinterSpec.of("127.0.2.1", PrinterProfile.INKJET), // ENPC, SNMP, IPP and mDNS: one row
                PrinterSpec.of("127.0.2.2", PrinterProfile.IPP_LASER), // IPP and mDNS only
                PrinterSpec.of("127.0.2.3", PrinterProfile.IPP_INKJET),
                PrinterSpec.of("127.0.2.4", PrinterProfile.TM_T88V)); // ENPC (no IPP, announces 9100 only)
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().printers(specs).port(0).snmpPort(0)
                .ippPort(0).build())) {
            sim.at("127.0.2.2").raise(SimError.PAPER_JAM);
            List<MdnsAdvert> adverts = sim.printers().stream().map(p -> MdnsAdvert.of(p, p.ippPort())).toList();
            try (MdnsAdvertiser advertiser = MdnsAdvertiser.start(adverts)) {
                Thread.sleep(2500); // the advertisers probe and announce before they answer
                ScanScope scope = ScanScope.builder().addBroadcast("127.255.255.255").port(sim.port())
                        .quietTimeout(Duration.ofMillis(500))
                        .snmp(SnmpSettings.defaults().withPort(sim.snmpPort()).withTimeout(Duration.ofMillis(500)))
                        .ipp(IppSettings.defaults()) // no probing: IPP is asked where an announcement points
                        .mdns(MdnsSettings.defaults().withWindow(Duration.ofSeconds(4))).build();
                long t0 = System.nanoTime();
                Scan scan = new Scanner(InterfaceSource.system()).start(scope, new ScanListener() {
                });
                ScanSummary s = scan.await();
                System.out.println("SCAN ms " + (System.nanoTime() - t0) / 1_000_000 + " warnings " + s.warnings());
                for (Printer p : s.printers()) {
                    System.out.println("ROW " + p.ip() + " | " + String.join(" ", p.protocols()) + " | " + p.model()
                            + " | supplies " + p.supplies().stream().map(MdnsScanChild::supply).toList()
                            + " | conditions " + p.conditions().stream().map(c -> c.key()).toList()
                            + " | services " + p.mdns().size() + " | uuid " + p.uuid());
                }
                long c0 = System.nanoTime();
                boolean closed;
                try {
                    scan.mdnsClosed().get(5, TimeUnit.SECONDS);
                    closed = true;
                } catch (java.util.concurrent.TimeoutException e) {
                    closed = false;
                }
                System.out.println("MDNS CLOSED " + closed + " ms " + (System.nanoTime() - c0) / 1_000_000);
            }
        }
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<String> left = left();
        while (!left.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
            left = left();
        }
        System.out.println("THREADS LEFT " + left);
    }

    private static String supply(Supply s) {
        return (s.colour().isEmpty() ? s.kind().name().toLowerCase(Locale.ROOT) : s.colour()) + " " + s.percent() + " "
                + s.source();
    }

    /** JmDNS's threads and any non-daemon thread but main. */
    private static List<String> left() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t != Thread.currentThread() && !t.getName().equals("DestroyJavaVM"))
                .filter(t -> !t.isDaemon() || t.getName().toLowerCase(Locale.ROOT).contains("jmdns")
                        || t.getName().startsWith("SocketListener") || t.getName().startsWith("mdns-"))
                .map(t -> t.getName() + (t.isDaemon() ? " (daemon)" : " (NON-DAEMON)")).sorted().toList();
    }
}
