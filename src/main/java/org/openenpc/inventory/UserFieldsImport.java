package org.openenpc.inventory;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.openenpc.model.UserFields;

/**
 * Imports the user's fields (name, location, asset tag, notes, tags) from a spreadsheet saved as CSV, keyed
 * by MAC: first {@link #preview} (reads the file and the inventory, writes nothing) gives a {@link Plan} of
 * what would change and one {@link RowError} per bad row; then {@link #apply} writes the plan's changes.
 * Both fronts use it: {@code openenpc import} and the desktop app's import dialog.
 *
 * <p>The file. The first non-empty row names the columns, in any order and case, spaces, underscores and
 * hyphens ignored: {@code mac} (required; also "mac address"), {@code name}, {@code location},
 * {@code asset tag} (also "assettag", "asset"), {@code notes} (also "note"), {@code tags}. Other columns are
 * named once in a warning and ignored, so the CSV that {@code openenpc inventory --format csv} writes is
 * accepted; but that export escapes text for display ({@code CsvExporter.cell}: a line break as
 * {@code \x0a}, a quote before a leading {@code = + - @}), and such text is imported as written, escapes and all.
 * Reading is {@link CsvRows}' job (quotes, line breaks in cells, byte-order mark,
 * UTF-8, a 10 MB cap, semicolon or tab instead of comma).
 *
 * <p>What a row means. A column absent from the header leaves that field of every printer unchanged; an
 * empty cell in a present column clears the field. Name, location, asset tag and tags lose the white space
 * around them ({@link String#strip()}), as a spreadsheet cell easily carries a stray space; notes are kept
 * exactly, line breaks and spaces included. Everything inside is kept exactly too, control characters and
 * bidi overrides included: fronts sanitise on output (the model's rule for user text). The MAC may be
 * written {@code 00:26:ab:12:34:56}, {@code 00-26-AB-12-34-56} or {@code 0026ab123456}, with spaces around.
 *
 * <p>Which rows are errors, one sentence each and the first problem found: a cell count other than the
 * header's (extra empty cells at the end are fine: spreadsheets write them), an empty or malformed MAC, a
 * MAC already on an earlier row (the later row is the error; the earlier one is used), a field longer than
 * {@link UserFields#MAX_LENGTH}, a MAC the inventory does not know or knows for several devices. A row that
 * would change nothing is counted in {@link Plan#unchanged()}. Text from the file quoted in a sentence is
 * escaped by {@link org.openenpc.model.SafeText} and shortened, so sentences may be shown as they are.
 *
 * <p>Stateless; any thread, but both methods do database work, so a GUI calls them off the FX thread.
 */
public final class UserFieldsImport {

    /** The fields a CSV can set, in the order shown. */
    public enum Field {
        NAME("name", true, UserFields::name, UserFields::withName),
        LOCATION("location", true, UserFields::location, UserFields::withLocation),
        ASSET_TAG("asset tag", true, UserFields::assetTag, UserFields::withAssetTag),
        NOTES("notes", false, UserFields::notes, UserFields::withNotes),
        TAGS("tags", true, UserFields::tags, UserFields::withTags);

        private final String label;
        private final boolean stripped;
        private final Function<UserFields, String> getter;
        private final BiFunction<UserFields, String, UserFields> setter;

        Field(String label, boolean stripped, Function<UserFields, String> getter,
              BiFunction<UserFields, String, UserFields> setter) {
            this.label = label;
            this.stripped = stripped;
            this.getter = getter;
            this.setter = setter;
        }

        /** How the field is called in sentences and column headers: "asset tag". */
        public String label() {
            return label;
        }

        /** This field of {@code f}. */
        public String of(UserFields f) {
            return getter.apply(f);
        }

        UserFields with(UserFields f, String value) {
            return setter.apply(f, value);
        }

        /** What a cell stores: stripped, except notes. */
        String value(String cell) {
            return stripped ? cell.strip() : cell;
        }
    }

    /**
     * One printer whose fields the file changes.
     *
     * @param line     the file's line where its row starts (1-based)
     * @param deviceId the inventory's key
     * @param mac      its MAC, as the inventory prints it
     * @param address  its latest address, for display
     * @param model    its model ("" when never reported), for display
     * @param before   its fields at the preview
     * @param after    its fields once written
     * @param fields   which fields differ (never empty)
     */
    public record Change(int line, long deviceId, String mac, String address, String model, UserFields before,
                         UserFields after, Set<Field> fields) {

        public Change {
            fields = Collections.unmodifiableSet(fields.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(fields));
        }

        /** {@code current} with this change's fields set: another field edited since the preview is kept. */
        public UserFields onto(UserFields current) {
            UserFields f = current;
            for (Field field : fields) {
                f = field.with(f, field.of(after));
            }
            return f;
        }
    }

    /** A row not imported: the file's line where it starts (1-based) and one sentence saying why. */
    public record RowError(int line, String sentence) {

        /** "line 7: "zz:11" is not a MAC address." */
        public String message() {
            return "line " + line + ": " + sentence;
        }
    }

    /**
     * What importing a file would do.
     *
     * @param changes   the printers whose fields change, in file order
     * @param unchanged how many valid rows change nothing
     * @param errors    the rows that cannot be imported, in file order
     * @param warnings  sentences about the whole file (ignored columns, no rows)
     * @param columns   the fields the file has columns for
     */
    public record Plan(List<Change> changes, int unchanged, List<RowError> errors, List<String> warnings,
                       Set<Field> columns) {

        public Plan {
            changes = List.copyOf(changes);
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
            columns = Collections.unmodifiableSet(columns.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(columns));
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    /**
     * What {@link #apply} wrote.
     *
     * @param written    how many printers' fields were written
     * @param notWritten changes whose printer was forgotten after the preview, one sentence each
     */
    public record Applied(int written, List<RowError> notWritten) {

        public Applied {
            notWritten = List.copyOf(notWritten);
        }
    }

    private UserFieldsImport() {
    }

    /** What importing {@code file} into {@code inventory} would change; writes nothing. */
    public static Plan preview(Path file, Inventory inventory) {
        List<CsvRows.Row> rows = CsvRows.read(file);
        return plan(rows, inventory.devices());
    }

    /** Same, for CSV text read to its end (not closed), named "The CSV text" in sentences. */
    public static Plan preview(Reader csv, Inventory inventory) {
        List<CsvRows.Row> rows = CsvRows.read(csv, "The CSV text");
        return plan(rows, inventory.devices());
    }

    static Plan plan(List<CsvRows.Row> rows, List<KnownDevice> devices) {
        return new ImportPlanner(rows.get(0), devices).plan(rows.subList(1, rows.size()));
    }

    /**
     * Writes {@code plan}'s changes, each in its own transaction, over the fields the printer has now: a field
     * the file does not change keeps an edit made since the preview. A printer forgotten since the preview is
     * skipped and named in {@link Applied#notWritten()}. Throws {@link InventoryException} when the inventory
     * fails (changes before it are written).
     */
    public static Applied apply(Inventory inventory, Plan plan) {
        Map<Long, KnownDevice> now = new HashMap<>();
        for (KnownDevice d : inventory.devices()) {
            now.put(d.id(), d);
        }
        int written = 0;
        List<RowError> notWritten = new ArrayList<>();
        for (Change c : plan.changes()) {
            KnownDevice d = now.get(c.deviceId());
            if (d != null && d.macText().equals(c.mac()) && inventory.updateUserFields(d.id(), c.onto(d.user()))) {
                written++;
            } else {
                notWritten.add(new RowError(c.line(), c.mac()
                        + " is no longer in the inventory (forgotten since the preview), so this row was not written."));
            }
        }
        return new Applied(written, notWritten);
    }
}
