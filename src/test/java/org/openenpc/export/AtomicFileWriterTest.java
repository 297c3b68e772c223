package org.openenpc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
