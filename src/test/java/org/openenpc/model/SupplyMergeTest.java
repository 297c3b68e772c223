package org.openenpc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openenpc.model.Supply.Kind.COLORANT;
import static org.openenpc.model.Supply.Kind.OTHER;
import static org.openenpc.model.Supply.Kind.WASTE;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The per-supply merge of ST2 and Printer-MIB supplies: which level wins, what pairs, what is kept. */
class SupplyMergeTest {

    static Supply st2(String colour, Integer percent) {
        return new Supply(colour + " ink", colour, COLORANT, percent, percent == null ? "level not reported" : "ok",
                "ST2");
    }

    static Supply mib(String name, String colour, Supply.Kind kind, Integer percent) {
        return new Supply(name, colour, kind, percent, percent == null ? "unknown" : "ok", "Printer-MIB");
    }

    static final Supply ST2_BOX = new Supply("Maintenance box 1", "", WASTE, null, "ok", "ST2");

    @Test
    void st2UnknownAndPrinterMibKnownShowsThePrinterMibLevelAndSaysSo() {
        Supply black = mib("Black Ink Bottle", "black", COLORANT, 62);
        assertThat(SupplyMerge.merge(List.of(st2("black", null)), List.of(black))).containsExactly(black);
        assertThat(black.source()).isEqualTo("Printer-MIB");
    }

    @Test
    void st2KnownAndPrinterMibUnknownShowsTheSt2Level() {
        Supply black = st2("black", 40);
        assertThat(SupplyMerge.merge(List.of(black), List.of(mib("Black Ink Bottle", "black", COLORANT, null))))
                .containsExactly(black);
    }

    @Test
    void bothKnownOrBothUnknownKeepTheSt2One() {
        Supply known = st2("cyan", 40);
        Supply unknown = st2("magenta", null);
        assertThat(SupplyMerge.merge(List.of(known, unknown), List.of(mib("Cyan", "cyan", COLORANT, 55),
                new Supply("Magenta", "magenta", COLORANT, null, "some remaining", "Printer-MIB"))))
                .containsExactly(known, unknown);
    }

    @Test
    void coloursOfOnlyOneSourceAreKeptInSt2OrderFirst() {
        Supply black = st2("black", null);
        Supply cyan = st2("cyan", 30);
        Supply blackMib = mib("Black", "black", COLORANT, 70);
        Supply yellowMib = mib("Yellow", "yellow", COLORANT, 20);
        Supply pad = mib("Waste Ink Pad", "", WASTE, 88);
        assertThat(SupplyMerge.merge(List.of(black, cyan), List.of(yellowMib, blackMib, pad)))
                .containsExactly(blackMib, cyan, yellowMib, pad);
    }

    @Test
    void sameColourOfAnotherKindDoesNotPair() {
        Supply black = st2("black", null);
        Supply blackWaste = mib("Black waste ink box", "black", WASTE, 50);
        Supply blackOther = mib("Black drum", "black", OTHER, 70);
        assertThat(SupplyMerge.merge(List.of(black), List.of(blackWaste, blackOther)))
                .containsExactly(black, blackWaste, blackOther);
    }

    @Test
    void aMaintenanceBoxPairsWithTheOnlyWasteReceptacle() {
        Supply pad = mib("Maintenance Box", "", WASTE, 20);
        assertThat(SupplyMerge.merge(List.of(st2("black", 50), ST2_BOX), List.of(pad)))
                .containsExactly(st2("black", 50), pad);
    }

    @Test
    void duplicatesInOneSourcePairNothingOfThatKindAndColour() {
        Supply photo = mib("Photo Black", "black", COLORANT, 80); // guessed from the description
        Supply matte = mib("Matte Black", "black", COLORANT, 10);
        Supply cyan = mib("Cyan", "cyan", COLORANT, 50);
        assertThat(SupplyMerge.merge(List.of(st2("black", null), st2("cyan", null)), List.of(photo, matte, cyan)))
                .containsExactly(st2("black", null), cyan, photo, matte);

        Supply box2 = new Supply("Maintenance box 2", "", WASTE, null, "near full", "ST2");
        Supply pad = mib("Waste Ink Pad", "", WASTE, 30);
        assertThat(SupplyMerge.merge(List.of(ST2_BOX, box2), List.of(pad))).containsExactly(ST2_BOX, box2, pad);

        Supply one = st2("yellow", null);
        Supply two = st2("yellow", 40);
        Supply yellow = mib("Yellow", "yellow", COLORANT, 60);
        assertThat(SupplyMerge.merge(List.of(one, two), List.of(yellow))).containsExactly(one, two, yellow);
    }

    @Test
    void emptyListsGiveTheOtherUnchanged() {
        List<Supply> st2 = List.of(st2("black", 10), ST2_BOX);
        List<Supply> mib = List.of(mib("Toner", "black", COLORANT, 10), mib("Drum", "", OTHER, 5));
        assertThat(SupplyMerge.merge(List.of(), List.of())).isEmpty();
        assertThat(SupplyMerge.merge(st2, List.of())).isEqualTo(st2);
        assertThat(SupplyMerge.merge(List.of(), mib)).isEqualTo(mib);
    }

    @Test
    void coloursPairAfterFoldingCaseBlanksAndGreyButNotOtherNames() {
        Supply lightCyan = mib("LC", "Light-Cyan", COLORANT, 33);
        Supply gray = mib("Gray", "GREY", COLORANT, 44);
        Supply photoBlack = mib("Photo Black", "photo black", COLORANT, 55);
        Supply lightGray = mib("Light Gray", "light gray", COLORANT, 66);
        Supply st2Gray = new Supply("Gray ink", "gray", COLORANT, null, "level not reported", "ST2");
        assertThat(SupplyMerge.merge(
                List.of(st2("light cyan", null), st2Gray, st2("black", null), st2("light black", null)),
                List.of(lightCyan, gray, photoBlack, lightGray)))
                .containsExactly(lightCyan, gray, st2("black", null), st2("light black", null), photoBlack, lightGray);
        assertThat(SupplyMerge.colourKey("  Light_ CYAN ")).isEqualTo("light cyan");
        assertThat(SupplyMerge.colourKey("light grey")).isEqualTo("light gray");
        assertThat(SupplyMerge.colourKey(null)).isEmpty();
    }

    @Test
    void otherKindsColourlessInksAndUnnamedSt2CodesNeverPair() {
        Supply unnamed = new Supply("Colour 0x1A ink", "colour 0x1A", COLORANT, null, "level not reported", "ST2");
        Supply colourless = new Supply("Ink", "", COLORANT, null, "level not reported", "ST2");
        Supply mibUnnamed = mib("Ink 0x1A", "colour 0x1a", COLORANT, 50);
        Supply mibColourless = mib("Ink", "", COLORANT, 50);
        assertThat(SupplyMerge.merge(List.of(unnamed, colourless), List.of(mibUnnamed, mibColourless)))
                .containsExactly(unnamed, colourless, mibUnnamed, mibColourless);
        Supply untyped = mib("Black Ink Cartridge", "black", OTHER, 40); // no prtMarkerSuppliesType
        assertThat(SupplyMerge.merge(List.of(st2("black", null)), List.of(untyped)))
                .containsExactly(st2("black", null), untyped);
    }
}
