package org.openenpc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.openenpc.export.TableFormatter;
import org.openenpc.inventory.ImportFileException;
import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.InventoryException;
import org.openenpc.inventory.UserFieldsImport;
import org.openenpc.inventory.UserFieldsImport.Change;
import org.openenpc.inventory.UserFieldsImport.Field;
import org.openenpc.inventory.UserFieldsImport.Plan;
import org.openenpc.inventory.UserFieldsImport.RowError;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code openenpc import FILE}: the user's fields from a spreadsheet, by {@link UserFieldsImport}. Prints the
 * preview (one line per changed field) on stdout, warnings and one line per bad row on stderr, then a summary.
 * Without {@code --dry-run} the valid rows are written even when others are bad: the bad ones are listed, and
 * fixing and importing the file again changes only what is still different. Exit code 0 when every row was
 * fine, 1 when some were not (or a printer was forgotten meanwhile), 2 when FILE cannot be imported at all.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Set printers' names, locations, asset tags, notes and tags from a CSV file, matched by MAC"
                + " (a spreadsheet saved as \"CSV UTF-8\").",
                "The first row names the columns: mac (required), name, location, asset tag, notes, tags, in any"
                        + " order; other columns are ignored. A column left out keeps that field as it is; an empty cell"
                        + " clears it. Spaces around name, location, asset tag and tags are dropped; notes are kept exactly.",
                "Shows every change first. Rows with errors are listed on stderr with their line number and skipped;"
                        + " the valid rows are still written (exit code 1 when any row had an error)."
                        + " With --dry-run nothing is written."},
        footer = {"", "Examples:", "  openenpc import printers.csv --dry-run", "  openenpc import printers.csv"})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InventoryOption db = new InventoryOption();

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file: a header row, then one printer per row.")
    Path file;

    @Option(names = "--dry-run", description = "Only show what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Plan plan;
        List<RowError> errors;
        int changed;
        try (Inventory inv = db.open()) {
            plan = UserFieldsImport.preview(file, inv);
            printPreview(out, plan);
            errors = new ArrayList<>(plan.errors());
            changed = plan.changes().size();
            if (!dryRun && !plan.changes().isEmpty()) {
                UserFieldsImport.Applied applied = UserFieldsImport.apply(inv, plan);
                changed = applied.written();
                errors.addAll(applied.notWritten());
            }
        } catch (ImportFileException e) {
            throw UserFacingException.badArgument(e.getMessage());
        } catch (InventoryException e) {
            throw new UserFacingException(e.getMessage());
        }
        plan.warnings().forEach(w -> err.println("openenpc: warning: " + w));
        errors.forEach(e -> err.println("openenpc: " + e.message()));
        err.flush();
        out.println(summary(changed, plan.unchanged(), errors.size()));
        out.flush();
        return errors.isEmpty() ? 0 : 1;
    }

    /** One line per changed field; TableFormatter escapes every cell (the file's and the device's text). */
    private static void printPreview(PrintWriter out, Plan plan) {
        if (plan.changes().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Change c : plan.changes()) {
            for (Field f : c.fields()) {
                rows.add(List.of(c.mac(), c.address(), f.label(), shown(f.of(c.before())), shown(f.of(c.after()))));
            }
        }
        out.print(TableFormatter.format(List.of("MAC", "ADDRESS", "FIELD", "BEFORE", "AFTER"), rows));
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(empty)" : value;
    }

    private String summary(int changed, int unchanged, int errors) {
        String s = changed + (changed == 1 ? " printer " : " printers ") + (dryRun ? "would change, " : "changed, ")
                + unchanged + " unchanged, " + errors + (errors == 1 ? " row" : " rows") + " with errors";
        return s + (dryRun ? " (dry run: nothing written)." : ".");
    }
}
