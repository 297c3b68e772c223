package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.Vectors;
import org.openenpc.snmp.PrinterOids;
import org.openenpc.snmp.St2Parser;
import org.openenpc.snmp.St2Result;
import org.openenpc.snmp.St2Status;
import org.snmp4j.PDU;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/** The simulator's SNMP agents over real UDP on loopback, asked with raw SNMP4J requests. */
class SnmpAgentTest {

    static final String[] STANDARD = {PrinterOids.SYS_DESCR, PrinterOids.SYS_OBJECT_ID, PrinterOids.SYS_CONTACT,
        PrinterOids.SYS_NAME, PrinterOids.SYS_LOCATION, PrinterOids.HR_DEVICE_DESCR, PrinterOids.HR_DEVICE_STATUS,
        PrinterOids.HR_PRINTER_STATUS, PrinterOids.HR_PRINTER_ERROR_STATE, PrinterOids.PRT_GENERAL_SERIAL,
        PrinterOids.PRT_MARKER_LIFE_COUNT};

    static Simulator start(PrinterSpec... specs) throws Exception {
        return Simulator.start(SimulatorConfig.builder().printers(List.of(specs)).port(0).snmpPort(0).build());
    }

    static St2Status st2(Variable v) {
        St2Result r = St2Parser.parse(((OctetString) v).getValue());
        assertThat(r).isInstanceOf(St2Result.Ok.class);
        return ((St2Result.Ok) r).status();
    }

    @Test
    void everyStandardObjectIsServedFromThePrintersOwnAddress() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.40.1", PrinterProfile.INKJET));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.at("127.0.40.1");
            assertThat(p.snmpPort()).isPositive().isEqualTo(sim.snmpPort()).isNotEqualTo(sim.port());
            PDU r = c.get(p, STANDARD);
            assertThat(r.getErrorStatus()).isZero();
            assertThat(r.getVariableBindings()).hasSize(STANDARD.length).noneMatch(VariableBinding::isException);
            assertThat(c.lastPeer.getInetAddress()).isEqualTo(p.ip());
            assertThat(r.get(0).getVariable().toString()).isEqualTo("EPSON ET-2850 Series (simulated by OpenENPC)");
            assertThat(r.get(2).getVariable().toString()).startsWith("SYNTHETIC");
            assertThat(r.get(5).getVariable().toString()).isEqualTo("EPSON ET-2850 Series");
            assertThat(r.get(6).getVariable().toInt()).isEqualTo(HrStatus.DEVICE_RUNNING);
            assertThat(r.get(7).getVariable().toInt()).isEqualTo(HrStatus.PRINTER_IDLE);
            assertThat(((OctetString) r.get(8).getVariable()).getValue()).containsExactly(0, 0);
            assertThat(r.get(9).getVariable().toString()).isEqualTo("SIM0028010"); // 64:eb:8c:00:28:01
            assertThat(r.get(10).getVariable().getSyntax()).isEqualTo(SMIConstants.SYNTAX_COUNTER32);
        }
    }

    @Test
    void theEt2850ServesTheCapturedSt2ByteForByteOnBothOids() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.40.11", PrinterProfile.ET_2850));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            byte[] vector = Vectors.load("st2-status-et-2850.hex");
            assertThat(((OctetString) c.value(p, PrinterOids.EPSON_ST2)).getValue()).isEqualTo(vector);
            assertThat(((OctetString) c.value(p, PrinterOids.EPSON_CTRL_ST2)).getValue()).isEqualTo(vector);
            // The captured waste-ink state shows in the standard MIBs too.
            assertThat(c.value(p, PrinterOids.HR_DEVICE_STATUS).toInt()).isEqualTo(HrStatus.DEVICE_DOWN);
            assertThat(c.value(p, PrinterOids.PRT_GENERAL_SERIAL).toString()).isEqualTo("X8RV267409");
            assertThat(c.value(p, PrinterOids.PRT_ALERT_ENTRY + ".7.1.1").toInt())
                    .isEqualTo(AlertTable.CODE_WASTE_INK_FULL);
            assertThat(c.value(p, PrinterSupplies.level(1)).toInt()).isEqualTo(SnmpProfile.UNKNOWN);
        }
    }

    @Test
    void clearingTheCapturedErrorPatchesOnlyStatusAndErrorRecords() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.40.12", PrinterProfile.ET_2850));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            St2Status captured = st2(c.value(p, PrinterOids.EPSON_ST2));
            p.clear(SimError.WASTE_INK_FULL);
            St2Status s = st2(c.value(p, PrinterOids.EPSON_ST2));
            assertThat(s.problems()).isEmpty();
            assertThat(s.statusText()).isEqualTo("idle");
            assertThat(s.errorCodes()).isEmpty();
            assertThat(s.inks()).isEqualTo(captured.inks());
            assertThat(s.serial()).isEqualTo(captured.serial());
            assertThat(s.records()).hasSize(captured.records().size() - 1);
            p.raise(SimError.WASTE_INK_FULL);
            assertThat(((OctetString) c.value(p, PrinterOids.EPSON_ST2)).getValue())
                    .isEqualTo(Vectors.load("st2-status-et-2850.hex"));
        }
    }

    @Test
    void syntheticSt2ParsesAndShowsTheSupplyLevels() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.40.21", PrinterProfile.INKJET));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            St2Status s = st2(c.value(p, PrinterOids.EPSON_CTRL_ST2));
            assertThat(s.problems()).isEmpty();
            assertThat(s.statusCode()).isEqualTo(0x04);
            assertThat(s.errorCodes()).isEmpty();
            assertThat(s.serial()).isEqualTo("SIM0028150");
            assertThat(s.inks()).extracting(St2Status.InkLevel::colour).containsExactly("black", "cyan", "magenta", "yellow");
            for (int i = 0; i < 4; i++) {
                int level = c.value(p, PrinterSupplies.level(i + 1)).toInt();
                int max = c.value(p, PrinterSupplies.max(i + 1)).toInt();
                assertThat(s.inks().get(i).percent()).isEqualTo((int) Math.ceil(level * 100.0 / max))
                        .isBetween(1, 100);
            }
        }
    }

    @Test
    void anSt2LevelCanBeHiddenWhileThePrinterMibStillReportsIt() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.40.22", PrinterProfile.INKJET),
                PrinterSpec.of("127.0.40.23", PrinterProfile.ET_2850),
                PrinterSpec.of("127.0.40.24", PrinterProfile.LASER));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.at("127.0.40.22");
            assertThat(p.setSt2LevelReported(0, false)).isSameAs(p);
            St2Status s = st2(c.value(p, PrinterOids.EPSON_ST2));
            assertThat(s.problems()).isEmpty();
            assertThat(s.inks().get(0).raw()).isEqualTo(0x69); // 'i': cartridge in, level not reported
            assertThat(s.inks().get(0).percent()).isNull();
            assertThat(s.inks().get(1).percent()).isNotNull();
            assertThat(c.value(p, PrinterSupplies.level(1)).toInt()).isPositive(); // the table still has it
            assertThat(st2(c.value(p, PrinterOids.EPSON_CTRL_ST2)).inks().get(0).raw()).isEqualTo(0x69);
            p.setSt2LevelReported(0, true);
            assertThat(st2(c.value(p, PrinterOids.EPSON_ST2)).inks().get(0).percent()).isNotNull();
            // Only a synthetic block has levels to hide, and only for supplies with an ink entry.
            assertThatThrownBy(() -> p.setSt2LevelReported(4, false)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> p.setSt2LevelReported(9, false)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sim.at("127.0.40.23").setSt2LevelReported(0, false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sim.at("127.0.40.24").setSt2LevelReported(0, false))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void printingDrainsTheSuppliesAndCountsPages() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.40.31", PrinterProfile.INKJET));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            int black = c.value(p, PrinterSupplies.level(1)).toInt();
            int wasteSpace = c.value(p, PrinterSupplies.level(5)).toInt();
            assertThat(wasteSpace).isEqualTo(50_000 - 6000); // a receptacle reports its space left (RFC 3805)
            assertThat(p.print(250)).isEqualTo(250);
            assertThat(c.value(p, PrinterSupplies.level(1)).toInt()).isEqualTo(black - 250);
            assertThat(c.value(p, PrinterSupplies.level(5)).toInt()).isEqualTo(wasteSpace - 250);
            assertThat(c.value(p, PrinterOids.PRT_MARKER_LIFE_COUNT).toLong()).isEqualTo(250);
        }
    }

    @Test
    void thePrintRateDrainsOverTime() throws Exception {
        SimulatorConfig cfg = SimulatorConfig.builder().printers(List.of(PrinterSpec.of("127.0.40.41", PrinterProfile.LASER)))
                .port(0).snmpPort(0).printRate(SimulatorConfig.MAX_PRINT_RATE).build();
        try (Simulator sim = Simulator.start(cfg); SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            int start = c.value(p, PrinterSupplies.level(1)).toInt();
            await().atMost(Duration.ofSeconds(10)).until(() -> c.value(p, PrinterOids.PRT_MARKER_LIFE_COUNT).toLong() >= 20);
            assertThat(c.value(p, PrinterSupplies.level(1)).toInt()).isLessThan(start);
        }
    }

    @Test
    void theLaserHasTonerButNoSt2() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.40.51", PrinterProfile.LASER));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            assertThat(c.value(p, PrinterOids.EPSON_ST2)).isEqualTo(Null.noSuchObject);
            assertThat(c.value(p, PrinterOids.EPSON_CTRL_ST2)).isEqualTo(Null.noSuchObject);
            assertThat(c.value(p, PrinterSupplies.description(1)).toString()).isEqualTo("Black Toner Cartridge");
            assertThat(c.value(p, PrinterSupplies.column(PrinterOids.SUPPLIES_TYPE, 1)).toInt())
                    .isEqualTo(SupplySpec.TYPE_TONER_CARTRIDGE);
            assertThat(c.value(p, PrinterOids.PRT_COLORANT_VALUE + ".1.1").toString()).isEqualTo("black");
            // A missing row of an existing table is noSuchInstance, not noSuchObject.
            assertThat(c.value(p, PrinterSupplies.level(9))).isEqualTo(Null.noSuchInstance);
            p.raise(SimError.INK_OUT);
            assertThat(c.value(p, PrinterSupplies.level(1)).toInt()).isZero();
            assertThat(c.value(p, PrinterOids.PRT_ALERT_ENTRY + ".7.1.1").toInt()).isEqualTo(AlertTable.CODE_TONER_EMPTY);
        }
    }

    @Test
    void printersWithoutSnmpAndWrongCommunitiesGetNoAnswer() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.40.61", PrinterProfile.INKJET),
                PrinterSpec.of("127.0.40.62", PrinterProfile.INKJET).withSnmp(false),
                PrinterSpec.of("127.0.40.63", PrinterProfile.SCANNER));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter on = sim.at("127.0.40.61");
            SimulatedPrinter off = sim.at("127.0.40.62");
            SimulatedPrinter scanner = sim.at("127.0.40.63");
            assertThat(off.answersSnmp()).isFalse();
            assertThat(scanner.answersSnmp()).isFalse();
            assertThat(off.snmpPort()).isZero();
            // Ask them on the port the others use: nothing is bound there, so nothing answers.
            off.snmpPort(sim.snmpPort());
            scanner.snmpPort(sim.snmpPort());
            assertThat(c.send(off, PDU.GET, SnmpConstants.version2c, "public", SnmpTestClient.SILENCE_MS,
                    PrinterOids.SYS_DESCR)).isNull();
            assertThat(c.send(scanner, PDU.GET, SnmpConstants.version2c, "public", SnmpTestClient.SILENCE_MS,
                    PrinterOids.SYS_DESCR)).isNull();
            assertThat(c.send(on, PDU.GET, SnmpConstants.version2c, "private", SnmpTestClient.SILENCE_MS,
                    PrinterOids.SYS_DESCR)).isNull();
            assertThat(c.send(on, PDU.GET, SnmpConstants.version2c, "public", SnmpTestClient.TIMEOUT_MS,
                    PrinterOids.SYS_DESCR)).isNotNull();
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.counters().snmpIgnored() >= 1);
        }
    }

    @Test
    void v1AnswersNoSuchNameWithTheIndexOfTheFirstMissingObject() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.40.71", PrinterProfile.LASER));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            PDU ok = c.send(p, PDU.GET, SnmpConstants.version1, "public", SnmpTestClient.TIMEOUT_MS, PrinterOids.SYS_NAME);
            assertThat(ok.getErrorStatus()).isZero();
            assertThat(ok.get(0).getVariable().toString()).isEqualTo("EPSON002847");
            PDU r = c.send(p, PDU.GET, SnmpConstants.version1, "public", SnmpTestClient.TIMEOUT_MS,
                    PrinterOids.SYS_NAME, PrinterOids.EPSON_ST2);
            assertThat(r.getErrorStatus()).isEqualTo(PDU.noSuchName);
            assertThat(r.getErrorIndex()).isEqualTo(2);
            PDU end = c.send(p, PDU.GETNEXT, SnmpConstants.version1, "public", SnmpTestClient.TIMEOUT_MS, "1.3.6.1.4.1.9999");
            assertThat(end.getErrorStatus()).isEqualTo(PDU.noSuchName);
            assertThat(end.getErrorIndex()).isEqualTo(1);
        }
    }

    @Test
    void getBulkWalksTheSuppliesTableInOrderAndEndsAtTheMibEnd() throws Exception {
        try (Simulator sim = start(PrinterSpec.of("127.0.40.81", PrinterProfile.INKJET));
             SnmpTestClient c = new SnmpTestClient()) {
            SimulatedPrinter p = sim.printers().get(0);
            PDU r = c.bulk(p, 0, 60, PrinterOids.PRT_SUPPLIES_ENTRY);
            assertThat(r.getErrorStatus()).isZero();
            OID entry = new OID(PrinterOids.PRT_SUPPLIES_ENTRY);
            List<OID> inTable = new ArrayList<>();
            for (VariableBinding vb : r.getVariableBindings()) {
                if (!vb.getOid().startsWith(entry)) {
                    break;
                }
                inTable.add(vb.getOid());
            }
            // 7 columns (3 colorant index ... 9 level) × 5 supplies, column by column.
            assertThat(inTable).hasSize(35).isSorted();
            assertThat(inTable.get(0)).isEqualTo(new OID(PrinterSupplies.column(PrinterOids.SUPPLIES_COLORANT_INDEX, 1)));
            assertThat(inTable.get(34)).isEqualTo(new OID(PrinterSupplies.level(5)));
            assertThat(r.getVariableBindings().size()).isGreaterThan(35); // the bulk ran on past the table
            assertThat(c.walk(p, PrinterOids.PRT_SUPPLIES_ENTRY)).extracting(VariableBinding::getOid)
                    .containsExactlyElementsOf(inTable);

            PDU end = c.bulk(p, 1, 5, PrinterOids.EPSON_CTRL_ST2, PrinterOids.EPSON_CTRL_ST2);
            assertThat(end.getVariableBindings()).hasSize(2)
                    .allMatch(vb -> vb.getVariable().getSyntax() == SMIConstants.EXCEPTION_END_OF_MIB_VIEW);
        }
    }
}
