package org.openenpc.inventory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openenpc.inventory.UserFieldsImport.Change;
import org.openenpc.inventory.UserFieldsImport.Field;
import org.openenpc.inventory.UserFieldsImport.Plan;
import org.openenpc.inventory.UserFieldsImport.RowError;
import org.openenpc.model.MacAddress;
import org.openenpc.model.SafeText;
import org.openenpc.model.UserFields;

/**
 * Turns a CSV's rows into a {@link Plan}: reads the header once, then checks each row against the header and
 * the inventory (the rules are in {@link UserFieldsImport}'s Javadoc). One per plan; the thread that plans.
 */
final class ImportPlanner {

    /** Longest piece of a cell quoted in a sentence. */
    private static final int QUOTED = 40;

    private final Field[] fieldAt;
    private final int macColumn;
    /** Cells up to the last named column; later cells must be empty. */
    private final int width;
    private final Set<Field> columns = EnumSet.noneOf(Field.class);
    private final List<String> warnings = new ArrayList<>();
    private final Map<MacAddress, List<KnownDevice>> byMac = new HashMap<>();
    private final Map<MacAddress, Integer> firstLine = new HashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private int unchanged;

    ImportPlanner(CsvRows.Row header, List<KnownDevice> devices) {
        List<String> names = header.cells();
        fieldAt = new Field[names.size()];
        int mac = -1;
        int last = 0;
        List<String> ignored = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>(); // "mac" or a field's label: its column
        for (int i = 0; i < names.size(); i++) {
            String key = names.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
            if (key.isEmpty()) {
                continue; // a blank header cell: its cells are ignored
            }
            last = i + 1;
            fieldAt[i] = field(key);
            if (key.equals("mac") || key.equals("macaddress")) {
                mac = i;
            } else if (fieldAt[i] == null) {
                ignored.add(quote(names.get(i)));
            }
            String target = mac == i ? "mac" : fieldAt[i] == null ? null : fieldAt[i].label();
            Integer before = target == null ? null : seen.put(target, i);
            if (before != null) {
                throw new ImportFileException("The header has two " + target + " columns (" + (before + 1) + " and "
                        + (i + 1) + "): which one to import?");
            }
            if (fieldAt[i] != null) {
                columns.add(fieldAt[i]);
            }
        }
        if (mac < 0) {
            throw new ImportFileException("The first row has no mac column: it must name the columns,"
                    + " such as mac,name,location,asset tag,notes.");
        }
        macColumn = mac;
        width = last;
        if (!ignored.isEmpty()) {
            warnings.add("Not imported: " + (ignored.size() == 1 ? "column " : "columns ") + String.join(", ", ignored)
                    + " (only mac, name, location, asset tag, notes and tags are imported).");
        }
        for (KnownDevice d : devices) {
            if (d.mac() != null) {
                byMac.computeIfAbsent(d.mac(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    Plan plan(List<CsvRows.Row> rows) {
        if (rows.isEmpty()) {
            warnings.add("The file has a header but no rows below it.");
        } else if (columns.isEmpty()) {
            warnings.add("The file has no name, location, asset tag, notes or tags column, so it changes nothing.");
        }
        for (CsvRows.Row row : rows) {
            String problem = row(row);
            if (problem != null) {
                errors.add(new RowError(row.line(), problem));
            }
        }
        return new Plan(changes, unchanged, errors, warnings, columns);
    }

    /** Adds the row's change (or counts it unchanged); its problem in one sentence, or null. */
    private String row(CsvRows.Row row) {
        List<String> cells = row.cells();
        String count = cellCount(cells);
        if (count != null) {
            return count;
        }
        String macCell = cells.get(macColumn).strip();
        if (macCell.isEmpty()) {
            return "the mac cell is empty.";
        }
        MacAddress mac = mac(macCell);
        if (mac == null) {
            return quote(macCell) + " is not a MAC address.";
        }
        Integer earlier = firstLine.putIfAbsent(mac, row.line());
        if (earlier != null) {
            return mac + " is also on line " + earlier + "; a printer may appear only once, so this row was skipped.";
        }
        UserFields wanted = UserFields.NONE;
        for (int i = 0; i < fieldAt.length; i++) {
            if (fieldAt[i] != null) {
                String v = fieldAt[i].value(cells.get(i));
                if (v.length() > UserFields.MAX_LENGTH) {
                    return "the " + fieldAt[i].label() + " cell has " + number(v.length()) + " characters; a field keeps"
                            + " at most " + number(UserFields.MAX_LENGTH) + ".";
                }
                wanted = fieldAt[i].with(wanted, v);
            }
        }
        List<KnownDevice> found = byMac.getOrDefault(mac, List.of());
        if (found.size() != 1) {
            return found.isEmpty() ? mac + " is not in the inventory (no recorded scan has seen it)."
                    : mac + " belongs to " + found.size() + " printers in the inventory (not a unique hardware address),"
                            + " so it cannot say which one to change.";
        }
        change(row.line(), found.get(0), wanted);
        return null;
    }

    private String cellCount(List<String> cells) {
        int n = cells.size();
        if (n < width) {
            return n + (n == 1 ? " cell" : " cells") + " where the header has " + width
                    + " (is a separator missing, or a quote left open?).";
        }
        for (int i = width; i < n; i++) {
            if (!cells.get(i).isEmpty()) {
                return n + " cells where the header has " + width
                        + " (a value containing the separator must be in double quotes).";
            }
        }
        return null;
    }

    private void change(int line, KnownDevice d, UserFields wanted) {
        UserFields after = d.user();
        Set<Field> changed = EnumSet.noneOf(Field.class);
        for (Field f : columns) {
            if (!f.of(after).equals(f.of(wanted))) {
                changed.add(f);
                after = f.with(after, f.of(wanted));
            }
        }
        if (changed.isEmpty()) {
            unchanged++;
        } else {
            changes.add(new Change(line, d.id(), d.macText(), d.address(), d.model(), d.user(), after, changed));
        }
    }

    /** The field a header cell (lower case, without spaces, underscores and hyphens) names, or null. */
    private static Field field(String key) {
        return switch (key) {
            case "name" -> Field.NAME;
            case "location" -> Field.LOCATION;
            case "assettag", "asset" -> Field.ASSET_TAG;
            case "notes", "note" -> Field.NOTES;
            case "tags" -> Field.TAGS;
            default -> null;
        };
    }

    /** {@code aa:bb:…}, {@code aa-bb-…} (any case) or twelve hex digits; null otherwise. */
    static MacAddress mac(String text) {
        try {
            return MacAddress.parse(text);
        } catch (IllegalArgumentException notColons) {
            if (text.length() != 12 || !text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
                    || (c >= 'A' && c <= 'F'))) {
                return null;
            }
            return new MacAddress(Long.parseLong(text, 16));
        }
    }

    /** {@code text} in double quotes, escaped and shortened for a sentence. */
    static String quote(String text) {
        String t = text.codePointCount(0, text.length()) <= QUOTED ? text
                : text.substring(0, text.offsetByCodePoints(0, QUOTED - 1)) + "…";
        return "\"" + SafeText.escape(t) + "\"";
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
