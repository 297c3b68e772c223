package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpCondition.Severity;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.protocol.Hex;
import org.openenpc.protocol.Vectors;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;

/** {@link PrinterStatusReader} end to end against {@link LoopbackAgent}: every field of the view. */
class PrinterStatusReaderTest {

    static final Inet4Address LOOPBACK = (Inet4Address) InetAddress.getLoopbackAddress();
    static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
    static final String SUP = PrinterOids.PRT_SUPPLIES_ENTRY;
    static final String ALERT = PrinterOids.PRT_ALERT_ENTRY;

    private LoopbackAgent agent;
    private SnmpClient client;
    private PrinterStatusReader reader;

    @BeforeEach
    void start() throws IOException {
        agent = new LoopbackAgent();
        client = SnmpClient.open(InetAddress.getLoopbackAddress());
        reader = new PrinterStatusReader(client, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        agent.close();
    }

    SnmpSettings settings(SnmpSettings.Version v) {
        return SnmpSettings.defaults().withPort(agent.port()).withVersion(v).withTimeout(Duration.ofMillis(500));
    }

    void laserWithoutSt2() {
        agent.put(PrinterOids.SYS_DESCR, new OctetString("Laser 9000"))
                .put(PrinterOids.SYS_NAME, new OctetString("laser-2f"))
                .put(PrinterOids.SYS_LOCATION, new OctetString("2nd floor\0\0"))
                .put(PrinterOids.HR_DEVICE_DESCR, new OctetString("Laser 9000 PS"))
                .put(PrinterOids.HR_DEVICE_STATUS, new Integer32(3))
                .put(PrinterOids.HR_PRINTER_STATUS, new Integer32(4))
                .put(PrinterOids.HR_PRINTER_ERROR_STATE, new OctetString(new byte[] {0x24, 0x00}))
                .put(PrinterOids.PRT_GENERAL_SERIAL, new OctetString("SN-0042"))
                .put(PrinterOids.PRT_MARKER_LIFE_COUNT, new Counter32(123456))
                .put(SUP + ".3.1.1", new Integer32(1)).put(SUP + ".3.1.2", new Integer32(0))
                .put(SUP + ".5.1.1", new Integer32(21)) // tonerCartridge; row 2 has no type
                .put(SUP + ".6.1.1", new OctetString("Toner Cartridge")).put(SUP + ".6.1.2", new OctetString("Magenta Toner"))
                .put(SUP + ".8.1.1", new Integer32(2000)).put(SUP + ".8.1.2", new Integer32(-2))
                .put(SUP + ".9.1.1", new Integer32(500)).put(SUP + ".9.1.2", new Integer32(-3))
                .put(PrinterOids.PRT_COLORANT_VALUE + ".1.1", new OctetString("black"))
                .put(ALERT + ".2.1.1", new Integer32(4)).put(ALERT + ".7.1.1", new Integer32(1104))
                .put(ALERT + ".8.1.1", new OctetString("Toner low"))
                .put(ALERT + ".2.1.2", new Integer32(3)).put(ALERT + ".7.1.2", new Integer32(8))
                .put(ALERT + ".8.1.2", new OctetString("Jam in tray 1"));
    }

    SnmpView answered(SnmpReadResult r) {
        assertThat(r).isInstanceOf(SnmpReadResult.Answered.class);
        return ((SnmpReadResult.Answered) r).view();
    }

    @ParameterizedTest
    @EnumSource(SnmpSettings.Version.class)
    void printerMibOnly(SnmpSettings.Version v) throws Exception {
        laserWithoutSt2();
        SnmpView view = answered(reader.read(LOOPBACK, settings(v)).get(10, TimeUnit.SECONDS));
        assertThat(view).isEqualTo(new SnmpView("Laser 9000", "laser-2f", "2nd floor", "", "Laser 9000 PS",
                "warning", "printing", "SN-0042", 123456L,
                List.of(new SnmpCondition("paper-jam", "Paper jam", Severity.ERROR, "hrPrinterDetectedErrorState"),
                        new SnmpCondition("toner-low", "Toner or ink low", Severity.WARNING,
                                "hrPrinterDetectedErrorState")),
                List.of(new Supply("Toner Cartridge", "black", Supply.Kind.COLORANT, 25, "ok", "Printer-MIB"),
                        new Supply("Magenta Toner", "magenta", Supply.Kind.OTHER, null, "some remaining",
                                "Printer-MIB")),
                "", NOW, null));
    }

    @ParameterizedTest
    @EnumSource(SnmpSettings.Version.class)
    void st2ThroughTheTunnelWinsForStatusAndSerialAndItsSuppliesMergeWithTheTable(SnmpSettings.Version v)
            throws Exception {
        laserWithoutSt2();
        byte[] capture = Vectors.load(St2ParserVectorTest.VECTOR);
        byte[] lead = new byte[capture.length + 1];
        System.arraycopy(capture, 0, lead, 1, capture.length);
        agent.put(PrinterOids.EPSON_ST2, new OctetString("not an ST2 block"))
                .put(PrinterOids.EPSON_CTRL_ST2, new OctetString(lead));
        SnmpView view = answered(reader.read(LOOPBACK, settings(v)).get(10, TimeUnit.SECONDS));
        assertThat(view.printerStatus()).isEqualTo("error");
        assertThat(view.serial()).isEqualTo("X8RV267409");
        assertThat(view.st2Hex()).isEqualTo(Hex.of(lead));
        // The capture's inks are all "level not reported": the table's black toner (25 %) shows instead of
        // ST2's black; the untyped magenta row pairs with nothing and is kept after the ST2 supplies.
        assertThat(view.supplies()).extracting("name", "source").containsExactly(
                org.assertj.core.api.Assertions.tuple("Toner Cartridge", "Printer-MIB"),
                org.assertj.core.api.Assertions.tuple("Yellow ink", "ST2"),
                org.assertj.core.api.Assertions.tuple("Magenta ink", "ST2"),
                org.assertj.core.api.Assertions.tuple("Cyan ink", "ST2"),
                org.assertj.core.api.Assertions.tuple("Maintenance box 1", "ST2"),
                org.assertj.core.api.Assertions.tuple("Maintenance box 2", "ST2"),
                org.assertj.core.api.Assertions.tuple("Magenta Toner", "Printer-MIB"));
        assertThat(view.supplies().get(0).percent()).isEqualTo(25);
        assertThat(view.conditions()).extracting("key", "source").containsExactly(
                org.assertj.core.api.Assertions.tuple("waste-ink-full", "ST2"),
                org.assertj.core.api.Assertions.tuple("paper-jam", "hrPrinterDetectedErrorState"),
                org.assertj.core.api.Assertions.tuple("toner-low", "hrPrinterDetectedErrorState"));
        assertThat(view.hasError()).isTrue();
    }

    @Test
    void directSt2ObjectIsTriedFirst() throws Exception {
        agent.put(PrinterOids.SYS_DESCR, new OctetString("EPSON ET-2850"))
                .put(PrinterOids.EPSON_ST2, new OctetString(St2ParserSyntheticTest.healthy()));
        SnmpView view = answered(reader.read(LOOPBACK, settings(SnmpSettings.Version.V2C)).get(10, TimeUnit.SECONDS));
        assertThat(view.printerStatus()).isEqualTo("idle");
        assertThat(view.serial()).isEqualTo("ABC1234567");
        assertThat(view.st2Hex()).isEqualTo(Hex.of(St2ParserSyntheticTest.healthy()));
        assertThat(view.pageCount()).isNull();
        assertThat(view.deviceStatus()).isEmpty();
        assertThat(view.conditions()).isEmpty();
    }

    @Test
    void silentPrinterIsNoAnswerWithTheSentence() throws Exception {
        agent.mode(LoopbackAgent.Mode.SILENT);
        SnmpReadResult r = reader.read(LOOPBACK, settings(SnmpSettings.Version.V2C)
                .withTimeout(Duration.ofMillis(100))).get(10, TimeUnit.SECONDS);
        assertThat(r).isEqualTo(new SnmpReadResult.NoAnswer("no SNMP answer from 127.0.0.1 within 100 ms ×3"));
        assertThat(agent.requests()).isEqualTo(3); // nothing more is sent after the first GET fails
    }

    @Test
    void closedSessionIsAnError() throws Exception {
        client.close();
        assertThat(reader.read(LOOPBACK, settings(SnmpSettings.Version.V2C)).get(10, TimeUnit.SECONDS))
                .isInstanceOf(SnmpReadResult.Error.class);
    }
}
