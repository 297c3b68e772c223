package org.openenpc.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Property-based fuzzing: the codec returns a value for every input and never throws. The tries
 * add up to 110,000 inputs per {@code mvn verify}.
 */
class EnpcCodecFuzzTest {

    static final List<String> REPLIES = List.of("reply-q03-0000-basic-tm-t88v.hex", "reply-q03-0010-status-tm-t88v.hex",
            "reply-q03-0017-holder-tm-t88v.hex", "reply-q03-0131-unsupported-tm-t88v.hex",
            "reply-q00-0000-nic-tm-m30.hex", "reply-q00-0010-netinfo-tm-m30.hex", "reply-c03-0015-tm-m30ii.hex",
            "reply-c03-0016-tm-m30ii.hex");

    @Property(tries = 40_000)
    void randomBytes(@ForAll @Size(max = 300) byte[] data) {
        assertDecodes(data);
    }

    @Property(tries = 20_000)
    void randomBytesWithMagic(@ForAll @Size(max = 200) byte[] tail) {
        byte[] d = new byte[5 + tail.length];
        System.arraycopy(EnpcCodec.MAGIC, 0, d, 0, 5);
        System.arraycopy(tail, 0, d, 5, tail.length);
        assertDecodes(d);
    }

    @Property(tries = 15_000)
    void truncatedVectors(@ForAll("vector") byte[] v, @ForAll("fraction") double keep) {
        int n = (int) (v.length * keep);
        byte[] cut = java.util.Arrays.copyOf(v, n);
        assertDecodes(cut);
    }

    @Property(tries = 20_000)
    void bitFlippedVectors(@ForAll("vector") byte[] v, @ForAll("positions") List<Integer> bits) {
        byte[] d = v.clone();
        for (int bit : bits) {
            int i = Math.floorMod(bit, d.length * 8);
            d[i / 8] ^= (byte) (1 << (i % 8));
        }
        assertDecodes(d);
    }

    @Property(tries = 15_000)
    void lyingLengthFields(@ForAll("vector") byte[] v, @ForAll("u16") int declared) {
        byte[] d = v.clone();
        d[12] = (byte) (declared >>> 8);
        d[13] = (byte) declared;
        EnpcReply r = assertDecodes(d);
        if (declared > d.length - 14) {
            assertThat(r).isInstanceOf(EnpcReply.Malformed.class);
            assertThat(((EnpcReply.Malformed) r).reason()).contains("length field says " + declared);
        }
    }

    @Provide
    Arbitrary<byte[]> vector() {
        return Arbitraries.of(REPLIES).map(Vectors::load);
    }

    @Provide
    Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Integer> u16() {
        return Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers().between(0, 200))
                .as((any, small) -> any % 3 == 0 ? small : any);
    }

    private static EnpcReply assertDecodes(byte[] d) {
        EnpcReply r = EnpcCodec.decode(d);
        assertThat(r).isNotNull();
        assertThat(r.unknown()).isNotNull();
        if (!(r instanceof EnpcReply.Malformed)) {
            assertThat(r.header()).isNotNull();
            assertThat(r.header().length()).isLessThanOrEqualTo(d.length - 14);
        }
        return r;
    }
}
