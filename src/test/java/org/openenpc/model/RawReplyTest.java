package org.openenpc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RawReplyTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void keepsACopyOfItsSliceOfTheDatagram() {
        byte[] buffer = {9, 1, 2, 3, 9};
        RawReply r = new RawReply("Q 03-0000", buffer, 1, 3, T0);
        buffer[2] = 42; // the receive buffer is reused for the next datagram
        assertThat(r.bytes()).containsExactly(1, 2, 3);
        assertThat(r.length()).isEqualTo(3);
        r.bytes()[0] = 7; // callers get a copy
        assertThat(r.bytes()).containsExactly(1, 2, 3);
    }

    @Test
    void comparesBytesInPlace() {
        RawReply r = new RawReply("Q 03-0000", new byte[] {1, 2, 3}, T0);
        assertThat(r.sameBytes(new byte[] {0, 1, 2, 3}, 1, 3)).isTrue();
        assertThat(r.sameBytes(new byte[] {0, 1, 2, 4}, 1, 3)).isFalse();
        assertThat(r.sameBytes(new byte[] {1, 2, 3}, 0, 2)).isFalse();
        assertThat(r.sameBytes(new RawReply("Q 03-0010", new byte[] {1, 2, 3}, T0.plusSeconds(5)))).isTrue();
        assertThat(r.sameBytes(new RawReply("Q 03-0000", new byte[] {1, 2}, T0))).isFalse();
    }

    @Test
    void equalByValue() {
        RawReply a = new RawReply("Q 03-0000", new byte[] {1, 2}, T0);
        assertThat(a).isEqualTo(new RawReply("Q 03-0000", new byte[] {1, 2}, T0))
                .hasSameHashCodeAs(new RawReply("Q 03-0000", new byte[] {1, 2}, T0))
                .isNotEqualTo(new RawReply("Q 03-0000", new byte[] {1, 3}, T0))
                .isNotEqualTo(new RawReply("Q 03-0000", new byte[] {1, 2}, T0.plusSeconds(1)))
                .isNotEqualTo(new RawReply("Q 03-0001", new byte[] {1, 2}, T0));
        assertThat(a.toString()).contains("Q 03-0000", "2 bytes");
    }
}
