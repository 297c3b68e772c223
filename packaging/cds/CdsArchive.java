import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Build helper (issue 14, start-up): makes a static AppCDS archive of the shaded jar, so a fresh
 * JVM maps the ~1,200 classes of {@code --version} or {@code scan --help}, and the ~7,000 of the desktop app's
 * first window, instead of loading and verifying them. Run by the pom right after the shade plugin, as a single-file program with the
 * build's own {@code java} (no compiled helper module, no shell: the same on Linux, macOS, Windows):
 *
 * <pre>java packaging/cds/CdsArchive.java --jar target/openenpc.jar --archive target/openenpc.jsa
 *     --work target/cds [--java &lt;runtime&gt;/bin/java] [--classlist &lt;copy of the merged list&gt;]
 *     [--launchers packaging/launcher] [--skip true]</pre>
 *
 * With {@code --launchers} it first copies the launchers {@code openenpc} (POSIX sh, made
 * executable) and {@code openenpc.cmd} from that folder beside the archive, whatever happens next.
 *
 * <ol>
 * <li>three training runs with {@code -XX:DumpLoadedClassList} ({@code --version}, {@code scan
 *     --help}, a one-address scan of 127.0.0.1 port 9 that records nothing and sends nothing
 *     elsewhere), output to {@code <work>/training.log}, never the console;</li>
 * <li>where xvfb-run is on the PATH, a fourth: the desktop app's start ({@code --demo}, printers on loopback, no
 *     scan) on a virtual display, quitting by itself once started ({@code -Dopenenpc.exitAfterStart=true}); without
 *     it one line says the archive holds no window classes;</li>
 * <li>their class lists merged (first occurrence kept) into {@code <work>/all.classlist};</li>
 * <li>{@code -Xshare:dump} into the archive (log {@code <work>/dump.log});</li>
 * <li>a check that the JVM accepts it: {@code -Xshare:on ... --version} exits 0.</li>
 * </ol>
 * The archive is only valid for the very jar it was made from (path, size and mtime: CDS checks
 * them; JDK 17 cannot relocate an app class path), so a rebuilt or moved jar runs without it.
 * Any step that fails prints one line and the program exits 0 without an archive: a build never
 * fails for want of one. {@code --skip true} ({@code mvn -Dcds.skip}) only deletes an old archive,
 * which the rebuilt jar would make stale (a stale static archive turns CDS off altogether).
 */
public final class CdsArchive {

    private static final List<List<String>> TRAINING = List.of(
            List.of("--version"),
            List.of("scan", "--help"),
            // One address on loopback, a closed port: the scan's classes without a printer or a broadcast.
            List.of("scan", "--range", "127.0.0.1", "--port", "9", "--timeout", "200", "--retries", "0",
                    "--no-record", "--no-mdns"));

    private static final long RUN_TIMEOUT_SECONDS = 60;

    private CdsArchive() {
    }

    public static void main(String[] args) {
        Path archive = null;
        try {
            Options o = Options.parse(args);
            archive = o.archive;
            if (o.launchers != null) {
                copyLaunchers(o.launchers, o.archive.getParent());
            }
            if (o.skip) {
                Files.deleteIfExists(o.archive);
                System.out.println("No CDS archive (cds.skip): the launchers run the jar without one");
                return;
            }
            long t0 = System.nanoTime();
            make(o);
            System.out.printf("CDS archive %s (%,d KiB) in %.1f s%n", o.archive, Files.size(o.archive) / 1024,
                    (System.nanoTime() - t0) / 1e9);
        } catch (Exception e) {
            if (archive != null) {
                try {
                    Files.deleteIfExists(archive);
                } catch (IOException ignored) {
                    // the message below says there is no archive; a leftover file would only be stale
                }
            }
            System.out.println("No CDS archive, the launchers run the jar without one: " + e.getMessage());
        }
    }

    private static void copyLaunchers(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : List.of("openenpc", "openenpc.cmd")) {
            Path target = Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            if (!name.endsWith(".cmd") && !target.toFile().setExecutable(true, false)) {
                throw new IOException("cannot make " + target + " executable");
            }
        }
    }

    private static void make(Options o) throws IOException, InterruptedException {
        Files.createDirectories(o.work);
        Files.deleteIfExists(o.archive);
        Path log = o.work.resolve("training.log");
        Files.deleteIfExists(log);
        Set<String> merged = new LinkedHashSet<>();
        for (int i = 0; i < TRAINING.size(); i++) {
            Path list = o.work.resolve("training-" + (i + 1) + ".classlist");
            Files.deleteIfExists(list);
            List<String> cmd = new ArrayList<>(List.of(o.java, "-XX:DumpLoadedClassList=" + list,
                    "-jar", o.jar.toString()));
            cmd.addAll(TRAINING.get(i));
            run(cmd, log, o.work, "training run " + String.join(" ", TRAINING.get(i)), true);
            if (!Files.isRegularFile(list)) {
                throw new IOException("training run " + String.join(" ", TRAINING.get(i)) + " wrote no class list");
            }
            merged.addAll(Files.readAllLines(list, StandardCharsets.UTF_8));
        }
        trainWindow(o, log).ifPresent(merged::addAll);
        Path all = o.work.resolve("all.classlist");
        Files.write(all, merged, StandardCharsets.UTF_8);
        if (o.classlist != null) {
            Files.copy(all, o.classlist, StandardCopyOption.REPLACE_EXISTING);
        }
        run(List.of(o.java, "-Xshare:dump", "-XX:SharedClassListFile=" + all,
                "-XX:SharedArchiveFile=" + o.archive, "-cp", o.jar.toString()),
                o.work.resolve("dump.log"), o.work, "java -Xshare:dump", false);
        if (!Files.isRegularFile(o.archive)) {
            throw new IOException("java -Xshare:dump wrote no archive (see " + o.work.resolve("dump.log") + ")");
        }
        run(List.of(o.java, "-XX:SharedArchiveFile=" + o.archive, "-Xshare:on", "-jar", o.jar.toString(),
                "--version"), o.work.resolve("check.log"), o.work, "the JVM refuses the archive", false);
    }

    /**
     * The desktop app's start as a training run (its window needs a display: a virtual one from xvfb-run, which
     * Linux build machines may have): {@code --demo} (its printers on loopback, no scan) with the app's
     * {@code openenpc.exitAfterStart}, which quits once the first frame is shown, the demo printers run and the
     * inventory is read. Without xvfb-run, or if the run fails, one line says so and the archive holds the
     * command line's classes only: the window then loads its own from the jar.
     */
    private static java.util.Optional<List<String>> trainWindow(Options o, Path log) throws InterruptedException {
        Path xvfb = onPath("xvfb-run");
        if (xvfb == null) {
            System.out.println("CDS archive without the window's classes: no xvfb-run for a training run of the"
                    + " desktop app (apt-get install xvfb xauth)");
            return java.util.Optional.empty();
        }
        Path list = o.work.resolve("training-window.classlist");
        try {
            Files.deleteIfExists(list);
            // No window manager, a home of its own (user.home: Java does not read HOME), so the user's settings,
            // which the app saves as it quits, stay untouched.
            Path home = o.work.resolve("home");
            Files.createDirectories(home);
            run(List.of(xvfb.toString(), "-a", "-s", "-screen 0 1280x860x24", o.java,
                    "-XX:DumpLoadedClassList=" + list, "-Duser.home=" + home, "-Dopenenpc.exitAfterStart=true",
                    "-jar", o.jar.toString(),
                    "--demo"), log, o.work, "training run of the window (--demo under xvfb-run)", true,
                    java.util.Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString()));
            if (!Files.isRegularFile(list)) {
                throw new IOException("the window's training run wrote no class list");
            }
            return java.util.Optional.of(Files.readAllLines(list, StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.out.println("CDS archive without the window's classes: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** The executable {@code name} in a folder of PATH, or null (never on Windows: no xvfb-run there). */
    private static Path onPath(String name) {
        if (System.getProperty("os.name").startsWith("Windows")) {
            return null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static void run(List<String> cmd, Path log, Path work, String what, boolean append)
            throws IOException, InterruptedException {
        run(cmd, log, work, what, append, java.util.Map.of());
    }

    /** Runs cmd with its output appended to log; a non-zero exit (or a hang) is an IOException. */
    private static void run(List<String> cmd, Path log, Path work, String what, boolean append,
            java.util.Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
        // The scan must not write the user's inventory or settings: the app's data folder is under work.
        pb.environment().put("OPENENPC_DATA_DIR", work.resolve("data").toAbsolutePath().toString());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly); // xvfb-run's java and Xvfb
            p.destroyForcibly();
            throw new IOException(what + ": no exit after " + RUN_TIMEOUT_SECONDS + " s (see " + log + ")");
        }
        if (p.exitValue() != 0) {
            throw new IOException(what + ": exit code " + p.exitValue() + " (see " + log + ")");
        }
    }

    private record Options(String java, Path jar, Path archive, Path work, Path classlist, Path launchers,
            boolean skip) {
        static Options parse(String[] args) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin",
                    System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java").toString();
            Path jar = null;
            Path archive = null;
            Path work = null;
            Path classlist = null;
            Path launchers = null;
            boolean skip = false;
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (args[i].equals("--skip")) {
                    skip = Boolean.parseBoolean(args[i + 1]);
                    continue;
                }
                Path value = Path.of(args[i + 1]).toAbsolutePath().normalize();
                switch (args[i]) {
                    case "--java" -> java = value.toString();
                    case "--jar" -> jar = value;
                    case "--archive" -> archive = value;
                    case "--work" -> work = value;
                    case "--classlist" -> classlist = value;
                    case "--launchers" -> launchers = value;
                    default -> throw new IOException("unknown option " + args[i]);
                }
            }
            if (jar == null || archive == null || work == null) {
                throw new IOException("usage: CdsArchive --jar J --archive A --work DIR [--java J] [--classlist F]");
            }
            if (skip) {
                return new Options(java, jar, archive, work, classlist, launchers, true);
            }
            if (!Files.isRegularFile(jar)) {
                throw new IOException("no jar " + jar);
            }
            if (!Files.isExecutable(Path.of(java))) {
                throw new IOException("no java at " + java);
            }
            return new Options(java, jar, archive, work, classlist, launchers, false);
        }
    }
}
