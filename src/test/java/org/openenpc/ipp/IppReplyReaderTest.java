package org.openenpc.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Bytes that are not a well-formed, bounded IPP reply become one sentence, never an exception. */
class IppReplyReaderTest {

    @Test
    void garbageShortAndTruncatedReplies() {
        assertThat(IppReplyReader.read(new byte[0]).problem()).isEqualTo("the reply is too short to be IPP (0 bytes)");
        assertThat(IppReplyReader.read("<html>Not found</html>".getBytes()).problem()).isNotNull();
        byte[] good = IppReplies.bytes(IppReplies.hpLaser());
        assertThat(IppReplyReader.read(good).packet()).isNotNull();
        for (int cut = 9; cut < good.length - 1; cut += 7) {
            IppReplyReader.Decoded d = IppReplyReader.read(Arrays.copyOf(good, cut));
            assertThat(d.packet() == null ^ d.problem() == null).as("exactly one at %d", cut).isTrue();
        }
    }

    @Test
    void randomBytesNeverThrow() {
        Random r = new Random(8011);
        for (int i = 0; i < 2_000; i++) {
            byte[] b = new byte[r.nextInt(300)];
            r.nextBytes(b);
            IppReplyReader.Decoded d = IppReplyReader.read(b);
            assertThat(d.packet() == null ^ d.problem() == null).isTrue();
        }
        byte[] good = IppReplies.bytes(IppReplies.epsonInkjet());
        for (int i = 0; i < 2_000; i++) {
            byte[] b = good.clone();
            b[8 + r.nextInt(b.length - 8)] = (byte) r.nextInt(256);
            IppReplyReader.Decoded d = IppReplyReader.read(b);
            assertThat(d.packet() == null ^ d.problem() == null).isTrue();
        }
    }

    @Test
    void deepCollectionsAreRefusedBeforeJippRecursesIntoThem() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = header(bytes);
        attribute(out, 0x34, "media-col", new byte[0]);
        for (int i = 0; i < 100_000; i++) {
            attribute(out, 0x4A, "", "m".getBytes());
            attribute(out, 0x34, "", new byte[0]);
        }
        out.writeByte(0x03);
        assertThat(IppReplyReader.read(bytes.toByteArray()).problem())
                .isEqualTo("the reply nests collections more than 16 deep; not read");
    }

    @Test
    void tooManyValuesAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = header(bytes);
        attribute(out, 0x21, "x", new byte[] {0, 0, 0, 1});
        for (int i = 0; i < 60_000; i++) {
            attribute(out, 0x21, "", new byte[] {0, 0, 0, 1});
        }
        out.writeByte(0x03);
        assertThat(IppReplyReader.read(bytes.toByteArray()).problem())
                .isEqualTo("the reply holds more than 50000 values; not read");
    }

    @Test
    void aWrongValueLengthIsAProblemSentence() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = header(bytes);
        attribute(out, 0x21, "printer-impressions-completed", new byte[] {0, 1});
        out.writeByte(0x03);
        assertThat(IppReplyReader.read(bytes.toByteArray()).problem())
                .startsWith("the reply is not a valid IPP message (");
    }

    private static DataOutputStream header(ByteArrayOutputStream bytes) throws IOException {
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0x0101);
        out.writeShort(0x0000);
        out.writeInt(1);
        out.writeByte(0x04);
        return out;
    }

    private static void attribute(DataOutputStream out, int tag, String name, byte[] value) throws IOException {
        out.writeByte(tag);
        out.writeShort(name.length());
        out.writeBytes(name);
        out.writeShort(value.length);
        out.write(value);
    }
}
