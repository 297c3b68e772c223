package org.openenpc.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Decoding by field layout, on replies built here (not captured) so the codec cannot pass by
 * recognising the vectors' byte strings.
 */
class EnpcCodecLayoutTest {

    private static byte[] reply(int deviceType, int function, byte[] data) {
        return EnpcRequests.packet('q', deviceType, 0, function, 0, data);
    }

    private static void put(byte[] data, int packetOffset, String text) {
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(t, 0, data, packetOffset - 14, t.length);
    }

    @Test
    void cardInfoLayout() {
        byte[] d = new byte[170];
        byte[] mac = {0x00, 0x26, (byte) 0xab, 0x12, 0x34, 0x56};
        System.arraycopy(mac, 0, d, 0, 6);
        put(d, 20, "UB-E04");
        d[52 - 14] = 0x05;
        d[53 - 14] = 0x20;
        put(d, 56, "TM-T88VI");
        EnpcReply.CardInfo r = (EnpcReply.CardInfo) EnpcCodec.decode(reply(3, 1, d));
        assertThat(r.mac()).isEqualTo("00:26:ab:12:34:56");
        assertThat(r.cardName()).isEqualTo("UB-E04");
        assertThat(r.ids()).isEqualTo("05 20 00 00");
        assertThat(r.model()).isEqualTo("TM-T88VI");
    }

    @Test
    void otherModelNamesAndIdBytes() {
        byte[] d = new byte[133];
        d[1] = 0x05;
        d[2] = 0x21;
        put(d, 19, "TM-m30III");
        EnpcReply.BasicInfo r = (EnpcReply.BasicInfo) EnpcCodec.decode(reply(3, 0, d));
        assertThat(r.model()).isEqualTo("TM-m30III");
        assertThat(r.ids()).isEqualTo("21 00 00");
    }

    @Test
    void nameFillingTheWholeFieldStopsAtTheFieldEnd() {
        byte[] d = new byte[133];
        Arrays.fill(d, 5, 133, (byte) 'A');
        EnpcReply.BasicInfo r = (EnpcReply.BasicInfo) EnpcCodec.decode(reply(3, 0, d));
        assertThat(r.model()).hasSize(128).matches("A+");
    }

    @Test
    void shortNameFieldAtTheDatagramEnd() {
        byte[] d = new byte[8];
        put(d, 19, "TM");
        EnpcReply.BasicInfo r = (EnpcReply.BasicInfo) EnpcCodec.decode(reply(3, 0, d));
        assertThat(r.model()).isEqualTo("TM");
    }

    @Test
    void nonPrintableBytesAreEscaped() {
        byte[] d = new byte[133];
        put(d, 19, "TM\u001b[31m\\X\u00ff");
        EnpcReply.BasicInfo r = (EnpcReply.BasicInfo) EnpcCodec.decode(reply(3, 0, d));
        assertThat(r.model()).isEqualTo("TM\\x1b[31m\\\\X\\xff");
    }

    @Test
    void bytesAfterTheNulAreReportedAsUnknown() {
        byte[] d = new byte[133];
        put(d, 19, "TM-T20");
        d[40 - 14] = 0x7f;
        EnpcReply.BasicInfo r = (EnpcReply.BasicInfo) EnpcCodec.decode(reply(3, 0, d));
        assertThat(r.model()).isEqualTo("TM-T20");
        assertThat(r.unknown()).anySatisfy(u -> {
            assertThat(u.offset()).isEqualTo(40);
            assertThat(u.hex()).startsWith("7f");
        });
    }

    @Test
    void statusFlagsDecodeFromTheirBits() {
        // Offline + cover open, autocutter + recoverable error, paper near end and paper end.
        byte[] d = {0x0e, 0x14 | 0x08 | 0x20, 0x08 | 0x40, 0x0f, 0x00};
        EnpcReply.TmStatus r = (EnpcReply.TmStatus) EnpcCodec.decode(reply(3, 0x10, d));
        Asb a = r.asb();
        assertThat(a.offline()).isTrue();
        assertThat(a.coverOpen()).isTrue();
        assertThat(a.autocutterError()).isTrue();
        assertThat(a.recoverableError()).isTrue();
        assertThat(a.unrecoverableError()).isFalse();
        assertThat(a.paperNearEnd()).isTrue();
        assertThat(a.paperEnd()).isTrue();
        assertThat(a.hex()).isEqualTo("3c 48 0f 00");
    }

    @Test
    void onlyOneNearEndBitIsNotNearEnd() {
        Asb a = new Asb(0x14, 0, 0x01, 0);
        assertThat(a.paperNearEnd()).isFalse();
        assertThat(new Asb(0x14, 0, 0x04, 0).paperEnd()).isFalse();
    }

    @Test
    void networkConfigFromFields() {
        byte[] d = new byte[23];
        d[0] = 1;
        byte[] mac = {0x64, (byte) 0xeb, (byte) 0x8c, 0x01, 0x02, 0x03};
        System.arraycopy(mac, 0, d, 1, 6);
        d[7] = 0x00;
        d[8] = 0x01;
        byte[] addr = {127, 0, 1, 7, (byte) 255, (byte) 255, (byte) 252, 0, 127, 0, 1, 1};
        System.arraycopy(addr, 0, d, 9, 12);
        EnpcReply.NetworkConfig r = (EnpcReply.NetworkConfig) EnpcCodec.decode(reply(0, 0x10, d));
        assertThat(r.mac()).isEqualTo("64:eb:8c:01:02:03");
        assertThat(r.flags()).isEqualTo("00 01");
        assertThat(r.ip()).isEqualTo("127.0.1.7");
        assertThat(r.mask()).isEqualTo("255.255.252.0");
        assertThat(r.gateway()).isEqualTo("127.0.1.1");
    }

    @Test
    void tooShortForTheKeyFieldIsMalformedWithAReason() {
        EnpcReply r = EnpcCodec.decode(reply(0, 0, new byte[20]));
        assertThat(r).isInstanceOf(EnpcReply.Malformed.class);
        assertThat(((EnpcReply.Malformed) r).reason()).isEqualTo(
                "Q 00-0000 reply has 20 bytes of data; 46 are needed to reach the MAC at offsets 54–59");
    }

    @Test
    void lyingLengthIsMalformed() {
        byte[] v = Vectors.load("reply-q03-0017-holder-tm-t88v.hex");
        v[13] = 0x40;
        EnpcReply.Malformed r = (EnpcReply.Malformed) EnpcCodec.decode(v);
        assertThat(r.reason()).isEqualTo("length field says 64 bytes of data but the datagram holds 4");
        assertThat(r.header()).isNotNull();
    }

    @Test
    void bytesBeyondTheDeclaredLengthAreKeptAsUnknown() {
        byte[] v = Arrays.copyOf(Vectors.load("reply-q03-0017-holder-tm-t88v.hex"), 20);
        v[18] = 0x12;
        EnpcReply.Holder r = (EnpcReply.Holder) EnpcCodec.decode(v);
        assertThat(r.unknown()).containsExactly(new UnknownBytes(18, "12 00", "beyond the header's declared length"));
    }

    @Test
    void notEnpcAndTooShort() {
        assertThat(((EnpcReply.Malformed) EnpcCodec.decode(new byte[5])).reason())
                .isEqualTo("datagram of 5 bytes is shorter than the 14-byte ENPC header");
        assertThat(((EnpcReply.Malformed) EnpcCodec.decode("HELLO WORLD!!!!!".getBytes(StandardCharsets.US_ASCII))).reason())
                .isEqualTo("does not start with \"EPSON\"");
        assertThat(EnpcCodec.decode(null)).isInstanceOf(EnpcReply.Malformed.class);
        assertThat(EnpcCodec.decode(new byte[10], 5, 10)).isInstanceOf(EnpcReply.Malformed.class);
    }

    @Test
    void malformedHexIsBounded() {
        byte[] big = new byte[60_000];
        EnpcReply.Malformed r = (EnpcReply.Malformed) EnpcCodec.decode(big);
        assertThat(r.hex()).endsWith("…").hasSizeLessThan(3 * EnpcCodec.MAX_MALFORMED_HEX + 3);
    }

    @Test
    void decodesAWindowOfALargerBuffer() {
        byte[] v = Vectors.load("reply-q03-0000-basic-tm-t88v.hex");
        byte[] buf = new byte[v.length + 20];
        Arrays.fill(buf, (byte) 0x55);
        System.arraycopy(v, 0, buf, 7, v.length);
        EnpcReply.BasicInfo r = (EnpcReply.BasicInfo) EnpcCodec.decode(buf, 7, v.length);
        assertThat(r.model()).isEqualTo("TM-T88V");
    }
}
