package org.openenpc.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openenpc.model.Supply.Kind.COLORANT;
import static org.openenpc.model.Supply.Kind.OTHER;
import static org.openenpc.model.Supply.Kind.WASTE;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openenpc.model.Supply;

/** PWG 5100.13 printer-supply and CUPS marker-* → supplies with the SNMP side's meaning. */
class IppSuppliesTest {

    @Test
    void keyValuesAreTolerant() {
        assertThat(SupplyKeyValues.parse(" index = 1 ;TYPE=toner;;junk;=x;level=76"))
                .containsExactly(Map.entry("index", "1"), Map.entry("type", "toner"), Map.entry("level", "76"));
        assertThat(SupplyKeyValues.parse("level=1;level=2;")).containsExactly(Map.entry("level", "1"));
        assertThat(SupplyKeyValues.parse("")).isEmpty();
        assertThat(SupplyKeyValues.parse(";;;===;")).isEmpty();
        assertThat(SupplyKeyValues.parse("k=" + "v".repeat(10_000)).get("k")).hasSize(SupplyKeyValues.MAX_VALUE);
        assertThat(SupplyKeyValues.parse("a=1;".repeat(10_000))).hasSize(1);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            many.append('k').append(i).append("=1;");
        }
        assertThat(SupplyKeyValues.parse(many.toString())).hasSize(SupplyKeyValues.MAX_PAIRS);
        assertThat(SupplyKeyValues.integer(Map.of("l", "99999999999999"), "l", -7)).isEqualTo(-7);
        assertThat(SupplyKeyValues.integer(Map.of("l", "12a"), "l", -7)).isEqualTo(-7);
        assertThat(SupplyKeyValues.integer(Map.of("l", "-3"), "l", -7)).isEqualTo(-3);
    }

    @Test
    void hpLikeLaserTonerAndDrum() {
        List<Supply> s = IppSupplies.fromPrinterSupply(List.of(
                "index=1;class=supplyThatIsConsumed;type=tonerCartridge;unit=percent;maxcapacity=100;level=76;"
                        + "colorantname=black;",
                "index=2;class=supplyThatIsConsumed;type=opc;unit=impressions;maxcapacity=30000;level=-3;",
                "index=3;class=supplyThatIsConsumed;type=toner;unit=percent;maxcapacity=100;level=0;"
                        + "colorantname=light-cyan"),
                List.of("Black Cartridge HP 26A", "Imaging Drum"));
        assertThat(s).containsExactly(
                new Supply("Black Cartridge HP 26A", "black", COLORANT, 76, "ok", "IPP"),
                new Supply("Imaging Drum", "", OTHER, null, "some remaining", "IPP"),
                new Supply("Light cyan toner", "light cyan", COLORANT, 0, "empty", "IPP"));
    }

    @Test
    void epsonInksAndAMaintenanceBoxWhoseLevelIsTheSpaceLeft() {
        List<Supply> s = IppSupplies.fromPrinterSupply(List.of(
                "index=1;class=supplyThatIsConsumed;type=ink;unit=percent;maxcapacity=100;level=40;colorantname=black",
                "index=2;class=supplyThatIsConsumed;type=ink;unit=percent;maxcapacity=100;level=-2;colorantname=cyan",
                "index=3;class=supplyThatIsConsumed;type=ink;unit=percent;level=150;colorantname=magenta",
                "index=4;class=supplyThatIsConsumed;type=ink;unit=percent;maxcapacity=100;level=-1;colorantname=yellow",
                "index=5;class=receptacleThatIsFilled;type=wasteInk;unit=percent;maxcapacity=100;level=0;"
                        + "colorantname=no-color",
                "index=6;type=wasteInk;maxcapacity=-2;level=-3;colorantname=unknown",
                "index=7;type=inkCartridge;maxcapacity=200;level=50"),
                List.of("Black ink", "Cyan ink", "Magenta ink", "Yellow ink", "Maintenance box"));
        assertThat(s).containsExactly(
                new Supply("Black ink", "black", COLORANT, 40, "ok", "IPP"),
                new Supply("Cyan ink", "cyan", COLORANT, null, "unknown", "IPP"),
                new Supply("Magenta ink", "magenta", COLORANT, 100, "ok", "IPP"),
                new Supply("Yellow ink", "yellow", COLORANT, null, "unknown", "IPP"),
                new Supply("Maintenance box", "", WASTE, 0, "full", "IPP"),
                new Supply("Waste ink", "", WASTE, null, "some space left", "IPP"),
                new Supply("Ink cartridge", "", COLORANT, 25, "ok", "IPP"));
    }

    @Test
    void hostileOrEmptySupplyValues() {
        List<Supply> s = IppSupplies.fromPrinterSupply(List.of("", "garbage", "level=abc;maxcapacity=0;type=toner",
                "level=5;maxcapacity=0", "level=-9", "colorantname=" + "x".repeat(100)), List.of("  "));
        assertThat(s).extracting(Supply::name, Supply::percent, Supply::state).containsExactly(
                tuple("supply 1", null, "level not reported"),
                tuple("supply 2", null, "level not reported"),
                tuple("Toner", null, "level not reported"),
                tuple("supply 4", null, "level not reported"),
                tuple("supply 5", null, "unknown"),
                tuple("supply 6", null, "level not reported"));
        assertThat(s.get(5).colour()).isEmpty();
        assertThat(IppSupplies.fromPrinterSupply(Collections.nCopies(10_000, "type=ink;level=5"), List.of()))
                .hasSize(IppSupplies.MAX_SUPPLIES);
    }

    @Test
    void cupsMarkersWithThresholdsAndAWasteLevelThatSaysHowFull() {
        IppSupplies.CupsMarkers m = new IppSupplies.CupsMarkers(
                List.of("Black Toner", "Cyan", "Magenta", "Yellow", "Waste Toner", "Drum"),
                List.of(60, 10, -3, 0, 85, -1),
                List.of("#000000", "#00FFFF", "#FF00FF", "#FFFF00", "none"),
                List.of("toner", "toner", "toner", "toner", "waste-toner", "opc"),
                List.of(15, 15, 15, 15, 0, 10),
                List.of(100, 100, 100, 100, 80, 100));
        assertThat(IppSupplies.fromMarkers(m)).containsExactly(
                new Supply("Black Toner", "black", COLORANT, 60, "ok", "IPP"),
                new Supply("Cyan", "cyan", COLORANT, 10, "low", "IPP"),
                new Supply("Magenta", "magenta", COLORANT, null, "some remaining", "IPP"),
                new Supply("Yellow", "yellow", COLORANT, 0, "empty", "IPP"),
                new Supply("Waste Toner", "", WASTE, 15, "near full", "IPP"),
                new Supply("Drum", "", OTHER, null, "unknown", "IPP"));
    }

    @Test
    void cupsMarkersWithShortListsAndNoNames() {
        IppSupplies.CupsMarkers m = new IppSupplies.CupsMarkers(List.of(), List.of(100, -2),
                List.of("#123456"), List.of("waste-ink"), List.of(), List.of());
        assertThat(IppSupplies.fromMarkers(m)).containsExactly(
                new Supply("Waste ink", "", WASTE, 0, "full", "IPP"),
                new Supply("supply 2", "", OTHER, null, "unknown", "IPP"));
    }
}
