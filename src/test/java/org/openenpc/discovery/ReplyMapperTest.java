package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openenpc.model.Observation;
import org.openenpc.model.RawReply;
import org.openenpc.protocol.EnpcCodec;
import org.openenpc.protocol.EnpcReply;
import org.openenpc.protocol.Vectors;

class ReplyMapperTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aRepeatedReplyCarriesTheStoredRawReplyInsteadOfANewOne() {
        byte[] datagram = Vectors.load("reply-q03-0000-basic-tm-t88v.hex");
        EnpcReply reply = EnpcCodec.decode(datagram);
        Observation first = ReplyMapper.observe(reply, "127.0.0.5", T0, "ENPC broadcast", datagram, datagram.length);
        assertThat(first.raw().bytes()).isEqualTo(datagram);
        assertThat(first.model()).isEqualTo("TM-T88V");

        Observation again = ReplyMapper.observe(reply, "127.0.0.5", T0.plusSeconds(1), null, datagram,
                datagram.length, first.raw());
        assertThat(again.raw()).isSameAs(first.raw());
        assertThat(again.model()).isEqualTo("TM-T88V");

        byte[] changed = datagram.clone();
        changed[changed.length - 1] ^= 1;
        RawReply stale = first.raw();
        Observation differs = ReplyMapper.observe(EnpcCodec.decode(changed), "127.0.0.5", T0.plusSeconds(2), null,
                changed, changed.length, stale);
        assertThat(differs.raw()).isNotSameAs(stale);
        assertThat(differs.raw().bytes()).isEqualTo(changed);
        assertThat(differs.raw().at()).isEqualTo(T0.plusSeconds(2));
    }
}
