package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.EnpcCodec;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.protocol.EnpcReply;
import org.openenpc.protocol.EnpcRequests;
import org.openenpc.snmp.PrinterOids;

import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.PrinterState;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;

/** Simulated printers answer IPP Get-Printer-Attributes over real HTTP on their own loopback addresses. */
class IppSimulatorTest {

    private final IppTestClient client = new IppTestClient();

    private static Simulator start(PrinterSpec... specs) throws IOException {
        return Simulator.start(SimulatorConfig.builder().printers(List.of(specs)).ippPort(0).snmpPort(0).build());
    }

    @Test
    void inkjetReportsIdentityStateAndSupplies() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.41.1", PrinterProfile.INKJET))) {
            SimulatedPrinter p = sim.at("127.0.41.1");
            IppPacket r = client.attributes(p);
            assertThat(r.getStatus()).isEqualTo(Status.successfulOk);
            AttributeGroup a = IppTestClient.printer(r);
            assertThat(a.getValue(Types.printerUriSupported).toString())
                    .isEqualTo("ipp://127.0.41.1:" + sim.ippPort() + "/ipp/print");
            assertThat(a.getValues(Types.uriSecuritySupported)).containsExactly("none");
            assertThat(a.getString(Types.printerMakeAndModel)).isEqualTo("EPSON ET-2850 Series");
            assertThat(a.getString(Types.printerDeviceId)).startsWith("MFG:EPSON;").contains(";MDL:ET-2850 Series;");
            assertThat(a.getValue(Types.printerUuid).toString()).startsWith("urn:uuid:");
            assertThat(a.getValue(Types.printerState)).isEqualTo(PrinterState.idle);
            assertThat(a.getValues(Types.printerStateReasons)).containsExactly("none");
            assertThat(a.getValue(Types.printerMoreInfo).toString()).isEqualTo("http://127.0.41.1:" + sim.ippPort() + "/");
            assertThat(a.getValues(Types.documentFormatSupported)).contains("application/pdf", "image/pwg-raster", "image/urf");
            assertThat(a.getValue(Types.colorSupported)).isTrue();
            assertThat(a.getValue(Types.queuedJobCount)).isZero();
            assertThat(a.getValue(Types.printerUpTime)).isPositive();
            assertThat(a.getValues(Types.operationsSupported)).containsExactly(Operation.getPrinterAttributes);
            List<Map<String, String>> supplies = IppTestClient.supplies(r);
            assertThat(supplies).extracting(s -> s.get("type")).containsExactly("ink", "ink", "ink", "ink", "wasteInk");
            assertThat(supplies).extracting(s -> s.get("colorantname"))
                    .containsExactly("black", "cyan", "magenta", "yellow", null);
            assertThat(supplies).extracting(s -> s.get("class")).containsExactly("supplyThatIsConsumed",
                    "supplyThatIsConsumed", "supplyThatIsConsumed", "supplyThatIsConsumed", "receptacleThatIsFilled");
            assertThat(supplies).allSatisfy(s -> assertThat(s).containsEntry("unit", "percent").containsEntry("maxcapacity", "100"));
            // Black 3150 of 4500 = 70 %, magenta 3000 of 7500 = 40 %, the pad 6000 of 50000 taken = 88 % left.
            assertThat(supplies).extracting(s -> s.get("level")).containsExactly("70", "72", "40", "92", "88");
            assertThat(a.getValues(IppSupplies.MARKER_LEVELS)).containsExactly(70, 72, 40, 92, 88);
            assertThat(a.getStrings(IppSupplies.MARKER_COLORS)).containsExactly("#000000", "#00FFFF", "#FF00FF", "#FFFF00", "none");
            assertThat(a.getValues(IppSupplies.MARKER_TYPES)).containsExactly("ink", "ink", "ink", "ink", "waste-ink");
            assertThat(a.getStrings(IppSupplies.MARKER_NAMES)).containsExactly("Black Ink Bottle", "Cyan Ink Bottle",
                    "Magenta Ink Bottle", "Yellow Ink Bottle", "Waste Ink Pad");
            assertThat(a.getStrings(Types.printerSupplyDescription)).isEqualTo(a.getStrings(IppSupplies.MARKER_NAMES));
            assertThat(a.getValues(IppSupplies.MARKER_LOW_LEVELS)).hasSize(5);
            assertThat(a.getValues(IppSupplies.MARKER_HIGH_LEVELS)).containsOnly(100);
        }
    }

    @Test
    void epsonInkjetHasOneIdentityOnEnpcSnmpAndIpp() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.41.2", PrinterProfile.INKJET));
             TestClient enpc = new TestClient(); SnmpTestClient snmp = new SnmpTestClient()) {
            SimulatedPrinter p = sim.at("127.0.41.2");
            p.print(40);
            AttributeGroup a = IppTestClient.printer(client.attributes(p));
            EnpcReply.BasicInfo basic = (EnpcReply.BasicInfo) EnpcCodec.decode(enpc.ask(EnpcRequests.query(EnpcQuery.BASIC_INFO), p));
            assertThat(a.getString(Types.printerMakeAndModel)).isEqualTo("EPSON " + basic.model())
                    .isEqualTo(snmp.value(p, PrinterOids.HR_DEVICE_DESCR).toString());
            assertThat(a.getString(Types.printerName)).isEqualTo(snmp.value(p, PrinterOids.SYS_NAME).toString());
            assertThat(a.getString(Types.printerLocation)).isEqualTo(snmp.value(p, PrinterOids.SYS_LOCATION).toString());
            assertThat(a.getString(Types.printerDeviceId)).contains(";SN:" + snmp.value(p, PrinterOids.PRT_GENERAL_SERIAL) + ";");
            assertThat(a.getValue(Types.printerImpressionsCompleted)).isEqualTo(
                    snmp.value(p, PrinterOids.PRT_MARKER_LIFE_COUNT).toInt());
            List<Map<String, String>> supplies = IppTestClient.supplies(client.attributes(p));
            for (int i = 0; i < supplies.size(); i++) {
                int level = snmp.value(p, PrinterMib.supply(PrinterOids.SUPPLIES_LEVEL, i + 1)).toInt();
                int max = snmp.value(p, PrinterMib.supply(PrinterOids.SUPPLIES_MAX_CAPACITY, i + 1)).toInt();
                assertThat(supplies.get(i).get("level")).as("supply " + (i + 1))
                        .isEqualTo(String.valueOf((level * 100 + max - 1) / max));
                assertThat(supplies.get(i).get("type")).isEqualTo(IppSupplies.mibType(
                        snmp.value(p, PrinterMib.supply(PrinterOids.SUPPLIES_TYPE, i + 1)).toInt()));
            }
        }
    }

    @Test
    void errorsRaisedAtRunTimeShowInTheNextAnswer() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.41.3", PrinterProfile.INKJET),
                PrinterSpec.of("127.0.41.4", PrinterProfile.IPP_LASER))) {
            SimulatedPrinter inkjet = sim.at("127.0.41.3");
            inkjet.raise(SimError.PAPER_JAM).raise(SimError.COVER_OPEN);
            AttributeGroup a = IppTestClient.printer(client.attributes(inkjet));
            assertThat(a.getValue(Types.printerState)).isEqualTo(PrinterState.stopped);
            assertThat(a.getValues(Types.printerStateReasons)).containsExactly("media-jam-error", "cover-open-error");
            assertThat(a.getString(Types.printerStateMessage)).isEqualTo("Paper jam; Cover open");
            inkjet.clear(SimError.PAPER_JAM).clear(SimError.COVER_OPEN).raise(SimError.PAPER_OUT).raise(SimError.INK_OUT)
                    .raise(SimError.WASTE_INK_FULL);
            assertThat(reasons(inkjet)).containsExactly("media-empty-error", "marker-supply-empty-error",
                    "marker-waste-full-error");
            assertThat(IppTestClient.supplies(client.attributes(inkjet))).extracting(s -> s.get("level"))
                    .containsExactly("0", "72", "40", "92", "0");
            inkjet.clear(SimError.PAPER_OUT).clear(SimError.INK_OUT).clear(SimError.WASTE_INK_FULL);
            inkjet.setStatus(SimStatus.IDLE.withOffline(true).withPaperNearEnd(true));
            assertThat(reasons(inkjet)).containsExactly("offline-report", "media-low-warning");
            inkjet.setStatus(SimStatus.IDLE);
            assertThat(reasons(inkjet)).containsExactly("none");
            assertThat(inkjet.print(3)).isEqualTo(3);
            a = IppTestClient.printer(client.attributes(inkjet));
            assertThat(a.getValue(Types.printerState)).isEqualTo(PrinterState.processing);
            assertThat(a.getValue(Types.printerImpressionsCompleted)).isEqualTo(3);

            SimulatedPrinter laser = sim.at("127.0.41.4");
            laser.raise(SimError.INK_OUT);
            assertThat(reasons(laser)).containsExactly("toner-empty-error");
            laser.clear(SimError.INK_OUT).raise(SimError.WASTE_INK_FULL);
            assertThat(reasons(laser)).containsExactly("marker-waste-full-error");
        }
    }

    @Test
    void lowSuppliesAreWarnings() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.41.5", PrinterProfile.IPP_INKJET))) {
            SimulatedPrinter p = sim.at("127.0.41.5");
            // The GX7000's magenta starts at 1300 of 14000 pages: 10 %, low.
            AttributeGroup a = IppTestClient.printer(client.attributes(p));
            assertThat(a.getValues(Types.printerStateReasons)).containsExactly("marker-supply-low-warning");
            assertThat(a.getValue(Types.printerState)).isEqualTo(PrinterState.idle);
        }
    }

    @Test
    void ippOnlyPrintersAnswerNeitherEnpcNorSnmpButIpp() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.41.6", PrinterProfile.IPP_LASER),
                PrinterSpec.of("127.0.41.7", PrinterProfile.IPP_INKJET));
             TestClient enpc = new TestClient(); SnmpTestClient snmp = new SnmpTestClient()) {
            SimulatedPrinter laser = sim.at("127.0.41.6");
            SimulatedPrinter inkjet = sim.at("127.0.41.7");
            enpc.send(EnpcRequests.probe(), sim.broadcastAddress());
            enpc.send(EnpcRequests.query(EnpcQuery.BASIC_INFO), laser);
            assertThat(enpc.receive(Duration.ofMillis(SnmpTestClient.SILENCE_MS))).isNull();
            assertThat(laser.snmpPort()).isZero();
            assertThat(laser.macText()).startsWith("02:00:00:");
            AttributeGroup a = IppTestClient.printer(client.attributes(laser));
            assertThat(a.getString(Types.printerMakeAndModel)).isEqualTo("Kyocera ECOSYS P3145dn");
            assertThat(a.getValue(Types.colorSupported)).isFalse();
            assertThat(IppTestClient.supplies(client.attributes(laser))).extracting(s -> s.get("type"))
                    .containsExactly("tonerCartridge", "wasteToner");
            assertThat(a.getValues(IppSupplies.MARKER_TYPES)).containsExactly("toner-cartridge", "waste-toner");
            AttributeGroup b = IppTestClient.printer(client.attributes(inkjet));
            assertThat(b.getString(Types.printerMakeAndModel)).isEqualTo("Canon GX7000 series");
            assertThat(IppTestClient.supplies(client.attributes(inkjet))).extracting(s -> s.get("colorantname"))
                    .containsExactly("black", "cyan", "magenta", "yellow", null);
        }
    }

    @Test
    void uuidIsStablePerPrinter() throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().count(2).base("127.0.41.10").profile(PrinterProfile.INKJET)
                .ippPort(0).build();
        List<String> first = new ArrayList<>();
        try (Simulator sim = Simulator.start(config)) {
            for (SimulatedPrinter p : sim.printers()) {
                first.add(uuid(p));
                assertThat(uuid(p)).isEqualTo(first.get(first.size() - 1));
            }
        }
        assertThat(first.get(0)).isNotEqualTo(first.get(1));
        try (Simulator again = Simulator.start(config)) {
            assertThat(again.printers()).extracting(this::uuidUnchecked).containsExactlyElementsOf(first);
        }
    }

    @Test
    void requestedAttributesAreHonoured() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.41.12", PrinterProfile.INKJET))) {
            SimulatedPrinter p = sim.at("127.0.41.12");
            IppPacket some = client.attributes(p, "printer-state", "printer-uuid", "no-such-attribute", "marker-levels");
            assertThat(some.getStatus()).isEqualTo(Status.successfulOk);
            assertThat(IppTestClient.names(some)).containsExactly("printer-uuid", "printer-state", "marker-levels");
            List<String> all = IppTestClient.names(client.attributes(p, "all"));
            assertThat(all).hasSizeGreaterThan(30).doesNotHaveDuplicates()
                    .contains("printer-supply", "printer-state-reasons", "printer-device-id", "marker-colors");
            assertThat(IppTestClient.names(client.attributes(p))).isEqualTo(all);
            assertThat(IppTestClient.names(client.attributes(p, "printer-description"))).isEqualTo(all);
            assertThat(IppTestClient.names(client.attributes(p, "job-template"))).isEmpty();
        }
    }

    @Test
    void aPoweredOffPrinterStopsAnsweringIppAndComesBack() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.41.13", PrinterProfile.INKJET))) {
            SimulatedPrinter p = sim.at("127.0.41.13");
            assertThat(client.attributes(p).getStatus()).isEqualTo(Status.successfulOk);
            p.setPoweredOff(true);
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> client.attributes(p)).isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(IppTestClient.TIMEOUT.plusSeconds(1));
            p.setPoweredOff(false);
            assertThat(client.attributes(p).getStatus()).isEqualTo(Status.successfulOk);
            assertThat(sim.counters().ippRefused()).isPositive();
        }
    }

    @Test
    void badRequestsGetErrors() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.41.14", PrinterProfile.INKJET))) {
            SimulatedPrinter p = sim.at("127.0.41.14");
            byte[] good = IppTestClient.encode(new IppPacket.Builder(Operation.getPrinterAttributes, 0x0200, 7)
                    .putOperationAttributes(Types.attributesCharset.of("utf-8"), Types.attributesNaturalLanguage.of("en"))
                    .build());
            assertThat(client.post(p, "text/plain", good).statusCode()).isEqualTo(400);
            assertThat(client.post(p, "application/ipp", "hello, printer".getBytes(StandardCharsets.US_ASCII)).statusCode())
                    .isEqualTo(400);
            // A valid header followed by an attribute whose length runs past the end.
            byte[] truncated = {2, 0, 0, 0x0B, 0, 0, 0, 9, 0x01, 0x47, 0, 18, 'a', 't', 't'};
            IppPacket bad = IppPacket.Companion.parse(new java.io.ByteArrayInputStream(
                    client.post(p, "application/ipp", truncated).body()));
            assertThat(bad.getStatus()).isEqualTo(Status.clientErrorBadRequest);
            assertThat(bad.getRequestId()).isEqualTo(9);
            IppPacket noCharset = IppPacket.Companion.parse(new java.io.ByteArrayInputStream(client.post(p, "application/ipp",
                    new byte[] {2, 0, 0, 0x0B, 0, 0, 0, 8, 0x03}).body()));
            assertThat(noCharset.getStatus()).isEqualTo(Status.clientErrorBadRequest);
            for (Operation op : List.of(Operation.printJob, Operation.getJobs, Operation.cancelJob)) {
                IppPacket r = client.ipp(p, new IppPacket.Builder(op, 0x0200, 10).putOperationAttributes(
                        Types.attributesCharset.of("utf-8"), Types.attributesNaturalLanguage.of("en")).build());
                assertThat(r.getStatus()).as(op.getName()).isEqualTo(Status.serverErrorOperationNotSupported);
                assertThat(r.getRequestId()).isEqualTo(10);
            }
            IppPacket v3 = IppPacket.Companion.parse(new java.io.ByteArrayInputStream(client.post(p, "application/ipp",
                    new byte[] {3, 0, 0, 0x0B, 0, 0, 0, 11, 3}).body()));
            assertThat(v3.getStatus()).isEqualTo(Status.serverErrorVersionNotSupported);
            var page = client.get(p, "/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>EPSON ET-2850 Series</title>", p.macText());
            assertThat(client.get(p, "/nothing-here").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void chunkedRequestsWithExpectContinueAreAnswered() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.41.15", PrinterProfile.INKJET))) {
            SimulatedPrinter p = sim.at("127.0.41.15");
            byte[] body = IppTestClient.encode(new IppPacket.Builder(Operation.getPrinterAttributes, 0x0200, 12)
                    .putOperationAttributes(Types.attributesCharset.of("utf-8"), Types.attributesNaturalLanguage.of("en"),
                            Types.requestedAttributes.of("printer-state")).build());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(p.ip(), p.ippPort()), 2000);
                s.setSoTimeout(3000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /ipp/print HTTP/1.1\r\nHost: " + p.address() + "\r\nContent-Type: application/ipp\r\n"
                        + "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = s.getInputStream();
                assertThat(readHead(in)).startsWith("HTTP/1.1 100 Continue");
                int half = body.length / 2;
                out.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, half);
                out.write(("\r\n" + Integer.toHexString(body.length - half) + ";ext=1\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, half, body.length - half);
                out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = readHead(in);
                assertThat(head).startsWith("HTTP/1.1 200 OK").contains("Content-Type: application/ipp");
                int length = Integer.parseInt(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
                IppPacket r = IppPacket.Companion.parse(new java.io.ByteArrayInputStream(in.readNBytes(length)));
                assertThat(r.getRequestId()).isEqualTo(12);
                assertThat(IppTestClient.names(r)).containsExactly("printer-state");
            }
        }
    }

    @Test
    void twoHundredPrintersShareOnePortNumberOnTheirOwnAddresses() throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().count(200).base("127.0.42.1")
                .profiles(List.of(PrinterProfile.INKJET, PrinterProfile.IPP_LASER, PrinterProfile.IPP_INKJET, PrinterProfile.TM_T88V))
                .ippPort(0).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Simulator sim = Simulator.start(config)) {
            List<SimulatedPrinter> ipp = sim.printers().stream().filter(SimulatedPrinter::answersIpp).toList();
            assertThat(ipp).hasSize(150).allSatisfy(p -> assertThat(p.ippPort()).isEqualTo(sim.ippPort()));
            assertThat(sim.at("127.0.42.4").ippPort()).isZero(); // a TM receipt printer has no IPP
            List<Future<String>> uris = new ArrayList<>();
            for (SimulatedPrinter p : ipp) {
                uris.add(pool.submit(() -> IppTestClient.printer(client.attributes(p, "printer-uri-supported"))
                        .getValue(Types.printerUriSupported).toString()));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ipp.size(); i++) {
                assertThat(uris.get(i).get()).isEqualTo("ipp://" + ipp.get(i).address() + ":" + sim.ippPort() + "/ipp/print");
                seen.add(uris.get(i).get());
            }
            assertThat(seen).hasSize(150);
            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("enpc-sim-ipp")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closeReleasesEverySocketAndThread() throws Exception {
        Set<Thread> before = nonDaemonThreads();
        SimulatorConfig config = SimulatorConfig.builder().count(20).base("127.0.43.1").profile(PrinterProfile.IPP_LASER)
                .ippPort(0).build();
        int port;
        SimulatedPrinter last;
        try (Simulator sim = Simulator.start(config)) {
            port = sim.ippPort();
            last = sim.printers().get(19);
            assertThat(client.attributes(last).getStatus()).isEqualTo(Status.successfulOk); // leaves a kept-alive connection
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("enpc-sim") && t.isAlive());
        assertThat(nonDaemonThreads()).isSubsetOf(before);
        assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress(last.ip(), port), 1000))
                .isInstanceOf(ConnectException.class);
        // The same fixed port binds again at once on every address.
        SimulatorConfig fixed = SimulatorConfig.builder().count(20).base("127.0.43.1").profile(PrinterProfile.IPP_LASER)
                .ippPort(port).build();
        try (Simulator again = Simulator.start(fixed)) {
            assertThat(again.ippPort()).isEqualTo(port);
            assertThat(client.attributes(again.printers().get(19)).getStatus()).isEqualTo(Status.successfulOk);
        }
    }

    @Test
    void withoutIppNothingListens() throws Exception {
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().base("127.0.41.20").profile(PrinterProfile.INKJET).build())) {
            assertThat(sim.ippPort()).isZero();
            assertThat(sim.printers().get(0).ippPort()).isZero();
            assertThat(sim.config().ipp()).isFalse();
        }
    }

    private List<String> reasons(SimulatedPrinter p) throws Exception {
        return IppTestClient.printer(client.attributes(p, "printer-state-reasons")).getValues(Types.printerStateReasons);
    }

    private String uuid(SimulatedPrinter p) throws Exception {
        return IppTestClient.printer(client.attributes(p, "printer-uuid")).getValue(Types.printerUuid).toString();
    }

    private String uuidUnchecked(SimulatedPrinter p) {
        try {
            return uuid(p);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Set<Thread> nonDaemonThreads() {
        Set<Thread> out = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.isDaemon() && t.isAlive()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        while (!b.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed after " + b);
            }
            b.append((char) c);
        }
        return b.toString();
    }
}
