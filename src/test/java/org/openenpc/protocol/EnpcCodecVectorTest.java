package org.openenpc.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.EnpcReply.BasicInfo;
import org.openenpc.protocol.EnpcReply.ErrorResult;
import org.openenpc.protocol.EnpcReply.Holder;
import org.openenpc.protocol.EnpcReply.NetworkConfig;
import org.openenpc.protocol.EnpcReply.NicInfo;
import org.openenpc.protocol.EnpcReply.Other;
import org.openenpc.protocol.EnpcReply.TmStatus;

/** Every captured reply decodes to the exact field values (PROTOCOL.md §3). */
class EnpcCodecVectorTest {

    @Test
    void basicInfoTmT88v() {
        byte[] v = Vectors.load("reply-q03-0000-basic-tm-t88v.hex");
        assertThat(v).hasSize(147);
        BasicInfo r = (BasicInfo) EnpcCodec.decode(v);
        assertThat(r.header()).isEqualTo(new EnpcHeader('q', 0x03, 0x00, 0x0000, 0x0000, 133));
        assertThat(r.header().label()).isEqualTo("Q 03-0000");
        assertThat(r.model()).isEqualTo("TM-T88V");
        assertThat(r.ids()).isEqualTo("20 02 64");
        assertThat(r.unknown()).containsExactly(new UnknownBytes(14, "00 05", "constant 00 05 in every capture"));
    }

    @Test
    void statusTmT88v() {
        TmStatus r = (TmStatus) EnpcCodec.decode(Vectors.load("reply-q03-0010-status-tm-t88v.hex"));
        assertThat(r.header()).isEqualTo(new EnpcHeader('q', 0x03, 0x00, 0x0010, 0x0000, 13));
        assertThat(r.asb()).isEqualTo(new Asb(0x14, 0x00, 0x00, 0x0F));
        assertThat(r.asb().offline()).isFalse();
        assertThat(r.asb().coverOpen()).isFalse();
        assertThat(r.asb().paperNearEnd()).isFalse();
        assertThat(r.asb().paperEnd()).isFalse();
        assertThat(r.asb().autocutterError() || r.asb().recoverableError() || r.asb().unrecoverableError()).isFalse();
        assertThat(r.unknown()).extracting(UnknownBytes::offset, UnknownBytes::hex).containsExactly(
                org.assertj.core.groups.Tuple.tuple(14, "0e"),
                org.assertj.core.groups.Tuple.tuple(18, "0f"),
                org.assertj.core.groups.Tuple.tuple(19, "ff ff ff ff ff ff ff ff"));
    }

    @Test
    void holderFree() {
        Holder r = (Holder) EnpcCodec.decode(Vectors.load("reply-q03-0017-holder-tm-t88v.hex"));
        assertThat(r.header().function()).isEqualTo(0x0017);
        assertThat(r.ip()).isEqualTo("0.0.0.0");
        assertThat(r.isFree()).isTrue();
        assertThat(r.unknown()).isEmpty();
    }

    @Test
    void unsupportedFunction() {
        ErrorResult r = (ErrorResult) EnpcCodec.decode(Vectors.load("reply-q03-0131-unsupported-tm-t88v.hex"));
        assertThat(r.header()).isEqualTo(new EnpcHeader('q', 0x03, 0x00, 0x0131, 0xFFFF, 0));
        assertThat(r.unsupported()).isTrue();
        assertThat(r.unknown()).isEmpty();
    }

    @Test
    void nicInfoTmM30() {
        byte[] v = Vectors.load("reply-q00-0000-nic-tm-m30.hex");
        assertThat(v).hasSize(68);
        NicInfo r = (NicInfo) EnpcCodec.decode(v);
        assertThat(r.header()).isEqualTo(new EnpcHeader('q', 0x00, 0x00, 0x0000, 0x0000, 54));
        assertThat(r.name()).isEqualTo("UB-EEAE083ENSN");
        assertThat(r.mac()).isEqualTo("aa:bb:cc:dd:ee:ff");
        assertThat(r.unknown()).extracting(UnknownBytes::offset, UnknownBytes::hex).containsExactly(
                org.assertj.core.groups.Tuple.tuple(46, "00 01 ff ff 15 00 02 00"),
                org.assertj.core.groups.Tuple.tuple(60, "00 00 00 01 00 00 00 01"));
    }

    @Test
    void networkConfigTmM30() {
        NetworkConfig r = (NetworkConfig) EnpcCodec.decode(Vectors.load("reply-q00-0010-netinfo-tm-m30.hex"));
        assertThat(r.header()).isEqualTo(new EnpcHeader('q', 0x00, 0x00, 0x0010, 0x0000, 23));
        assertThat(r.mac()).isEqualTo("02:00:00:00:00:00");
        assertThat(r.flags()).isEqualTo("00 04");
        assertThat(r.ip()).isEqualTo("192.168.1.9"); // parsed from the capture, never a target
        assertThat(r.mask()).isEqualTo("255.255.255.0");
        assertThat(r.gateway()).isEqualTo("192.168.1.1"); // parsed from the capture
        assertThat(r.unknown()).extracting(UnknownBytes::offset, UnknownBytes::hex).containsExactly(
                org.assertj.core.groups.Tuple.tuple(14, "01"),
                org.assertj.core.groups.Tuple.tuple(21, "00 04"),
                org.assertj.core.groups.Tuple.tuple(35, "80 7c"));
    }

    @Test
    void commandRepliesAreKeptRaw() {
        Other a = (Other) EnpcCodec.decode(Vectors.load("reply-c03-0015-tm-m30ii.hex"));
        assertThat(a.header()).isEqualTo(new EnpcHeader('c', 0x03, 0x00, 0x0015, 0x0000, 1));
        assertThat(a.dataHex()).isEqualTo("00");
        Other b = (Other) EnpcCodec.decode(Vectors.load("reply-c03-0016-tm-m30ii.hex"));
        assertThat(b.header()).isEqualTo(new EnpcHeader('c', 0x03, 0x00, 0x0016, 0xF000, 1));
        assertThat(b.dataHex()).isEqualTo("ff");
    }

    @Test
    void requestVectorsParseAsRequests() {
        for (String name : List.of("request-probe-epsonnet-config.hex", "request-probe-sane.hex")) {
            byte[] v = Vectors.load(name);
            EnpcHeader h = EnpcCodec.header(v, 0, v.length);
            assertThat(h).isEqualTo(new EnpcHeader('P', 0x00, 0xFF, 0x0000, 0x0000, 0));
            assertThat(h.isReply()).isFalse();
        }
        byte[] epos = Vectors.load("request-query-epos-sdk.hex");
        // The ePOS SDK puts 10 00 in the result field; printers ignore it (PROTOCOL.md §1).
        assertThat(EnpcCodec.header(epos, 0, epos.length))
                .isEqualTo(new EnpcHeader('Q', 0x03, 0x00, 0x0000, 0x1000, 0));
    }

    @Test
    void requestsEncodeToTheDocumentedBytes() {
        assertThat(EnpcRequests.probe()).isEqualTo(Vectors.load("request-probe-epsonnet-config.hex"));
        assertThat(Hex.of(EnpcRequests.query(EnpcQuery.BASIC_INFO))).isEqualTo("45 50 53 4f 4e 51 03 00 00 00 00 00 00 00");
        assertThat(Hex.of(EnpcRequests.query(EnpcQuery.CARD_INFO))).isEqualTo("45 50 53 4f 4e 51 03 00 00 01 00 00 00 00");
        assertThat(Hex.of(EnpcRequests.query(EnpcQuery.STATUS))).isEqualTo("45 50 53 4f 4e 51 03 00 00 10 00 00 00 00");
        assertThat(Hex.of(EnpcRequests.query(EnpcQuery.HOLDER))).isEqualTo("45 50 53 4f 4e 51 03 00 00 17 00 00 00 00");
        assertThat(Hex.of(EnpcRequests.query(EnpcQuery.NIC_INFO))).isEqualTo("45 50 53 4f 4e 51 00 00 00 00 00 00 00 00");
        assertThat(Hex.of(EnpcRequests.query(EnpcQuery.NETWORK_CONFIG))).isEqualTo("45 50 53 4f 4e 51 00 00 00 10 00 00 00 00");
    }
}
