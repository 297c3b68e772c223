package org.openenpc.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openenpc.inventory.TestPrinters.T0;
import static org.openenpc.inventory.TestPrinters.printer;
import static org.openenpc.inventory.TestPrinters.scan;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.inventory.UserFieldsImport.Change;
import org.openenpc.inventory.UserFieldsImport.Field;
import org.openenpc.inventory.UserFieldsImport.Plan;
import org.openenpc.inventory.UserFieldsImport.RowError;
import org.openenpc.model.UserFields;

/** The CSV import of the user's fields, against a real SQLite inventory holding three printers. */
class UserFieldsImportTest {

    static final String MAC_A = "00:26:ab:00:00:0a";
    static final String MAC_B = "00:26:ab:00:00:0b";
    static final String MAC_C = "00:26:ab:00:00:0c";

    @TempDir
    Path dir;

    Inventory inventory;

    @BeforeEach
    void open() {
        inventory = Inventories.open(dir.resolve("inventory.db").toString());
        inventory.recordScan(scan(T0, true, printer("127.0.0.2", MAC_A, "TM-T88V", T0),
                printer("127.0.0.3", MAC_B, "ET-2850", T0), printer("127.0.0.4", MAC_C, "TM-m30", T0)));
        set(MAC_B, new UserFields("Back office", "Floor 1", "IT-0002", "old notes", "pos"));
    }

    @AfterEach
    void close() {
        inventory.close();
    }

    private void set(String mac, UserFields f) {
        assertThat(inventory.updateUserFields(device(mac).id(), f)).isTrue();
    }

    private KnownDevice device(String mac) {
        return inventory.find(mac).orElseThrow();
    }

    private Plan preview(String csv) {
        return UserFieldsImport.preview(new StringReader(csv), inventory);
    }

    private Path file(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCaseSpacesAndAliases() {
        Plan plan = preview("MAC Address,Name ,Asset_Tag,NOTE, tags ,LOCATION,Serial,IP\n"
                + MAC_A + ",Front desk,IT-0001,toner in cupboard,\"pos,receipt\",Floor 2,X1,127.0.0.2\n");
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.columns()).containsExactly(Field.values());
        assertThat(plan.warnings()).singleElement().asString().contains("\"Serial\", \"IP\"");
        Change c = plan.changes().get(0);
        assertThat(c.after()).isEqualTo(new UserFields("Front desk", "Floor 2", "IT-0001", "toner in cupboard", "pos,receipt"));
        assertThat(c.before()).isEqualTo(UserFields.NONE);
        assertThat(c.fields()).containsExactly(Field.values());
        assertThat(c.mac()).isEqualTo(MAC_A);
        assertThat(c.address()).isEqualTo("127.0.0.2");
        assertThat(c.model()).isEqualTo("TM-T88V");
        assertThat(c.line()).isEqualTo(2);
        for (String alias : List.of("mac,asset", "mac,assettag", "mac,asset tag", "Mac,Asset-Tag")) {
            assertThat(preview(alias + "\n" + MAC_A + ",T\n").changes().get(0).after().assetTag()).as(alias).isEqualTo("T");
        }
    }

    @Test
    void theInventoryExportReadsBackWithItsExtraColumnsIgnored() {
        String export = "mac,ip,model,serial,name,location,assetTag,notes,tags,firstSeen,lastSeen,present,status,pages\r\n"
                + MAC_A + ",127.0.0.2,TM-T88V,,Till 1,Shop,A-1,,,2026-11-01T08:00:00Z,2026-11-01T08:00:00Z,true,,\r\n";
        Plan plan = preview(export);
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.warnings()).hasSize(1);
        assertThat(plan.changes()).singleElement().extracting(Change::after)
                .isEqualTo(new UserFields("Till 1", "Shop", "A-1", "", ""));
    }

    @Test
    void aByteOrderMarkIsSkippedInAFileAndInText() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("mac,name\r\n" + MAC_A + ",Till\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Plan fromFile = UserFieldsImport.preview(file("bom.csv", all), inventory);
        assertThat(fromFile.errors()).isEmpty();
        assertThat(fromFile.changes()).singleElement().extracting(c -> c.after().name()).isEqualTo("Till");
        assertThat(preview("\uFEFFmac,name\n" + MAC_A + ",Till\n").changes()).hasSize(1);
    }

    @Test
    void utf16FromExcelsUnicodeTextAndSemicolonsAreRead() throws IOException {
        byte[] body = ("mac\tname\r\n" + MAC_A + "\tKüche\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        assertThat(UserFieldsImport.preview(file("unicode.txt", all), inventory).changes())
                .singleElement().extracting(c -> c.after().name()).isEqualTo("Küche");
        Plan semi = preview("mac;name;notes\n" + MAC_A + ";Till;\"a; b, c\"\n");
        assertThat(semi.changes()).singleElement().extracting(Change::after)
                .isEqualTo(new UserFields("Till", "", "", "a; b, c", ""));
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaksExactly() {
        Plan plan = preview("mac,name,notes\n" + MAC_A + ",\"Till, \"\"front\"\"\",\"toner, cupboard\r\n  line two  \n\"\n"
                + MAC_C + ",x,y\n");
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.changes().get(0).after().name()).isEqualTo("Till, \"front\"");
        assertThat(plan.changes().get(0).after().notes()).isEqualTo("toner, cupboard\r\n  line two  \n");
        assertThat(plan.changes().get(1).line()).isEqualTo(5);
    }

    @Test
    void eachBadRowIsOneSentenceWithTheLineItStartsOn() {
        String tooLong = "x".repeat(UserFields.MAX_LENGTH + 1);
        Plan plan = preview("mac,name,notes\n"
                + MAC_A + ",Till,\"two\nlines\"\n"   // lines 2-3: fine
                + "zz:11,Till,\n"                     // 4
                + "00:26:ab:99:99:99,Nobody,\n"       // 5
                + "00-26-AB-00-00-0A,Again,\n"        // 6: MAC_A again, other spelling
                + MAC_B + ",Back," + tooLong + "\n"   // 7
                + MAC_C + ",only two\n"               // 8
                + MAC_C + ",a,b,c\n"                  // 9
                + ",no mac,\n"                        // 10
                + "\n"                                // 11: blank, skipped
                + MAC_C + ",Kitchen,,,\n");           // 12: trailing empty cells are fine
        assertThat(plan.errors()).extracting(RowError::message).containsExactly(
                "line 4: \"zz:11\" is not a MAC address.",
                "line 5: 00:26:ab:99:99:99 is not in the inventory (no recorded scan has seen it).",
                "line 6: 00:26:ab:00:00:0a is also on line 2; a printer may appear only once, so this row was skipped.",
                "line 7: the notes cell has 10,001 characters; a field keeps at most 10,000.",
                "line 8: 2 cells where the header has 3 (is a separator missing, or a quote left open?).",
                "line 9: 4 cells where the header has 3 (a value containing the separator must be in double quotes).",
                "line 10: the mac cell is empty.");
        assertThat(plan.changes()).extracting(Change::line).containsExactly(2, 12);
        assertThat(plan.hasErrors()).isTrue();
    }

    @Test
    void aLongOrHostileBadMacIsQuotedShortAndEscaped() {
        Plan plan = preview("mac\n\"\u001b]0;pwned\u0007" + "y".repeat(100) + "\"\n");
        String m = plan.errors().get(0).message();
        assertThat(m).startsWith("line 2: \"\\x1b]0;pwned\\x07yyy").contains("…\" is not a MAC address.")
                .doesNotContain("\u001b").hasSizeLessThan(90);
    }

    @Test
    void anAbsentColumnKeepsTheFieldAndAnEmptyCellClearsIt() {
        Plan plan = preview("mac,location,notes\n" + MAC_B + ",Floor 3,\n");
        Change c = plan.changes().get(0);
        assertThat(c.fields()).containsExactly(Field.LOCATION, Field.NOTES);
        assertThat(c.before()).isEqualTo(new UserFields("Back office", "Floor 1", "IT-0002", "old notes", "pos"));
        assertThat(c.after()).isEqualTo(new UserFields("Back office", "Floor 3", "IT-0002", "", "pos"));
        assertThat(plan.columns()).containsExactly(Field.LOCATION, Field.NOTES);
    }

    @Test
    void rowsThatChangeNothingAreCountedNotListed() {
        Plan plan = preview("mac,name,location,notes\n" + MAC_B + ", Back office ,Floor 1\t,old notes\n"
                + MAC_A + ",,,\n" + MAC_C + ",New,,\n");
        assertThat(plan.unchanged()).isEqualTo(2);
        assertThat(plan.changes()).singleElement().extracting(Change::mac).isEqualTo(MAC_C);
        assertThat(plan.errors()).isEmpty();
    }

    @Test
    void namesAreStrippedNotesAreNot() {
        Plan plan = preview("mac,name,location,asset tag,tags,notes\n" + MAC_A + ",  Till \t, Shop , A-1 , pos ,  keep  \n");
        assertThat(plan.changes().get(0).after()).isEqualTo(new UserFields("Till", "Shop", "A-1", "  keep  ", "pos"));
    }

    @Test
    void applyWritesExactlyThePlanAndNothingElse() {
        Plan plan = preview("mac,name,notes\n" + MAC_A + ",Till 1,first line\nsecond\n" + MAC_B + ",Office,\n");
        // not quoted, so "second" is a row of its own: an error, and only the valid rows are written
        assertThat(plan.errors()).extracting(RowError::line).containsExactly(3);
        UserFields c = device(MAC_C).user();
        assertThat(UserFieldsImport.apply(inventory, plan).written()).isEqualTo(2);
        assertThat(device(MAC_A).user()).isEqualTo(new UserFields("Till 1", "", "", "first line", ""));
        assertThat(device(MAC_B).user()).isEqualTo(new UserFields("Office", "Floor 1", "IT-0002", "", "pos"));
        assertThat(device(MAC_C).user()).isEqualTo(c);
        assertThat(preview("mac,name,notes\n" + MAC_A + ",Till 1,first line\n").unchanged()).isEqualTo(1);
    }

    @Test
    void applyKeepsAnEditMadeSinceThePreviewAndReportsAForgottenPrinter() {
        Plan plan = preview("mac,name\n" + MAC_A + ",Till\n" + MAC_B + ",Office\n");
        set(MAC_B, device(MAC_B).user().withNotes("typed in the app meanwhile"));
        assertThat(inventory.forget(device(MAC_A).id())).isTrue();
        UserFieldsImport.Applied applied = UserFieldsImport.apply(inventory, plan);
        assertThat(applied.written()).isEqualTo(1);
        assertThat(applied.notWritten()).extracting(RowError::message).containsExactly("line 2: " + MAC_A
                + " is no longer in the inventory (forgotten since the preview), so this row was not written.");
        assertThat(device(MAC_B).user()).isEqualTo(new UserFields("Office", "Floor 1", "IT-0002",
                "typed in the app meanwhile", "pos"));
    }

    @Test
    void hostileTextIsStoredExactly() {
        String hostile = "EPSON\u0000\u001b]0;pwned\u0007\\x41\u202e\uD83D\uDE00 \\\\0\u009b2J";
        Plan plan = preview("mac,name,notes\n" + MAC_A + ",\"" + hostile + "\",\"" + hostile + "\r\n\"\n");
        assertThat(plan.errors()).isEmpty();
        UserFieldsImport.apply(inventory, plan);
        assertThat(device(MAC_A).user().name()).isEqualTo(hostile);
        assertThat(device(MAC_A).user().notes()).isEqualTo(hostile + "\r\n");
    }

    @Test
    void macsAreReadInTheUsualSpellings() {
        Plan plan = preview("mac,name\n 00-26-AB-00-00-0A ,a\n0026AB00000B,b\n00:26:AB:00:00:0C,c\n");
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.changes()).extracting(Change::mac).containsExactly(MAC_A, MAC_B, MAC_C);
    }

    @Test
    void aFileThatCannotBeImportedIsOneSentence() throws IOException {
        assertThatThrownBy(() -> UserFieldsImport.preview(dir.resolve("missing.csv"), inventory))
                .isInstanceOf(ImportFileException.class).hasMessageEndingWith("missing.csv: there is no such file.");
        assertThatThrownBy(() -> UserFieldsImport.preview(dir, inventory)).hasMessageEndingWith("it is a folder, not a file.");
        assertThatThrownBy(() -> UserFieldsImport.preview(file("empty.csv", new byte[0]), inventory))
                .hasMessageEndingWith("empty.csv is empty.");
        assertThatThrownBy(() -> preview("\n,,\n")).hasMessage("The CSV text is empty.");
        assertThatThrownBy(() -> preview("name,notes\nTill,x\n")).hasMessageStartingWith("The first row has no mac column");
        assertThatThrownBy(() -> preview("mac,notes,Note\n")).hasMessage("The header has two notes columns (2 and 3): which one to import?");
        assertThatThrownBy(() -> preview("mac,asset,asset tag\n")).hasMessage("The header has two asset tag columns (2 and 3): which one to import?");
        assertThatThrownBy(() -> preview("MAC,mac address\n")).hasMessageStartingWith("The header has two mac columns (1 and 2)");
        assertThatThrownBy(() -> preview("mac,notes\n" + MAC_A + ",\"never closed\n"))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("is not valid CSV");
        assertThatThrownBy(() -> UserFieldsImport.preview(file("book.csv", new byte[] {'P', 'K', 3, 4, 0, 0}), inventory))
                .hasMessageContaining("is a workbook (.xlsx or .ods), not CSV");
        byte[] latin1 = ("mac,name\n" + MAC_A + ",K\u00fcche\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> UserFieldsImport.preview(file("ansi.csv", latin1), inventory))
                .hasMessageContaining("is not UTF-8 text");
        byte[] big = new byte[CsvRows.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> UserFieldsImport.preview(file("big.csv", big), inventory))
                .hasMessageEndingWith("big.csv is larger than 10 MB: too large for a list of printers.");
        assertThatThrownBy(() -> preview("a".repeat(CsvRows.MAX_BYTES + 1))).hasMessageContaining("larger than 10 MB");
    }

    @Test
    void aHeaderWithoutRowsOrFieldColumnsIsAWarning() {
        assertThat(preview("mac,name\n").warnings()).containsExactly("The file has a header but no rows below it.");
        Plan onlyMacs = preview("mac\n" + MAC_A + "\n");
        assertThat(onlyMacs.warnings()).singleElement().asString().contains("changes nothing");
        assertThat(onlyMacs.unchanged()).isEqualTo(1);
    }
}
