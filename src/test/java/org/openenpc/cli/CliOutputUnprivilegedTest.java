package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.openenpc.sim.Simulator;

/**
 * The permission cases of {@code scan --output}, which root would pass: the real command in a
 * child JVM run as an unprivileged user. As root (CI) that user is {@code nobody} through {@code
 * setpriv}, with the class path hard-linked where it can read it; as any other user it is that
 * user. Skipped, saying why, when neither works.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CliOutputUnprivilegedTest {

    private static final String JAVA = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    private static final String[] AS_NOBODY = {"setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"};

    private static boolean root;
    private static Path base;
    private static String classPath;
    private Path dir;

    @BeforeAll
    static void unprivilegedUser() throws Exception {
        base = Files.createTempDirectory("openenpc-unprivileged");
        root = Files.getOwner(base).getName().equals("root");
        if (!root) {
            classPath = System.getProperty("java.class.path");
            return;
        }
        Assumptions.assumeTrue(CliOutputTest.run(command("true").toArray(String[]::new)),
                "SKIPPED: running as root and cannot become nobody with setpriv, so permission checks cannot be tested");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        classPath = readableClassPath(Files.createDirectory(base.resolve("cp")));
        Assumptions.assumeTrue(CliOutputTest.run(command(JAVA, "-XX:-UsePerfData", "-cp", classPath,
                "org.openenpc.Main", "--version").toArray(String[]::new)), "SKIPPED: nobody cannot run the CLI from the class path " + classPath);
    }

    /** Jars are hard-linked (or copied) into a folder nobody can read; class folders must be readable already. */
    private static String readableClassPath(Path into) throws IOException {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                out.add(entry);
            } else if (Files.isRegularFile(p)) {
                Path link = into.resolve((i++) + "-" + p.getFileName());
                try {
                    Files.createLink(link, p);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(p, link);
                }
                if (!Files.getPosixFilePermissions(link).contains(PosixFilePermission.OTHERS_READ)) {
                    Files.delete(link); // a link shares the mode: copy instead
                    Files.copy(p, link);
                    Files.setPosixFilePermissions(link, PosixFilePermissions.fromString("rw-r--r--"));
                }
                out.add(link.toString());
            }
        }
        return String.join(File.pathSeparator, out);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (base != null) {
            try (Stream<Path> s = Files.walk(base)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @BeforeEach
    void freshFolder() throws IOException {
        dir = Files.createTempDirectory(base, "case");
        giveToTheUser(dir, "rwxr-xr-x");
    }

    private static List<String> command(String... args) {
        List<String> c = new ArrayList<>(root ? List.of(AS_NOBODY) : List.of());
        c.addAll(List.of(args));
        return c;
    }

    /** Makes {@code p} belong to the unprivileged user (when we are root) with {@code mode}. */
    private static void giveToTheUser(Path p, String mode) throws IOException {
        if (root) {
            UserPrincipalLookupService users = p.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
            view.setOwner(users.lookupPrincipalByName("nobody"));
            view.setGroup(users.lookupPrincipalByGroupName("nogroup"));
        }
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    }

    record Run(int code, String out, String err) {
    }

    private static Run scan(Simulator sim, String ip, Path output, int timeoutMs) throws Exception {
        List<String> c = command(JAVA, "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-cp", classPath, "org.openenpc.Main");
        c.addAll(List.of(CliOutputTest.scanTo(sim, ip, output, timeoutMs)));
        Process p = new ProcessBuilder(c).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private void assertRefused(Path output, String why) throws Exception {
        try (Simulator sim = CliOutputTest.printerAt("127.0.64.1")) {
            Run r = scan(sim, "127.0.64.1", output, CliOutputTest.SCAN_TIMEOUT_MS);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            CliOutputTest.assertOneSentence(r.err(), output, why);
            assertThat(sim.counters().received()).as("datagrams the printer received").isZero();
        }
    }

    @Test
    void aReadOnlyFileIsRefusedNotReplaced() throws Exception {
        Path target = Files.writeString(dir.resolve("printers.csv"), "precious");
        giveToTheUser(target, "r--r--r--");
        assertRefused(target, "the file exists and is not writable");
        assertThat(target).hasContent("precious");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("r--r--r--");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFolderWithoutWritePermissionIsRefused() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x")); // root's (or ours, then 0555)
        if (!root) {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            assertRefused(sub.resolve("printers.csv"),
                    "the folder " + sub + " is not writable, so the temporary file cannot be created");
            // A writable file in that folder cannot be replaced either: the rename needs the folder.
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path target = Files.writeString(sub.resolve("existing.csv"), "precious");
            giveToTheUser(target, "rw-rw-rw-");
            if (!root) {
                Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            assertRefused(target, "the folder " + sub + " is not writable");
            assertThat(target).hasContent("precious");
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (Stream<Path> s = Files.list(sub)) {
            assertThat(s.toList()).containsExactly(sub.resolve("existing.csv"));
        }
    }

    @Test
    void aFolderThatCannotBeEnteredIsNotCalledMissing() throws Exception {
        Path closed = Files.createDirectory(dir.resolve("closed"));
        Path sub = Files.createDirectory(closed.resolve("sub"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------")); // root's (or ours)
        if (!root) {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        }
        try {
            assertRefused(sub.resolve("printers.csv"), "the folder " + sub + " cannot be reached (permission denied)");
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void overwritingKeepsMode0600And0640() throws Exception {
        for (String mode : new String[] {"rw-------", "rw-r-----"}) {
            Path target = Files.writeString(dir.resolve("printers-" + mode.replace('-', '_') + ".csv"), "old");
            giveToTheUser(target, mode);
            try (Simulator sim = CliOutputTest.printerAt("127.0.65.1")) {
                Run r = scan(sim, "127.0.65.1", target, 300);
                assertThat(r.code()).as(r.err()).isZero();
            }
            assertThat(Files.readString(target)).contains("127.0.65.1");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).as(mode).isEqualTo(mode);
            if (root) {
                assertThat(Files.getOwner(target).getName()).isEqualTo("nobody");
            }
        }
        assertThat(files()).hasSize(2);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
