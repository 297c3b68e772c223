package org.openenpc.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openenpc.model.HostileText;
import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;
import org.openenpc.model.SnmpView;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.snmp.PrinterOids;
import org.openenpc.ui.support.SimSnmp;
import org.snmp4j.smi.Integer32;

/**
 * The table's cells, its filter and the monitoring notifications see device text escaped. The SNMP
 * views are real reads of a simulated laser on loopback that sends a hostile alert and supply name.
 */
class PrinterRowTextTest {

    private static final String IP = "127.0.95.1";
    private static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");
    private static final String ALERT = HostileText.CLEAR + "Fuser" + HostileText.FORGED_ROW;
    private static final String SUPPLY = "Toner" + HostileText.RLO;
    private static SimSnmp sim;
    /** Toner at 70 %, and with 11 % after a long print job; the alert in both. */
    private static SnmpView full;
    private static SnmpView low;

    @BeforeAll
    static void read() throws Exception {
        String alert = PrinterOids.PRT_ALERT_ENTRY + ".%d.1.9";
        sim = new SimSnmp(List.of(PrinterSpec.of(IP, PrinterProfile.LASER)
                .withSnmpObject(String.format(alert, PrinterOids.ALERT_SEVERITY), new Integer32(3))
                .withSnmpObject(String.format(alert, PrinterOids.ALERT_CODE), new Integer32(9999))
                .withSnmpText(String.format(alert, PrinterOids.ALERT_DESCRIPTION), ALERT.getBytes(StandardCharsets.UTF_8))
                .withSnmpText(PrinterOids.PRT_SUPPLIES_ENTRY + "." + PrinterOids.SUPPLIES_DESCRIPTION + ".1.1",
                        SUPPLY.getBytes(StandardCharsets.UTF_8))));
        full = sim.read(IP);
        sim.simulator().at(IP).print(3500);
        low = sim.read(IP);
    }

    @AfterAll
    static void close() throws Exception {
        sim.close();
    }

    private static Printer printer(SnmpView v) {
        Printer seen = Printer.seen(IP, AT);
        return new Printer(seen.ip(), null, HostileText.ALL, HostileText.TITLE + "card", "", seen.ipSettings(),
                seen.status(), "", seen.sources(), seen.answered(), seen.replies(), AT, AT, v);
    }

    @Test
    void cellsHoldTheEscapedText() {
        PrinterRow row = new PrinterRow(printer(low));

        for (String cell : List.of(row.model(), row.card(), row.summary(), row.attentionProperty().get())) {
            assertThat(HostileText.rawControls(cell.getBytes(StandardCharsets.UTF_8))).as(cell).isEmpty();
        }
        assertThat(row.model()).isEqualTo(SafeText.escape(HostileText.ALL));
        assertThat(row.card()).isEqualTo("\\x1b]0;pwned\\x07card");
        assertThat(row.summary()).contains(SafeText.escape(ALERT));
        assertThat(row.attentionProperty().get()).contains(SafeText.escape(ALERT), SafeText.escape(SUPPLY));
        assertThat(row.matches("\\x1b]0;pwned")).isTrue(); // the filter finds what the cell shows
    }

    @Test
    void notificationsHoldTheEscapedText() {
        SnmpView healthy = new SnmpView(full.sysDescr(), full.sysName(), full.location(), full.contact(),
                full.deviceDescr(), full.deviceStatus(), full.printerStatus(), full.serial(), full.pageCount(),
                List.of(), full.supplies(), full.st2Hex(), full.readAt(), null);

        org.openenpc.model.Printer before = printer(healthy);
        org.openenpc.model.Printer after = printer(low);
        List<String> alerts = ProblemText.sentences(new org.openenpc.monitor.MonitorEvent.Changed(
                java.time.Instant.now(), before, after, java.util.EnumSet.of(org.openenpc.model.PrinterField.SNMP),
                List.of(), org.openenpc.monitor.PrinterDiff.problems(before, after, 15)));

        assertThat(alerts).hasSize(2).allSatisfy(a -> {
            assertThat(HostileText.rawControls(a.getBytes(StandardCharsets.UTF_8))).as(a).isEmpty();
            assertThat(a).startsWith(SafeText.escape(HostileText.ALL));
        });
        assertThat(alerts.get(0)).endsWith(SafeText.escape(ALERT));
        assertThat(alerts.get(1)).contains(SafeText.escape(SUPPLY));
    }
}
