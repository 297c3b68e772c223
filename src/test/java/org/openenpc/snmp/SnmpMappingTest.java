package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openenpc.model.Supply.Kind.COLORANT;
import static org.openenpc.model.Supply.Kind.OTHER;
import static org.openenpc.model.Supply.Kind.WASTE;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpCondition.Severity;
import org.openenpc.model.Supply;
import org.openenpc.protocol.Vectors;

/** Printer-MIB supply maths, the RFC 2790 error bit map, alerts, ST2 → model, and the merge. */
class SnmpMappingTest {

    @Test
    void supplyPercentOnlyWhenLevelAndMaxAreKnown() {
        assertThat(MarkerSupplies.percent(50, 200)).isEqualTo(25);
        assertThat(MarkerSupplies.percent(0, 200)).isZero();
        assertThat(MarkerSupplies.percent(200, 200)).isEqualTo(100);
        assertThat(MarkerSupplies.percent(250, 200)).isEqualTo(100); // a level above max is capped
        assertThat(MarkerSupplies.percent(1, 3)).isEqualTo(33); // truncated, never rounded up
        assertThat(MarkerSupplies.percent(-1, 100)).isNull();
        assertThat(MarkerSupplies.percent(-2, 100)).isNull();
        assertThat(MarkerSupplies.percent(-3, 100)).isNull();
        assertThat(MarkerSupplies.percent(40, 0)).isNull();
        assertThat(MarkerSupplies.percent(40, -2)).isNull();
        assertThat(MarkerSupplies.percent(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(100);
    }

    @Test
    void suppliesWithSpecialLevelsColorantsAndGuessedColours() {
        List<Supply> s = MarkerSupplies.supplies(List.of(
                new MarkerSupplies.Row("Black Toner Cartridge", 100, 80, 1),
                new MarkerSupplies.Row("Cartridge C", 100, -3, 2),
                new MarkerSupplies.Row("Light Cyan Ink", -2, -2, 0),
                new MarkerSupplies.Row("Waste Toner Box", 100, -1, 0),
                new MarkerSupplies.Row("Yellow", 100, 0, 9),
                new MarkerSupplies.Row("", 10, 5, 0)), Map.of(1, "black", 2, "Cyan", 9, "unknown"));
        // No prtMarkerSuppliesType: every row is OTHER, whatever its description says.
        assertThat(s).containsExactly(
                new Supply("Black Toner Cartridge", "black", OTHER, 80, "ok", "Printer-MIB"),
                new Supply("Cartridge C", "cyan", OTHER, null, "some remaining", "Printer-MIB"),
                new Supply("Light Cyan Ink", "light cyan", OTHER, null, "unknown", "Printer-MIB"),
                new Supply("Waste Toner Box", "", OTHER, null, "unknown", "Printer-MIB"),
                new Supply("Yellow", "yellow", OTHER, 0, "empty", "Printer-MIB"),
                new Supply("supply 6", "", OTHER, 50, "ok", "Printer-MIB"));
    }

    @Test
    void suppliesTypeGivesTheKindAndAReceptacleCountsTheSpaceLeft() {
        List<Supply> s = MarkerSupplies.supplies(List.of(
                new MarkerSupplies.Row("Black Ink", 100, 30, 1, 6, 3), // inkCartridge, consumed
                new MarkerSupplies.Row("Toner", 100, 0, 0, 21, 3), // tonerCartridge
                new MarkerSupplies.Row("Maintenance Box", 50, 10, 0, 8, 4), // wasteInk, receptacle
                new MarkerSupplies.Row("Waste Toner", 100, 0, 0, 4, 4),
                new MarkerSupplies.Row("Waste Ink Pad", 100, -3, 0, 8, 1), // class other: the type decides
                new MarkerSupplies.Row("Drum", 100, 70, 0, 9, 3), // opc
                new MarkerSupplies.Row("Staples", 100, 0, 0, 32, 4)), // a receptacle that is no waste
                Map.of(1, "black"));
        assertThat(s).containsExactly(
                new Supply("Black Ink", "black", COLORANT, 30, "ok", "Printer-MIB"),
                new Supply("Toner", "", COLORANT, 0, "empty", "Printer-MIB"),
                new Supply("Maintenance Box", "", WASTE, 20, "ok", "Printer-MIB"),
                new Supply("Waste Toner", "", WASTE, 0, "full", "Printer-MIB"),
                new Supply("Waste Ink Pad", "", WASTE, null, "some space left", "Printer-MIB"),
                new Supply("Drum", "", OTHER, 70, "ok", "Printer-MIB"),
                new Supply("Staples", "", OTHER, 0, "full", "Printer-MIB"));
        assertThat(s.get(2).isLow(50)).as("a receptacle is never low").isFalse();
        assertThat(s.get(1).isLow(15)).isTrue();
    }

    @Test
    void colourWordsLongestFirst() {
        assertThat(MarkerSupplies.guessColour("Photo Black Ink T3121")).isEqualTo("black");
        assertThat(MarkerSupplies.guessColour("Light Magenta")).isEqualTo("light magenta");
        assertThat(MarkerSupplies.guessColour("Magenta")).isEqualTo("magenta");
        assertThat(MarkerSupplies.guessColour("blackish drum")).isEmpty(); // whole words only
        assertThat(MarkerSupplies.guessColour("Imaging Unit")).isEmpty();
    }

    @Test
    void errorBitsFollowRfc2790Numbering() {
        // 0x80 of the first octet is bit 0 (lowPaper); 0x01 is bit 7 (serviceRequested).
        assertThat(ErrorStateBits.conditions(new byte[] {(byte) 0x80})).extracting("key", "severity")
                .containsExactly(tuple("paper-low", Severity.WARNING));
        assertThat(ErrorStateBits.conditions(new byte[] {0x01})).extracting("key")
                .containsExactly("service-requested");
        assertThat(ErrorStateBits.conditions(new byte[] {(byte) 0x7E})).extracting("key").containsExactly(
                "paper-out", "toner-low", "toner-out", "door-open", "paper-jam", "offline");
        // Second octet: 0x80 is bit 8 (inputTrayMissing) … 0x02 is bit 14 (overduePreventMaint).
        assertThat(ErrorStateBits.conditions(new byte[] {0, (byte) 0xFE})).extracting("key").containsExactly(
                "input-missing", "hr-bit-9", "hr-bit-10", "hr-bit-11", "output-full", "paper-out", "hr-bit-14");
        assertThat(ErrorStateBits.conditions(new byte[] {0, 0x01, (byte) 0x80})).extracting("key", "text")
                .containsExactly(tuple("hr-bit-15", "Unknown error bit 15"), tuple("hr-bit-16", "Unknown error bit 16"));
        assertThat(ErrorStateBits.conditions(new byte[] {0, 0})).isEmpty();
        assertThat(ErrorStateBits.conditions(new byte[0])).isEmpty();
        assertThat(ErrorStateBits.conditions(null)).isEmpty();
        assertThat(ErrorStateBits.conditions(new byte[] {0x04})).singleElement()
                .isEqualTo(new SnmpCondition("paper-jam", "Paper jam", Severity.ERROR, "hrPrinterDetectedErrorState"));
    }

    @Test
    void alertsMapKnownCodesKeepUnknownOnesAndSkipGoodNews() {
        List<SnmpCondition> c = PrinterAlerts.conditions(List.of(
                new PrinterAlerts.Alert(3, 8, "Paper jam in tray 2"),
                new PrinterAlerts.Alert(4, 1105, "Cyan ink low"),
                new PrinterAlerts.Alert(5, 4, "Cover closed"),
                new PrinterAlerts.Alert(5, 503, "Power up"),
                new PrinterAlerts.Alert(3, 3, ""),
                new PrinterAlerts.Alert(4, 1113, "Developer almost empty"),
                new PrinterAlerts.Alert(-1, 42, "")));
        assertThat(c).containsExactly(
                new SnmpCondition("paper-jam", "Paper jam", Severity.ERROR, "prtAlertTable"),
                new SnmpCondition("ink-low", "Ink low", Severity.WARNING, "prtAlertTable"),
                new SnmpCondition("cover-open", "Cover open", Severity.ERROR, "prtAlertTable"),
                new SnmpCondition("alert-1113", "Developer almost empty", Severity.WARNING, "prtAlertTable"),
                new SnmpCondition("alert-0042", "Printer alert 42", Severity.WARNING, "prtAlertTable"));
    }

    @Test
    void st2CaptureMapsToConditionsAndSupplies() {
        St2Status s = St2ParserVectorTest.ok(Vectors.load(St2ParserVectorTest.VECTOR));
        assertThat(St2Mapping.conditions(s)).containsExactly(
                new SnmpCondition("waste-ink-full", "Waste-ink pad full (service required)", Severity.ERROR, "ST2"),
                new SnmpCondition("waste-ink-full", "Maintenance box 1 full", Severity.ERROR, "ST2"));
        assertThat(St2Mapping.supplies(s)).containsExactly(
                new Supply("Black ink", "black", COLORANT, null, "level not reported", "ST2"),
                new Supply("Yellow ink", "yellow", COLORANT, null, "level not reported", "ST2"),
                new Supply("Magenta ink", "magenta", COLORANT, null, "level not reported", "ST2"),
                new Supply("Cyan ink", "cyan", COLORANT, null, "level not reported", "ST2"),
                new Supply("Maintenance box 1", "", WASTE, null, "full", "ST2"),
                new Supply("Maintenance box 2", "", WASTE, null, "ok", "ST2"));
    }

    @Test
    void st2LevelCodesAndWarnings() {
        St2Status s = St2ParserVectorTest.ok(new St2Bytes().record(0x01, 0x04)
                .record(0x02, 0x02, 0x22)
                .record(0x04, 0x11, 0x44)
                .record(0x0f, 0x03, 1, 0, 0x50, 2, 1, 0x00, 3, 2, 0x6e, 4, 3, 0x72, 5, 4, 0x77, 6, 5, 0x65)
                .build());
        assertThat(St2Mapping.supplies(s)).extracting("colour", "percent", "state").containsExactly(
                tuple("black", 80, "ok"), tuple("cyan", 0, "empty"), tuple("magenta", null, "missing"),
                tuple("yellow", null, "chip error"), tuple("light cyan", null, "chip error"),
                tuple("light magenta", null, "unknown"));
        assertThat(St2Mapping.conditions(s)).extracting("key", "severity").containsExactly(
                tuple("cover-open", Severity.ERROR), tuple("st2-error-0x22", Severity.ERROR),
                tuple("ink-low", Severity.WARNING), tuple("st2-warning-0x44", Severity.WARNING));
    }

    @Test
    void mergeKeepsOnePerKeyTheMoreSevereOneAndPutsErrorsFirst() {
        SnmpCondition lowW = new SnmpCondition("toner-low", "Toner low", Severity.WARNING, "prtAlertTable");
        SnmpCondition jamW = new SnmpCondition("paper-jam", "Jam", Severity.WARNING, "prtAlertTable");
        SnmpCondition jamE = new SnmpCondition("paper-jam", "Paper jam", Severity.ERROR, "hrPrinterDetectedErrorState");
        SnmpCondition coverE = new SnmpCondition("cover-open", "Cover open", Severity.ERROR, "ST2");
        SnmpCondition coverE2 = new SnmpCondition("cover-open", "Cover open", Severity.ERROR, "prtAlertTable");
        assertThat(SnmpViewMapper.merge(List.of(lowW, jamW, coverE, jamE, coverE2)))
                .containsExactly(jamE, coverE, lowW);
    }
}
