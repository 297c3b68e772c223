package org.openenpc.mdns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TxtRecordTest {

    private static byte[] rdata(String... strings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            out.write(b.length);
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    @Test
    void keysAreLowerCasedAndAKeyWithoutValueIsEmpty() {
        TxtRecord t = TxtRecord.decode(rdata("txtvers=1", "UUID=ABC", "note=", "Duplex"));
        assertThat(t.values()).containsEntry("txtvers", "1").containsEntry("uuid", "ABC").containsEntry("note", "")
                .containsEntry("duplex", "").hasSize(4);
        assertThat(t.hex()).isEmpty();
        assertThat(t.dropped()).isZero();
    }

    @Test
    void theFirstOccurrenceWinsAndBadKeysAreDropped() {
        TxtRecord t = TxtRecord.decode(rdata("ty=first", "TY=second", "=nokey", "k\u0001ey=x"));
        assertThat(t.values()).containsOnlyKeys("ty").containsEntry("ty", "first");
        assertThat(t.dropped()).isEqualTo(3);
    }

    @Test
    void aValueThatIsNotPrintableAsciiIsKeptExactAndInHex() {
        byte[] raw = rdata("note=caf\u00c3\u00a9", "bin=\u0000\u00ff\n");
        TxtRecord t = TxtRecord.decode(raw);
        assertThat(t.values()).containsEntry("note", "café");
        assertThat(t.hex()).containsEntry("note", "63 61 66 c3 a9").containsEntry("bin", "00 ff 0a");
        assertThat(t.values().get("bin")).startsWith("\u0000");
    }

    @Test
    void atMost64KeysAreKept() {
        String[] many = new String[200];
        for (int i = 0; i < many.length; i++) {
            many[i] = "k" + i + "=v";
        }
        TxtRecord t = TxtRecord.decode(rdata(many));
        assertThat(t.values()).hasSize(TxtRecord.MAX_KEYS);
        assertThat(t.dropped()).isEqualTo(200 - TxtRecord.MAX_KEYS);
    }

    @Test
    void truncatedEmptyAndNullRdataNeverThrow() {
        byte[] cut = rdata("rp=ipp/print", "ty=EPSON");
        byte[] shorter = java.util.Arrays.copyOf(cut, cut.length - 3);
        TxtRecord t = TxtRecord.decode(shorter);
        assertThat(t.values()).containsOnlyKeys("rp");
        assertThat(t.dropped()).isEqualTo(1);
        assertThat(TxtRecord.decode(new byte[] {0}).values()).isEmpty();
        assertThat(TxtRecord.decode(null).values()).isEmpty();
        assertThat(TxtRecord.decode(new byte[0]).values()).isEmpty();
    }

    @Test
    void anyBytesDecodeWithinTheBounds() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int n = 0; n < 2000; n++) {
            byte[] b = new byte[r.nextInt(0, 9000)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) r.nextInt(256);
            }
            TxtRecord t = TxtRecord.decode(b);
            assertThat(t.values().size()).isLessThanOrEqualTo(TxtRecord.MAX_KEYS);
            assertThat(t.values().keySet()).allMatch(k -> k.equals(k.toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
