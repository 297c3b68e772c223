package org.openenpc.ui.settings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openenpc.export.AtomicFileWriter;
import org.openenpc.ui.Messages;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@link AppSettings} as pretty JSON in one file. Loading never fails: a missing
 * file gives the defaults, and a file that cannot be read, is not JSON or holds invalid values
 * gives the defaults plus one sentence for the user; that file is renamed to
 * {@code <name>.corrupt} (replacing an older one) so the problem is reported once and the user's
 * data is kept for inspection. Saving is atomic via {@link AtomicFileWriter}.
 *
 * <p>Thread: blocks on disk I/O. Call it from a background executor, or on the FX thread only
 * at start-up and exit where a few milliseconds do not matter. Instances hold only their Jackson mapper, made
 * once when first needed, but two concurrent saves to the same file race (the last rename wins), so serialise them.
 */
public final class SettingsStore {
    private static final String FILE_NAME = "settings.json";

    /**
     * The outcome of {@link #load()}.
     *
     * @param settings the settings to use, never {@code null}
     * @param problem  one sentence for the user if the file was unusable
     */
    public record Loaded(AppSettings settings, Optional<String> problem) {
        public Loaded {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(problem, "problem");
        }
    }

    private final Path file;
    /** Made at the first read of an existing file or the first save (Jackson is ~400 classes, issue 14). */
    private ObjectMapper mapper;
    private ObjectWriter writer;

    /** @param file the settings file; its folder is created on the first save */
    public SettingsStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            // Not closing the target lets AtomicFileWriter fsync the file after we return.
            mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // Pin LF so the file looks the same on every platform.
            DefaultIndenter lf = new DefaultIndenter("  ", "\n");
            writer = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(lf)
                    .withArrayIndenter(lf));
        }
        return mapper;
    }

    private synchronized ObjectWriter writer() {
        mapper();
        return writer;
    }

    /**
     * Makes the Jackson mapper now if the file exists (so {@link #load()} will need one), for a caller that
     * loads later on another thread (issue 14: read ahead while JavaFX starts). Nothing without a file.
     */
    public void prepareToLoad() {
        if (Files.exists(file)) {
            mapper();
        }
    }

    /** Whether the Jackson mapper has been made (tests). */
    synchronized boolean hasMapper() {
        return mapper != null;
    }

    /** The per-user settings file of this operating system (see {@link ConfigLocation}). */
    public static Path defaultPath() {
        return ConfigLocation.settingsFile(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")), FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Reads the file; never throws for a bad file (see the class comment). */
    public Loaded load() {
        if (Files.notExists(file)) {
            return new Loaded(AppSettings.defaults(), Optional.empty()); // the first start: no Jackson needed
        }
        ObjectMapper mapper = mapper();
        JsonNode node;
        try {
            node = mapper.readTree(file.toFile());
        } catch (NoSuchFileException | FileNotFoundException e) {
            if (!Files.exists(file)) {
                return new Loaded(AppSettings.defaults(), Optional.empty());
            }
            return rejected(e.getMessage()); // e.g. permission denied is reported the same way
        } catch (JsonProcessingException e) {
            return rejected(jsonDetail(e));
        } catch (IOException e) {
            return rejected(e.getMessage());
        }
        if (!(node instanceof ObjectNode found)) {
            return rejected(Messages.get("settings.store.notObject"));
        }
        try {
            ObjectNode merged = mapper.valueToTree(AppSettings.defaults());
            merge(merged, found); // values missing from an older file keep their defaults
            return new Loaded(mapper.treeToValue(merged, AppSettings.class), Optional.empty());
        } catch (JsonProcessingException | RuntimeException e) {
            return rejected(valueDetail(e));
        }
    }

    /**
     * Writes {@code settings} atomically, creating the folder if needed.
     *
     * @throws IOException if the folder or file cannot be written; the old file is then unchanged
     */
    public void save(AppSettings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFileWriter.write(file, out -> {
            writer().writeValue(out, settings);
            out.write('\n');
        });
    }

    /** Moves the bad file aside and builds the one-sentence report. */
    private Loaded rejected(String detail) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
        String sentence;
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            sentence = Messages.format("settings.store.corrupt", file.toString(), detail,
                    aside.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            // Reported again next time, but still never a crash.
            sentence = Messages.format("settings.store.corruptKept", file.toString(), detail,
                    String.valueOf(e.getMessage()));
        }
        LoggerFactory.getLogger(SettingsStore.class).warn(sentence);
        return new Loaded(AppSettings.defaults(), Optional.of(sentence));
    }

    /** Overlays {@code found} on {@code base}, descending into objects such as the window. */
    private static void merge(ObjectNode base, ObjectNode found) {
        Iterator<Map.Entry<String, JsonNode>> fields = found.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode old = base.get(field.getKey());
            if (old instanceof ObjectNode oldObject && field.getValue() instanceof ObjectNode obj) {
                merge(oldObject, obj);
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }

    /** Jackson's message without its multi-line source dump, plus the line number. */
    private static String jsonDetail(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        return e.getLocation() == null ? message
                : Messages.format("settings.store.atLine", message,
                        String.valueOf(e.getLocation().getLineNr()));
    }

    /** The validation sentence from the record's constructor, else Jackson's own words. */
    private static String valueDetail(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause instanceof JsonProcessingException json
                ? json.getOriginalMessage() : cause.getMessage();
        return String.valueOf(message).lines().findFirst().orElse("").replaceFirst("\\.$", "");
    }
}
