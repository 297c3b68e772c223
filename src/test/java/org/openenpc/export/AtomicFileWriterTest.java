package org.openenpc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Complete or untouched, refusals before the body runs, permissions kept, stale temp files tidied.
 * In-process, so as whoever runs the build (root in CI): the cases root would pass (a read-only
 * file, an unwritable folder) are in {@code cli.CliOutputUnprivilegedTest}, run as an unprivileged user.
 */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void writesANewFile() throws IOException {
        Path target = dir.resolve("printers.csv");
        AtomicFileWriter.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("hello");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = Files.writeString(dir.resolve("printers.json"), "old content that is longer");
        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void failureHalfwayLeavesTheTargetUntouchedAndNoTempFile() throws IOException {
        Path target = Files.writeString(dir.resolve("printers.csv"), "precious");
        byte[] big = new byte[200_000]; // larger than the buffer, so part really reaches the temp file

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(big);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).hasContent("precious");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void uncheckedFailureAlsoCleansUp() throws IOException {
        Path target = dir.resolve("new.csv");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(files()).isEmpty();
    }

    @Test
    void closingTheStreamInTheBodyIsHarmless() throws IOException {
        Path target = dir.resolve("closed.txt");
        AtomicFileWriter.write(target, out -> {
            out.write('x');
            out.close();
        });
        assertThat(target).hasContent("x");
    }

    @Test
    void aMissingDirectoryFailsWithoutCreatingAnything() throws IOException {
        Path target = dir.resolve("no/such/dir/printers.csv");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write('x')))
                .isInstanceOf(IOException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aDirectoryInTheWayFailsAndIsLeftAlone() throws IOException {
        Path target = Files.createDirectory(dir.resolve("printers.csv"));
        Files.writeString(target.resolve("inside"), "keep");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write('x')))
                .isInstanceOf(IOException.class);

        assertThat(target.resolve("inside")).hasContent("keep");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void writesAnExportThroughAnExporter() throws IOException {
        Path target = dir.resolve("printers.json");
        AtomicFileWriter.write(target, new JsonExporter(), Fixtures.sample());

        List<PrinterRecord> back = new JsonExporter().read(Files.newInputStream(target));
        assertThat(back).isEqualTo(PrinterRecord.of(Fixtures.sample()));
    }

    // --- refusals: before the body runs, one sentence naming the path ---

    private void assertRefused(Path target, String why) {
        AtomicBoolean ran = new AtomicBoolean();
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> ran.set(true)))
                .isInstanceOf(NotWritableException.class)
                .hasMessageStartingWith("Cannot write " + target + ": ").hasMessageContaining(why).hasMessageEndingWith(".")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> AtomicFileWriter.check(target)).isInstanceOf(NotWritableException.class)
                .hasMessageContaining(why);
        assertThat(ran).as("the body ran").isFalse();
    }

    @Test
    void aMissingFolderADirectoryAndAFileAsFolderAreRefusedInOneSentence() throws IOException {
        assertRefused(dir.resolve("no/such/printers.csv"), "the folder " + dir.resolve("no/such") + " does not exist");
        assertRefused(Files.createDirectory(dir.resolve("printers.csv")), "it is a folder, not a file");
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertRefused(file.resolve("printers.csv"), file + " is not a folder");
    }

    @Test
    void aPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("fifo");
        Assumptions.assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available here");
        // Opening a pipe for writing would block until a reader comes; the check must not open it.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertRefused(fifo, "it is not a regular file"));
    }

    @ParameterizedTest(name = "chattr {0}")
    @ValueSource(strings = {"+i", "+a"})
    void anImmutableOrAppendOnlyFileIsRefusedEvenForRoot(String flag) throws Exception {
        Path target = Files.writeString(dir.resolve("printers.csv"), "precious");
        Assumptions.assumeTrue(run("chattr", flag, target.toString()),
                "chattr " + flag + " does not work here (needs root and ext4/xfs/btrfs)");
        try {
            assertRefused(target, "the file cannot be changed (Operation not permitted: it may be immutable or append-only");
            assertThat(target).hasContent("precious");
        } finally {
            run("chattr", flag.replace('+', '-'), target.toString());
        }
        assertThat(files()).containsExactly(target);
    }

    @Test
    void anImmutableFolderIsRefusedByTheCheck() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Assumptions.assumeTrue(run("chattr", "+i", sub.toString()), "chattr +i does not work here");
        try {
            Path target = sub.resolve("printers.csv");
            assertThatThrownBy(() -> AtomicFileWriter.check(target)).isInstanceOf(NotWritableException.class)
                    .hasMessage("Cannot write " + target + ": the folder " + sub + " does not accept new files"
                            + " (Operation not permitted: it may be immutable or append-only, see lsattr).");
            assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write('x')))
                    .isInstanceOf(NotWritableException.class).hasMessageContaining("does not accept new files");
        } finally {
            run("chattr", "-i", sub.toString());
        }
        try (Stream<Path> s = Files.list(sub)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void theCheckChangesNothing() throws IOException {
        Path target = Files.writeString(dir.resolve("printers.csv"), "precious");
        FileTime old = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(target, old);
        AtomicFileWriter.check(target);
        AtomicFileWriter.check(dir.resolve("new.csv"));
        assertThat(target).hasContent("precious");
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(old);
        assertThat(files()).containsExactly(target);
    }

    // --- permissions ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rw-------", "rw-r-----", "rw-rw-r--", "rwxr-x---"})
    void anExistingFileKeepsItsPermissions(String mode) throws IOException {
        assumePosix();
        Path target = Files.writeString(dir.resolve("printers.csv"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo(mode);
    }

    @Test
    void theNewContentIsNeverMoreReadableThanTheOldWhileItIsWritten() throws IOException {
        assumePosix();
        Path target = Files.writeString(dir.resolve("secret.csv"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        AtomicReference<Set<PosixFilePermission>> during = new AtomicReference<>();
        AtomicFileWriter.write(target, out -> {
            try (Stream<Path> s = Files.list(dir)) {
                Path temp = s.filter(p -> !p.equals(target)).findFirst().orElseThrow();
                during.set(Files.getPosixFilePermissions(temp));
            }
        });
        assertThat(during.get()).isSubsetOf(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aNewFileGetsTheUsualPermissions() throws IOException {
        assumePosix();
        Path plain = Files.createFile(dir.resolve("plain.txt")); // 0666 less the umask
        Path target = dir.resolve("printers.csv");
        AtomicFileWriter.write(target, out -> out.write('x'));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void rootKeepsTheOwnerAndGroupOfAnotherUsersFile() throws IOException {
        assumePosix();
        Assumptions.assumeTrue(Files.getOwner(dir).getName().equals("root"), "only root may give a file away");
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody;
        GroupPrincipal nogroup;
        try {
            nobody = users.lookupPrincipalByName("nobody");
            nogroup = users.lookupPrincipalByGroupName("nogroup");
        } catch (IOException e) {
            Assumptions.abort("no user nobody / group nogroup here: " + e.getMessage());
            return;
        }
        Path target = Files.writeString(dir.resolve("printers.csv"), "old");
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(nogroup);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFileWriter.write(target, out -> out.write('x'));

        assertThat(Files.getOwner(target)).isEqualTo(nobody);
        assertThat(view.readAttributes().group()).isEqualTo(nogroup);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }

    // --- temp files ---

    @Test
    void theTempFileIsRegisteredForShutdownOnlyWhileItExists() throws IOException {
        Path target = dir.resolve("printers.csv");
        AtomicReference<Path> temp = new AtomicReference<>();
        AtomicFileWriter.write(target, out -> {
            try (Stream<Path> s = Files.list(dir)) {
                temp.set(s.findFirst().orElseThrow());
            }
            assertThat(ShutdownDeletions.pending(temp.get())).isTrue();
        });
        assertThat(temp.get().getFileName().toString()).startsWith(".printers.csv." + ProcessHandle.current().pid() + ".");
        assertThat(ShutdownDeletions.pending(temp.get())).isFalse();
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            throw new IOException("disk full");
        })).hasMessage("disk full");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(target);
        }
    }

    @Test
    void theNextWriteDeletesOnlyStaleTempFiles() throws Exception {
        long dead = deadPid();
        long live = ProcessHandle.current().pid();
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - TempName.STALE_AFTER.toMillis() - 60_000);
        Path staleDead = aged(".printers.csv." + dead + ".0123456789abcdef.tmp", old);
        Path otherTarget = aged(".other.json." + dead + ".fedcba9876543210.tmp", old);
        Path freshDead = Files.writeString(dir.resolve(".printers.csv." + dead + ".00000000000000aa.tmp"), "x");
        Path oldLive = aged(".printers.csv." + live + ".00000000000000bb.tmp", old);
        Path oldFormat = aged(".printers.csv.4c932165e1188772.tmp", old);
        Path notOurs = aged(".notes.txt.tmp", old);
        Path target = dir.resolve("printers.csv");

        AtomicFileWriter.write(target, out -> out.write('x'));

        assertThat(staleDead).doesNotExist();
        assertThat(otherTarget).as("any target's leftovers in the folder").doesNotExist();
        assertThat(freshDead).as("dead PID but touched within a minute").exists();
        assertThat(oldLive).as("a live PID").exists();
        assertThat(oldFormat).as("no PID in the name").exists();
        assertThat(notOurs).exists();
        assertThat(target).hasContent("x");
    }

    private Path aged(String name, FileTime time) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "left over");
        Files.setLastModifiedTime(p, time);
        return p;
    }

    /** The PID of a process that has ended (reuse within the test is possible in theory only). */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeFalse(TempName.alive(p.pid()), "the PID was reused at once");
        return p.pid();
    }

    private void assumePosix() {
        Assumptions.assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "not a POSIX file system");
    }

    /** Runs a command; true when it exits 0 (false also when it does not exist). */
    static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
