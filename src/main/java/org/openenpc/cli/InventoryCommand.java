package org.openenpc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.openenpc.export.CsvExporter;
import org.openenpc.export.JsonEscapes;
import org.openenpc.export.TableFormatter;
import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.KnownDevice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code openenpc inventory}: every printer the inventory remembers, with the user's fields. */
@Command(name = "inventory", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List every printer recorded by earlier scans (scan and watch record unless --no-record).",
        footer = {"", "Examples:", "  openenpc inventory", "  openenpc inventory --format csv > printers.csv"})
public final class InventoryCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    static final List<String> COLUMNS = List.of("mac", "ip", "model", "serial", "name", "location", "assetTag", "notes",
            "tags", "firstSeen", "lastSeen", "present", "status", "pages");

    @Spec
    CommandSpec spec;

    @Mixin
    InventoryOption db = new InventoryOption();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        List<KnownDevice> devices;
        try (Inventory inv = db.open()) {
            devices = inv.devices();
        } catch (org.openenpc.inventory.InventoryException e) {
            throw new UserFacingException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(JsonEscapes.apply(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(devices.stream().map(InventoryCommand::fields).toList()));
            case csv -> out.print(csv(devices));
            default -> {
                out.print(TableFormatter.format(List.of("MAC", "IP", "MODEL", "NAME", "LOCATION", "ASSET TAG", "LAST SEEN"),
                        devices.stream().map(d -> List.of(d.macText(), d.address(), d.model(), d.user().name(),
                                d.user().location(), d.user().assetTag(),
                                (d.present() ? "" : "not seen since ") + SinceDate.show(d.lastSeen()))).toList()));
                out.println(devices.size() + (devices.size() == 1 ? " printer" : " printers") + " in " + location());
            }
        }
        out.flush();
        return 0;
    }

    private String location() {
        return org.openenpc.model.SafeText.escape(db.db == null ? org.openenpc.inventory.Inventories.defaultFile().toString()
                : db.db.replaceAll("\\?.*", ""));
    }

    /** One device's exported fields (text exact; JSON escapes it, CSV sanitises it). */
    static Map<String, Object> fields(KnownDevice d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mac", d.mac() == null ? null : d.macText());
        m.put("ip", d.address());
        m.put("model", d.model());
        m.put("serial", d.serial());
        m.put("name", d.user().name());
        m.put("location", d.user().location());
        m.put("assetTag", d.user().assetTag());
        m.put("notes", d.user().notes());
        m.put("tags", d.user().tags());
        m.put("firstSeen", d.firstSeen().toString());
        m.put("lastSeen", d.lastSeen().toString());
        m.put("present", d.present());
        m.put("status", d.statusText());
        m.put("pages", d.pages());
        return m;
    }

    static String csv(List<KnownDevice> devices) {
        StringWriter w = new StringWriter();
        w.append(String.join(",", COLUMNS)).append("\r\n");
        for (KnownDevice d : devices) {
            List<String> cells = new ArrayList<>();
            for (Object v : fields(d).values()) {
                cells.add(quote(CsvExporter.cell(v == null ? "" : v.toString())));
            }
            w.append(String.join(",", cells)).append("\r\n");
        }
        return w.toString();
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
