package org.openenpc.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openenpc.model.Printer;

class TableFormatterTest {

    private static List<Printer> printers() {
        return List.of(Fixtures.printer("192.0.2.10", "00:26:ab:0c:0d:0e", "TM-T88V"),
                Fixtures.bare("192.0.2.11"),
                Fixtures.withNames(Fixtures.printer("198.19.2.3", "00:26:ab:00:00:01", "TM-T20III"), "", "NIC-ONLY"));
    }

    @Test
    void listsEveryPrinterAndTheCount() {
        String table = TableFormatter.format(printers());
        List<String> lines = table.lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("STATUS").contains("IP", "MAC", "MODEL", "CARD/NIC", "STATUS DETAIL");
        assertThat(table).contains("192.0.2.10", "192.0.2.11", "198.19.2.3");
        assertThat(lines.get(1)).startsWith("WARNING").contains("00:26:ab:0c:0d:0e", "TM-T88V",
                "UB-E03 / UB-EEAE083ENSN", "Paper near end");
        assertThat(lines.get(2)).startsWith("UNKNOWN").endsWith("Not reported");
        assertThat(lines.get(3)).contains("  NIC-ONLY  ");
        assertThat(lines.get(4)).isEqualTo("3 printers");
        assertThat(table).endsWith("\n");
    }

    @Test
    void columnsAreAlignedWithoutTrailingBlanks() {
        List<String> lines = TableFormatter.format(printers()).lines().toList();
        int ipColumn = lines.get(0).indexOf("IP");
        int macColumn = lines.get(0).indexOf("MAC");

        assertThat(lines.get(1).indexOf("192.0.2.10")).isEqualTo(ipColumn);
        assertThat(lines.get(2).indexOf("192.0.2.11")).isEqualTo(ipColumn);
        assertThat(lines.get(1).indexOf("00:26:ab")).isEqualTo(macColumn);
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
    }

    @Test
    void countLineForNoneAndOne() {
        assertThat(TableFormatter.format(List.of()).lines().toList()).last().isEqualTo("0 printers");
        assertThat(TableFormatter.format(List.of(Fixtures.bare("203.0.113.1")))).endsWith("\n1 printer\n");
    }

    @Test
    void longCellsAreCutTo32CharactersWithAnEllipsis() {
        String model = "M".repeat(31) + "ABCDEFGH";
        String table = TableFormatter.format(List.of(Fixtures.withModel(Fixtures.bare("203.0.113.1"), model)));

        assertThat(table).contains("M".repeat(31) + "…").doesNotContain("M".repeat(31) + "A", "ABCDEFGH");
        assertThat(TableFormatter.clean("x".repeat(32))).isEqualTo("x".repeat(32));
        assertThat(TableFormatter.clean("x".repeat(33))).hasSize(32).endsWith("…");
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDDA8"; // printer emoji, two chars, one code point
        String cut = TableFormatter.clean(emoji.repeat(40));
        assertThat(cut).isEqualTo(emoji.repeat(31) + "…");
    }

    @Test
    void controlCharactersNeverReachTheTerminal() {
        Printer p = Fixtures.withNames(Fixtures.withModel(Fixtures.bare("203.0.113.1"), "A\u001b[31mB\u0007"),
                "C\u009b2J", "D\u007fE\tF\nG");
        String table = TableFormatter.format(List.of(p));

        assertThat(table).contains("A\\x1b[31mB\\x07", "C\\x9b2J / D\\x7fE\\x09F\\x0aG");
        assertThat(table.replace("\n", "").chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void bidiControlsAreEscapedAndEscapedEnpcTextIsNotEscapedTwice() {
        Printer p = Fixtures.withNames(Fixtures.withModel(Fixtures.bare("203.0.113.1"), "TM\\x1b[2J\\\\"),
                "abc\u202Eexe.pdf", "");
        String table = TableFormatter.format(List.of(p));

        assertThat(table).contains("TM\\x1b[2J\\\\ ", "abc\\u202eexe.pdf");
        assertThat(table).doesNotContain("\u202E");
    }

    @Test
    void escapingHappensBeforeCuttingSoTheCellStaysInItsColumn() {
        String cut = TableFormatter.clean("\r\n".repeat(20));
        assertThat(cut).hasSize(TableFormatter.MAX_CELL).endsWith("…").startsWith("\\x0d\\x0a");
    }

    @Test
    void aMacConflictIsNamedFirstInTheStatusDetail() {
        org.openenpc.model.Printer p = Fixtures.sample().get(0);
        String dup = TableFormatter.format(java.util.List.of(p.withMacConflicts(java.util.List.of(), true)));
        assertThat(dup).contains("duplicate MAC; Paper near end");
        String others = TableFormatter.format(java.util.List.of(p.withMacConflicts(java.util.List.of(
                org.openenpc.model.MacAddress.parse("00:11:22:33:44:55"),
                org.openenpc.model.MacAddress.parse("00:11:22:33:44:56")), false)));
        assertThat(others).contains("2 other MACs; Paper near end");
    }
}
