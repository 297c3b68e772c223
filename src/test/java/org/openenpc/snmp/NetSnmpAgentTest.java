package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpCondition.Severity;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.protocol.Hex;

/**
 * The reader against a real agent: net-snmp's snmpd on 127.0.0.1 and a free port, configured in a
 * temporary directory with {@code override} lines (net-snmp's override.c takes an octet_str value
 * starting with "0x" as hex) serving Printer-MIB values and an ST2 block. Skipped when snmpd is not
 * installed. snmpd runs in the foreground with only our config (-C -c; its agentaddress is the only
 * listening address, loopback), logs to stdout (-Lo), and
 * keeps its persistent files and pid file in the temporary directory.
 */
class NetSnmpAgentTest {

    static final Path SNMPD = Path.of("/usr/sbin/snmpd");
    static final Inet4Address LOOPBACK = (Inet4Address) InetAddress.getLoopbackAddress();
    static final String SUP = PrinterOids.PRT_SUPPLIES_ENTRY;
    static final String ALERT = PrinterOids.PRT_ALERT_ENTRY;
    /**
     * Synthetic ST2: idle, warning 0x10 (ink low), an ink record with black 0x69 ("level not
     * reported", PROTOCOL.md §4) and yellow 55 %, serial. The supplies table knows black's level.
     */
    static final byte[] ST2 = new St2Bytes().record(0x01, 0x04).record(0x04, 0x10)
            .record(0x0f, 0x03, 1, 0x00, 0x69, 5, 0x03, 55)
            .record(0x40, 'N', 'E', 'T', 'S', 'N', 'M', 'P', '0', '0', '1').build();

    @TempDir
    static Path dir;
    static Process snmpd;
    static int port;
    static SnmpClient client;

    @BeforeAll
    static void startSnmpd() throws Exception {
        assumeTrue(Files.isExecutable(SNMPD), "net-snmp's snmpd is not installed");
        try (DatagramSocket probe = new DatagramSocket(0, LOOPBACK)) {
            port = probe.getLocalPort();
        }
        Path conf = dir.resolve("snmpd.conf");
        Files.writeString(conf, config(port));
        ProcessBuilder pb = new ProcessBuilder(SNMPD.toString(), "-f", "-Lo", "-C", "-c", conf.toString(),
                "-p", dir.resolve("snmpd.pid").toString()); // the address is the config's agentaddress
        pb.environment().put("SNMP_PERSISTENT_DIR", dir.resolve("persist").toString());
        pb.environment().put("SNMPCONFPATH", dir.toString());
        pb.environment().put("MIBS", ""); // no MIB files needed: every OID below is numeric
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("snmpd.log").toFile());
        snmpd = pb.start();
        client = SnmpClient.open(LOOPBACK);
        SnmpSettings quick = settings().withTimeout(Duration.ofMillis(200)).withRetries(0);
        Awaitility.await("snmpd answering on port " + port).atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    assertThat(snmpd.isAlive()).as("snmpd still running; log: %s", log()).isTrue();
                    return client.get(LOOPBACK, quick, List.of(PrinterOids.SYS_DESCR)).get(5, TimeUnit.SECONDS)
                            instanceof SnmpOutcome.Answered;
                });
    }

    @AfterAll
    static void stopSnmpd() throws Exception {
        if (client != null) {
            client.close();
        }
        if (snmpd != null) {
            snmpd.destroy();
            if (!snmpd.waitFor(5, TimeUnit.SECONDS)) {
                snmpd.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    static SnmpSettings settings() {
        return SnmpSettings.defaults().withPort(port);
    }

    static String log() {
        try {
            return Files.readString(dir.resolve("snmpd.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static String config(int port) {
        String[] lines = {
            "agentaddress udp:127.0.0.1:" + port,
            "rocommunity public 127.0.0.1",
            "sysdescr EPSON ET-2850 Series",
            "sysname office-et2850",
            "syslocation Room 12",
            "syscontact admin@example.org",
            "override " + PrinterOids.HR_DEVICE_DESCR + " octet_str \"EPSON ET-2850 Series\"",
            "override " + PrinterOids.HR_DEVICE_STATUS + " integer 2",
            "override " + PrinterOids.HR_PRINTER_STATUS + " integer 3",
            "override " + PrinterOids.HR_PRINTER_ERROR_STATE + " octet_str 0x4000",
            "override " + PrinterOids.PRT_GENERAL_SERIAL + " octet_str \"NOT-USED\"",
            "override " + PrinterOids.PRT_MARKER_LIFE_COUNT + " counter 4242",
            "override " + SUP + ".3.1.1 integer 1",
            "override " + SUP + ".3.1.2 integer 2",
            "override " + SUP + ".3.1.3 integer 0",
            "override " + SUP + ".4.1.3 integer 4", // receptacleThatIsFilled
            "override " + SUP + ".5.1.1 integer 6", // inkCartridge
            "override " + SUP + ".5.1.2 integer 6",
            "override " + SUP + ".5.1.3 integer 8", // wasteInk
            "override " + SUP + ".6.1.1 octet_str \"Black Ink Cartridge\"",
            "override " + SUP + ".6.1.2 octet_str \"Ink Cartridge C\"",
            "override " + SUP + ".6.1.3 octet_str \"Maintenance Box\"",
            "override " + SUP + ".8.1.1 integer 100",
            "override " + SUP + ".8.1.2 integer -2",
            "override " + SUP + ".8.1.3 integer 50",
            "override " + SUP + ".9.1.1 integer 40",
            "override " + SUP + ".9.1.2 integer -3",
            "override " + SUP + ".9.1.3 integer 10",
            "override " + PrinterOids.PRT_COLORANT_VALUE + ".1.1 octet_str \"black\"",
            "override " + PrinterOids.PRT_COLORANT_VALUE + ".1.2 octet_str \"cyan\"",
            "override " + ALERT + ".2.1.1 integer 4",
            "override " + ALERT + ".7.1.1 integer 1105",
            "override " + ALERT + ".8.1.1 octet_str \"Cyan ink low\"",
            "override " + PrinterOids.EPSON_ST2 + " octet_str 0x" + Hex.of(ST2).replace(" ", ""),
        };
        return String.join("\n", lines) + "\n";
    }

    @Test
    void everyFieldOfTheView() throws Exception {
        Instant before = Instant.now();
        SnmpReadResult r = new PrinterStatusReader(client).read(LOOPBACK, settings()).get(20, TimeUnit.SECONDS);
        assertThat(r).as("snmpd log: %s", log()).isInstanceOf(SnmpReadResult.Answered.class);
        SnmpView v = ((SnmpReadResult.Answered) r).view();
        assertThat(v.sysDescr()).isEqualTo("EPSON ET-2850 Series");
        assertThat(v.sysName()).isEqualTo("office-et2850");
        assertThat(v.location()).isEqualTo("Room 12");
        assertThat(v.contact()).isEqualTo("admin@example.org");
        assertThat(v.deviceDescr()).isEqualTo("EPSON ET-2850 Series");
        assertThat(v.deviceStatus()).isEqualTo("running");
        assertThat(v.printerStatus()).isEqualTo("idle"); // ST2's word, not hrPrinterStatus idle(3) by chance:
        assertThat(v.serial()).isEqualTo("NETSNMP001"); // ST2 wins over prtGeneralSerialNumber
        assertThat(v.pageCount()).isEqualTo(4242L);
        assertThat(v.conditions()).containsExactly(
                new SnmpCondition("paper-out", "Paper out", Severity.ERROR, "hrPrinterDetectedErrorState"),
                new SnmpCondition("ink-low", "Ink low (black or yellow)", Severity.WARNING, "ST2"));
        // ST2's black is "level not reported", the table's is 40 %: the table's shows. Yellow is only in
        // ST2, cyan and the maintenance box (10 of 50 left: 20 % space) only in the table.
        assertThat(v.supplies()).containsExactly(
                new Supply("Black Ink Cartridge", "black", Supply.Kind.COLORANT, 40, "ok", "Printer-MIB"),
                new Supply("Yellow ink", "yellow", Supply.Kind.COLORANT, 55, "ok", "ST2"),
                new Supply("Ink Cartridge C", "cyan", Supply.Kind.COLORANT, null, "some remaining", "Printer-MIB"),
                new Supply("Maintenance Box", "", Supply.Kind.WASTE, 20, "ok", "Printer-MIB"));
        assertThat(v.st2Hex()).isEqualTo(Hex.of(ST2));
        assertThat(v.readAt()).isBetween(before, Instant.now());
        assertThat(v.hasError()).isTrue();
    }

    @Test
    void v1AndV2cWalkTheSameSuppliesTable() throws Exception {
        SnmpOutcome v2 = client.walk(LOOPBACK, settings(), SUP, 100).get(10, TimeUnit.SECONDS);
        SnmpOutcome v1 = client.walk(LOOPBACK, settings().withVersion(SnmpSettings.Version.V1), SUP, 100)
                .get(10, TimeUnit.SECONDS);
        assertThat(v2).isInstanceOf(SnmpOutcome.Answered.class);
        assertThat(((SnmpOutcome.Answered) v2).values()).hasSize(16);
        assertThat(v1).isEqualTo(v2);
    }

    @Test
    void v1GetOfAMissingObjectIsNotReported() throws Exception {
        SnmpOutcome o = client.get(LOOPBACK, settings().withVersion(SnmpSettings.Version.V1),
                List.of(PrinterOids.EPSON_CTRL_ST2, PrinterOids.SYS_NAME)).get(10, TimeUnit.SECONDS);
        assertThat(o).isInstanceOf(SnmpOutcome.Answered.class);
        assertThat(((SnmpOutcome.Answered) o).values()).hasSize(1);
        assertThat(((SnmpOutcome.Answered) o).get(PrinterOids.SYS_NAME)).hasToString("office-et2850");
    }
}
