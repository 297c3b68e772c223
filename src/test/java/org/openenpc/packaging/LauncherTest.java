package org.openenpc.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers beside the jar and the CDS archive the build makes (issue 14, start-up). The tests
 * run before {@code package}, so they make their own app folder: a jar of target/classes (its
 * manifest names the dependency jars, as the shaded jar holds them), the launcher, and an archive
 * made by the build's own helper, packaging/cds/CdsArchive.java. The sh launcher must print the
 * version with the archive (and map the app's classes from it), with a stale one (silently without
 * it) and with none; the archive the last {@code mvn package} left in target/ must be one the JVM
 * accepts ({@code -Xshare:on}), skipped with a sentence where there is none.
 */
class LauncherTest {

    static final String VERSION = "0.0.0-launchertest";
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin",
            OS.WINDOWS.isCurrentOs() ? "java.exe" : "java").toString();

    @TempDir
    static Path tmp;
    static Path app;
    static String helperOutput;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void makeAnAppFolderWithAnArchive() throws Exception {
        app = Files.createDirectories(tmp.resolve("app"));
        writeJar(app.resolve("openenpc.jar"));
        Result r = run(Map.of(), JAVA, "packaging/cds/CdsArchive.java", "--jar", app.resolve("openenpc.jar").toString(),
                "--archive", app.resolve("openenpc.jsa").toString(), "--work", tmp.resolve("cds").toString(),
                "--launchers", "packaging/launcher");
        helperOutput = r.out() + r.err();
        assertThat(r.exit()).as(helperOutput).isZero();
    }

    @Test
    void theHelperMakesAnArchiveTheJvmAccepts() throws Exception {
        assertThat(helperOutput).startsWith("CDS archive ");
        assertThat(app.resolve("openenpc.jsa")).isRegularFile();
        assertThat(tmp.resolve("cds/all.classlist")).content().contains("org/openenpc/cli/Cli", "picocli/CommandLine");
        Result r = run(Map.of(), JAVA, "-XX:SharedArchiveFile=" + app.resolve("openenpc.jsa"), "-Xshare:on",
                "-jar", app.resolve("openenpc.jar").toString(), "--version");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("OpenENPC " + VERSION);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theLauncherRunsWithTheArchiveAndMapsTheAppsClassesFromIt() throws Exception {
        Result r = launch(app, Map.of());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("OpenENPC " + VERSION);
        assertThat(r.err()).isEmpty();
        Result loaded = launch(app, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"));
        assertThat(loaded.out()).contains("org.openenpc.cli.Cli source: shared objects file");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aStaleArchiveIsIgnoredWithoutAWord() throws Exception {
        Path stale = folder("stale", true);
        Path jar = stale.resolve("openenpc.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Result r = launch(stale, Map.of());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("OpenENPC " + VERSION);
        assertThat(r.err()).isEmpty();
        Result loaded = launch(stale, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"));
        assertThat(loaded.out()).contains("org.openenpc.cli.Cli source: ").doesNotContain("org.openenpc.cli.Cli source: shared");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void withoutAnArchiveItIsPlainJavaJar() throws Exception {
        Path none = folder("none", false);
        Result r = launch(none, Map.of());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("OpenENPC " + VERSION);
        assertThat(r.err()).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void javaHomeChoosesTheJava() throws Exception {
        assertThat(launch(app, Map.of("JAVA_HOME", System.getProperty("java.home"))).out())
                .startsWith("OpenENPC " + VERSION);
        Result wrong = launch(app, Map.of("JAVA_HOME", tmp.resolve("no-jdk").toString()));
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.err()).contains("no-jdk/bin/java");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void shortCommandsRunWithTheClientCompilerOnlyAndLongOnesKeepC2() throws Exception {
        for (String shortOne : List.of("--version", "scan", "status")) {
            assertThat(tieredStopAtLevel(shortOne)).as(shortOne).isEqualTo("1");
        }
        for (String longOne : List.of("watch", "simulate")) {
            assertThat(tieredStopAtLevel(longOne)).as(longOne).isEqualTo("4");
        }
    }

    /** The JVM's TieredStopAtLevel when the launcher starts {@code first --help} (or --version). */
    private static String tieredStopAtLevel(String first) throws Exception {
        Map<String, String> e = new java.util.HashMap<>(Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal"));
        e.put("JAVA_HOME", System.getProperty("java.home"));
        Result r = first.startsWith("-") ? run(e, app.resolve("openenpc").toString(), first)
                : run(e, app.resolve("openenpc").toString(), first, "--help");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().lines().filter(l -> l.matches("\\s*intx TieredStopAtLevel\\s+=.*")).findFirst()
                .map(l -> l.replaceAll(".*=\\s*(\\d+).*", "$1")).orElseThrow(() -> new AssertionError(r.out()));
    }

    @Test
    void theWindowsLauncherHasCrlfLinesAndNoBlocks() throws IOException {
        String cmd = Files.readString(Path.of("packaging/launcher/openenpc.cmd"), StandardCharsets.US_ASCII);
        assertThat(cmd.split("\r\n", -1)).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        assertThat(cmd).contains("-XX:SharedArchiveFile=%OPENENPC_DIR%openenpc.jsa", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "%JAVA_HOME%\\bin\\java.exe", "%*",
                "if /i \"%~1\"==\"scan\" set \"OPENENPC_JIT=-XX:TieredStopAtLevel=1\"", "%OPENENPC_JIT% -jar");
        assertThat(cmd.lines().filter(l -> !l.startsWith("rem ")))
                .noneMatch(l -> l.trim().endsWith("(") || l.trim().equals(")"));
    }

    @Test
    void theArchiveOfTheLastPackageIsOneTheJvmAccepts() throws Exception {
        Path jar = Path.of("target/openenpc.jar");
        Path jsa = Path.of("target/openenpc.jsa");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(jsa)) {
            String why = "skipped: no " + (Files.isRegularFile(jar) ? jsa : jar)
                    + " (no mvn package yet, -Dcds.skip, or the build could not make one: see target/cds/)";
            System.err.println("LauncherTest: " + why);
            Assumptions.abort(why);
        }
        Result r = run(Map.of(), JAVA, "-XX:SharedArchiveFile=" + jsa, "-Xshare:on", "-jar", jar.toString(),
                "--version");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("OpenENPC ");
    }

    /** A copy of the app folder: the jar (a new file, so a new mtime), the launcher, the archive if asked. */
    private static Path folder(String name, boolean withArchive) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.copy(app.resolve("openenpc.jar"), dir.resolve("openenpc.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(app.resolve("openenpc"), dir.resolve("openenpc"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        if (withArchive) {
            Files.copy(app.resolve("openenpc.jsa"), dir.resolve("openenpc.jsa"), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    private static Result launch(Path dir, Map<String, String> env) throws Exception {
        Map<String, String> e = new java.util.HashMap<>(env);
        e.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        return run(e, dir.resolve("openenpc").toString(), "--version");
    }

    /** The classes of target/classes in a jar whose manifest names the dependency jars by absolute URL. */
    private static void writeJar(Path jar) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, "org.openenpc.Main");
        a.put(Attributes.Name.IMPLEMENTATION_VERSION, VERSION);
        a.put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.endsWith(".jar")).map(p -> Path.of(p).toUri().toString())
                .collect(Collectors.joining(" ")));
        Path classes = Path.of("target/classes");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
    }

    private static Result run(Map<String, String> env, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(cmd)));
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no exit after 180 s: " + String.join(" ", cmd));
        }
        String e = Files.readString(err).lines().filter(l -> !l.startsWith("Picked up JAVA_TOOL_OPTIONS"))
                .collect(Collectors.joining("\n"));
        return new Result(p.exitValue(), Files.readString(out), e);
    }
}
