package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openenpc.snmp.PrinterOids;
import org.openenpc.snmp.St2Status;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/** Raising and clearing errors shows consistently in ST2, hrPrinterDetectedErrorState, hrDeviceStatus and prtAlertTable. */
class SnmpErrorsTest {

    @ParameterizedTest
    @CsvSource({
        // error,         ST2 code, hr bit (0x80 >> n), alert group, alert code
        "PAPER_OUT,       6,        0x40,               8,           808",
        "PAPER_JAM,       4,        0x04,               13,          8",
        "COVER_OPEN,      2,        0x08,               6,           3",
        "INK_OUT,         5,        0x10,               11,          1102",
        "WASTE_INK_FULL,  16,       0x01,               11,          1110",
    })
    void eachErrorShowsEverywhereAndClearsEverywhere(SimError e, int st2Code, int hrBits, int group, int code)
            throws Exception {
        try (Simulator sim = SnmpAgentTest.start(PrinterSpec.of("127.0.41.1", PrinterProfile.INKJET));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            p.raise(e);
            St2Status s = SnmpAgentTest.st2(c.value(p, PrinterOids.EPSON_ST2));
            assertThat(s.statusCode()).isZero();
            assertThat(s.errorCodes()).containsExactly(st2Code);
            assertThat(((OctetString) c.value(p, PrinterOids.HR_PRINTER_ERROR_STATE)).getValue())
                    .containsExactly(hrBits, 0);
            assertThat(c.value(p, PrinterOids.HR_DEVICE_STATUS).toInt()).isEqualTo(HrStatus.DEVICE_DOWN);
            assertThat(c.value(p, PrinterOids.HR_PRINTER_STATUS).toInt()).isEqualTo(HrStatus.PRINTER_OTHER);
            List<VariableBinding> alerts = c.walk(p, PrinterOids.PRT_ALERT_ENTRY);
            assertThat(alerts).hasSize(6); // one row, columns 2, 4, 5, 6, 7, 8
            assertThat(c.value(p, alert(PrinterOids.ALERT_SEVERITY)).toInt()).isEqualTo(AlertTable.CRITICAL);
            assertThat(c.value(p, alert(PrinterOids.ALERT_GROUP)).toInt()).isEqualTo(group);
            assertThat(c.value(p, alert(PrinterOids.ALERT_LOCATION)).toInt()).isEqualTo(-2);
            assertThat(c.value(p, alert(PrinterOids.ALERT_CODE)).toInt()).isEqualTo(code);
            assertThat(c.value(p, alert(PrinterOids.ALERT_DESCRIPTION)).toString()).isNotEmpty();
            assertThat(p.print(10)).as("an error stops printing").isZero();

            p.clear(e);
            s = SnmpAgentTest.st2(c.value(p, PrinterOids.EPSON_ST2));
            assertThat(s.statusCode()).isEqualTo(0x04);
            assertThat(s.errorCodes()).isEmpty();
            assertThat(((OctetString) c.value(p, PrinterOids.HR_PRINTER_ERROR_STATE)).getValue()).containsExactly(0, 0);
            assertThat(c.value(p, PrinterOids.HR_DEVICE_STATUS).toInt()).isEqualTo(HrStatus.DEVICE_RUNNING);
            assertThat(c.walk(p, PrinterOids.PRT_ALERT_ENTRY)).isEmpty();
            assertThat(p.print(10)).isEqualTo(10);
        }
    }

    @Test
    void coverAndPaperAreTheSameTruthForEnpcAndSnmp() throws Exception {
        try (Simulator sim = SnmpAgentTest.start(PrinterSpec.of("127.0.41.11", PrinterProfile.TM_T88V));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            p.raise(SimError.COVER_OPEN);
            assertThat(p.status().coverOpen()).isTrue();
            assertThat(p.status().asb().hex()).isEqualTo("34 00 00 0f");
            p.setStatus(p.status().withPaperEnd(true));
            assertThat(p.errors()).containsExactly(SimError.PAPER_OUT, SimError.COVER_OPEN);
            assertThat(((OctetString) c.value(p, PrinterOids.HR_PRINTER_ERROR_STATE)).getValue())
                    .containsExactly(0x40 | 0x08, 0);
            assertThat(c.walk(p, PrinterOids.PRT_ALERT_ENTRY + "." + PrinterOids.ALERT_CODE))
                    .extracting(vb -> vb.getVariable().toInt()).containsExactly(808, 3);
            p.clear(SimError.COVER_OPEN).clear(SimError.PAPER_OUT);
            assertThat(p.status()).isEqualTo(SimStatus.IDLE);
            assertThat(c.value(p, PrinterOids.HR_DEVICE_STATUS).toInt()).isEqualTo(HrStatus.DEVICE_RUNNING);
        }
    }

    @Test
    void lowPaperAndLowInkAreWarningsNotErrors() throws Exception {
        try (Simulator sim = SnmpAgentTest.start(PrinterSpec.of("127.0.41.21", PrinterProfile.LASER)
                .withStatus(SimStatus.IDLE.withPaperNearEnd(true)));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            assertThat(c.value(p, PrinterOids.HR_DEVICE_STATUS).toInt()).isEqualTo(HrStatus.DEVICE_WARNING);
            assertThat(c.value(p, PrinterOids.HR_PRINTER_STATUS).toInt()).isEqualTo(HrStatus.PRINTER_IDLE);
            assertThat(((OctetString) c.value(p, PrinterOids.HR_PRINTER_ERROR_STATE)).getValue())
                    .containsExactly(0x80, 0);
            int toner = c.value(p, PrinterSupplies.level(1)).toInt();
            assertThat(p.print(toner - 100)).isEqualTo(toner - 100); // 100 of 6,000 pages left: 2 %
            assertThat(((OctetString) c.value(p, PrinterOids.HR_PRINTER_ERROR_STATE)).getValue())
                    .containsExactly(0x80 | 0x20, 0);
            assertThat(c.value(p, PrinterOids.HR_DEVICE_STATUS).toInt()).isEqualTo(HrStatus.DEVICE_WARNING);
            assertThat(c.walk(p, PrinterOids.PRT_ALERT_ENTRY + "." + PrinterOids.ALERT_SEVERITY))
                    .extracting(vb -> vb.getVariable().toInt()).containsExactly(AlertTable.WARNING_BINARY,
                            AlertTable.WARNING_BINARY);
            assertThat(c.walk(p, PrinterOids.PRT_ALERT_ENTRY + "." + PrinterOids.ALERT_CODE))
                    .extracting(vb -> vb.getVariable().toInt()).containsExactly(AlertTable.CODE_INPUT_SUPPLY_LOW,
                            AlertTable.CODE_TONER_ALMOST_EMPTY);
        }
    }

    private static String alert(int column) {
        return PrinterOids.PRT_ALERT_ENTRY + "." + column + ".1.1";
    }
}
