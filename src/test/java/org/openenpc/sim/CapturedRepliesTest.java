package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.Hex;
import org.openenpc.protocol.Vectors;

/** The templates the simulator carries are exact copies of the captured vectors in src/test/resources/vectors/. */
class CapturedRepliesTest {

    @Test
    void inlineEnpcTemplatesEqualTheVectors() {
        assertThat(CapturedReplies.bytes(CapturedReplies.BASIC_INFO_TM_T88V)).isEqualTo(Vectors.load("reply-q03-0000-basic-tm-t88v.hex"));
        assertThat(CapturedReplies.bytes(CapturedReplies.STATUS_TM_T88V)).isEqualTo(Vectors.load("reply-q03-0010-status-tm-t88v.hex"));
        assertThat(CapturedReplies.bytes(CapturedReplies.HOLDER_TM_T88V)).isEqualTo(Vectors.load("reply-q03-0017-holder-tm-t88v.hex"));
        assertThat(CapturedReplies.bytes(CapturedReplies.UNSUPPORTED_TM_T88V))
                .isEqualTo(Vectors.load("reply-q03-0131-unsupported-tm-t88v.hex"));
        assertThat(CapturedReplies.bytes(CapturedReplies.NIC_INFO_TM_M30)).isEqualTo(Vectors.load("reply-q00-0000-nic-tm-m30.hex"));
        assertThat(CapturedReplies.bytes(CapturedReplies.NETWORK_CONFIG_TM_M30))
                .isEqualTo(Vectors.load("reply-q00-0010-netinfo-tm-m30.hex"));
    }

    @Test
    void theSt2ResourceIsTheVectorFileUnchanged() throws Exception {
        String vector = Files.readString(Path.of("src/test/resources/vectors/st2-status-et-2850.hex"));
        String resource;
        try (InputStream in = CapturedReplies.class.getResourceAsStream(CapturedReplies.ST2_ET_2850_RESOURCE)) {
            resource = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertThat(resource).isEqualTo(vector);
        assertThat(CapturedReplies.st2Et2850()).isEqualTo(Vectors.load("st2-status-et-2850.hex")).hasSize(139);
        assertThat(Hex.of(CapturedReplies.st2Et2850(), 0, 10)).isEqualTo("40 42 44 43 20 53 54 32 0d 0a");
    }
}
