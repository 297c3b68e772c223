import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The packaged app's trimmed runtime, with JavaFX linked in as modules (issue 14): the installers'
 * JavaFX then loads from the boot layer's named modules, not from the class path, so it no longer warns
 * "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'".
 *
 * <p>Runs jlink (its options from an @file, plus {@code --module-path} of the JavaFX jars Maven
 * downloaded for this OS) and then copies JavaFX's native libraries out of those jars into the
 * runtime's library folder ({@code lib}, {@code bin} on Windows), which is the first place JavaFX looks
 * when it runs as modules; without them it would extract its libraries into the user's home at every
 * first start (and fail with a read-only one).
 *
 * <p>Usage (the pom's execution {@code jlink-runtime}):
 * {@code java packaging/jlink/JlinkRuntime.java --repository ~/.m2/repository --javafx-version 21.0.11
 * --runtime target/jpackage/runtime @target/jpackage/args/jlink.txt}
 */
public final class JlinkRuntime {
    private static final List<String> MODULES = List.of("base", "graphics", "controls", "fxml");

    public static void main(String[] args) throws IOException {
        Path repository = null;
        String version = null;
        Path runtime = null;
        List<String> jlinkArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repository" -> repository = Path.of(args[++i]);
                case "--javafx-version" -> version = args[++i];
                case "--runtime" -> runtime = Path.of(args[++i]);
                default -> jlinkArgs.addAll(args[i].startsWith("@") ? argFile(Path.of(args[i].substring(1)))
                        : List.of(args[i]));
            }
        }
        if (repository == null || version == null || runtime == null) {
            fail("usage: JlinkRuntime --repository DIR --javafx-version V --runtime DIR <jlink options>");
        }
        String classifier = classifier();
        List<Path> jars = new ArrayList<>();
        for (String m : MODULES) {
            Path jar = repository.resolve("org/openjfx/javafx-" + m + "/" + version + "/javafx-" + m + "-" + version
                    + "-" + classifier + ".jar");
            if (!Files.isRegularFile(jar)) {
                fail("JavaFX " + version + " for " + classifier + " is not in the Maven repository: no " + jar
                        + " (run mvn package once online)");
            }
            jars.add(jar);
        }
        List<String> all = new ArrayList<>(List.of("--module-path",
                String.join(System.getProperty("path.separator"), jars.stream().map(Path::toString).toList())));
        all.addAll(jlinkArgs);
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jlink"));
        int rc = jlink.run(System.out, System.err, all.toArray(String[]::new));
        if (rc != 0) {
            fail("jlink failed (exit " + rc + ")");
        }
        Path libs = runtime.resolve(windows() ? "bin" : "lib");
        if (!Files.isDirectory(libs)) {
            fail("jlink made no " + libs);
        }
        int copied = 0;
        for (Path jar : jars) {
            copied += copyNatives(jar, libs);
        }
        if (copied == 0) {
            fail("the JavaFX jars for " + classifier + " hold no native library");
        }
        System.out.println("runtime " + runtime + ": JavaFX " + version + " (" + classifier + ") as modules, "
                + copied + " native libraries in " + libs);
    }

    /**
     * The options of a launcher @file (the jlink tool expands none itself): one or more per line, split at
     * spaces outside double quotes; lines starting with # are comments.
     */
    private static List<String> argFile(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            for (char c : t.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (word.length() > 0) {
                        out.add(word.toString());
                        word.setLength(0);
                    }
                } else {
                    word.append(c);
                }
            }
            if (word.length() > 0) {
                out.add(word.toString());
            }
        }
        return out;
    }

    /** Copies the jar's top-level native libraries (where JavaFX keeps them) into {@code dir}. */
    private static int copyNatives(Path jar, Path dir) throws IOException {
        int n = 0;
        try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!e.isDirectory() && !name.contains("/")
                        && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                    Files.copy(zip, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    n++;
                }
            }
        }
        return n;
    }

    /** JavaFX's Maven classifier for this OS and CPU (as its parent pom picks it). */
    private static String classifier() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("windows")) {
            return "win";
        }
        if (os.startsWith("mac")) {
            return arm ? "mac-aarch64" : "mac";
        }
        return arm ? "linux-aarch64" : "linux";
    }

    private static boolean windows() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static void fail(String sentence) {
        System.err.println("JlinkRuntime: " + sentence);
        System.exit(1);
    }
}
