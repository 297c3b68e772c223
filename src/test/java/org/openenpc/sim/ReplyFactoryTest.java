package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openenpc.protocol.EnpcCodec;
import org.openenpc.protocol.EnpcHeader;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.protocol.EnpcReply;
import org.openenpc.protocol.EnpcRequests;
import org.openenpc.protocol.Vectors;

class ReplyFactoryTest {

    private final ReplyFactory factory = new ReplyFactory(ReplyFactory.DEFAULT_PROBE_REPLY_LETTER);

    private static SimulatedPrinter printer(PrinterSpec spec) {
        return new SimulatedPrinter(spec, 0, false);
    }

    private static SimulatedPrinter printer(String ip, PrinterProfile profile) {
        return printer(PrinterSpec.of(ip, profile));
    }

    private byte[] ask(SimulatedPrinter p, byte[] request) {
        return factory.reply(p, request, request.length);
    }

    private byte[] ask(SimulatedPrinter p, EnpcQuery q) {
        return ask(p, EnpcRequests.query(q));
    }

    @Test
    void embeddedTemplatesAreTheCapturedVectors() {
        assertThat(CapturedReplies.bytes(CapturedReplies.BASIC_INFO_TM_T88V))
                .isEqualTo(Vectors.load("reply-q03-0000-basic-tm-t88v.hex"));
        assertThat(CapturedReplies.bytes(CapturedReplies.STATUS_TM_T88V))
                .isEqualTo(Vectors.load("reply-q03-0010-status-tm-t88v.hex"));
        assertThat(CapturedReplies.bytes(CapturedReplies.HOLDER_TM_T88V))
                .isEqualTo(Vectors.load("reply-q03-0017-holder-tm-t88v.hex"));
        assertThat(CapturedReplies.bytes(CapturedReplies.UNSUPPORTED_TM_T88V))
                .isEqualTo(Vectors.load("reply-q03-0131-unsupported-tm-t88v.hex"));
        assertThat(CapturedReplies.bytes(CapturedReplies.NIC_INFO_TM_M30))
                .isEqualTo(Vectors.load("reply-q00-0000-nic-tm-m30.hex"));
        assertThat(CapturedReplies.bytes(CapturedReplies.NETWORK_CONFIG_TM_M30))
                .isEqualTo(Vectors.load("reply-q00-0010-netinfo-tm-m30.hex"));
    }

    @Test
    void tmT88vRepliesEqualTheCapturesByteForByte() {
        SimulatedPrinter p = printer("127.0.1.1", PrinterProfile.TM_T88V);
        assertThat(ask(p, EnpcQuery.BASIC_INFO)).isEqualTo(Vectors.load("reply-q03-0000-basic-tm-t88v.hex"));
        assertThat(ask(p, EnpcQuery.STATUS)).isEqualTo(Vectors.load("reply-q03-0010-status-tm-t88v.hex"));
        assertThat(ask(p, EnpcQuery.HOLDER)).isEqualTo(Vectors.load("reply-q03-0017-holder-tm-t88v.hex"));
        byte[] unsupported = EnpcRequests.packet('Q', 0x03, 0x00, 0x0131, 0, new byte[0]);
        assertThat(ask(p, unsupported)).isEqualTo(Vectors.load("reply-q03-0131-unsupported-tm-t88v.hex"));
    }

    @Test
    void eposSdkDiscoveryQueryIsAnsweredAsBasicInfo() {
        SimulatedPrinter p = printer("127.0.1.1", PrinterProfile.TM_T88V);
        assertThat(ask(p, Vectors.load("request-query-epos-sdk.hex")))
                .isEqualTo(Vectors.load("reply-q03-0000-basic-tm-t88v.hex"));
    }

    @Test
    void modelNameComesFromTheProfileOrTheOverride() {
        assertThat(decode(ask(printer("127.0.1.2", PrinterProfile.TM_M30II), EnpcQuery.BASIC_INFO)))
                .isInstanceOfSatisfying(EnpcReply.BasicInfo.class, b -> assertThat(b.model()).isEqualTo("TM-m30II"));
        String hostile = "=HYPERLINK(\"http://x\",\"y\")";
        SimulatedPrinter p = printer(PrinterSpec.of("127.0.1.3", PrinterProfile.TM_M30).withModel(hostile));
        assertThat(decode(ask(p, EnpcQuery.BASIC_INFO)))
                .isInstanceOfSatisfying(EnpcReply.BasicInfo.class, b -> assertThat(b.model()).isEqualTo(hostile));
        assertThat(decode(ask(p, EnpcQuery.CARD_INFO)))
                .isInstanceOfSatisfying(EnpcReply.CardInfo.class, c -> {
                    assertThat(c.model()).isEqualTo(hostile);
                    assertThat(c.cardName()).isEqualTo("Built-in LAN");
                    assertThat(c.mac()).isEqualTo("64:eb:8c:00:01:03");
                    assertThat(c.ids()).isEqualTo("05 20 02 64");
                    assertThat(c.header().length()).isEqualTo(170);
                });
    }

    @Test
    void statusBytesFollowTheCurrentStatus() {
        SimulatedPrinter p = printer("127.0.1.1", PrinterProfile.TM_T88V);
        p.setStatus(SimStatus.IDLE.withCoverOpen(true).withPaperEnd(true));
        EnpcReply.TmStatus s = (EnpcReply.TmStatus) decode(ask(p, EnpcQuery.STATUS));
        assertThat(s.asb().hex()).isEqualTo("34 00 0c 0f");
        assertThat(s.asb().coverOpen()).isTrue();
        assertThat(s.asb().paperEnd()).isTrue();
        p.setStatus(SimStatus.IDLE.withOffline(true).withPaperNearEnd(true).withAutocutterError(true)
                .withRecoverableError(true).withUnrecoverableError(true));
        s = (EnpcReply.TmStatus) decode(ask(p, EnpcQuery.STATUS));
        assertThat(s.asb().hex()).isEqualTo("1c 68 03 0f");
        assertThat(s.asb().offline()).isTrue();
        assertThat(s.asb().paperNearEnd()).isTrue();
    }

    @Test
    void nicInfoAndProbeCarryTheNameAndMac() {
        SimulatedPrinter p = printer("127.0.1.5", PrinterProfile.TM_M30);
        EnpcReply.NicInfo nic = (EnpcReply.NicInfo) decode(ask(p, EnpcQuery.NIC_INFO));
        assertThat(nic.name()).isEqualTo("UB-E000105ENSN");
        assertThat(nic.mac()).isEqualTo("64:eb:8c:00:01:05");
        byte[] probeReply = ask(p, EnpcRequests.probe());
        assertThat(probeReply).hasSize(68);
        assertThat(probeReply[5]).isEqualTo((byte) 'p');
        assertThat(probeReply[7]).isEqualTo((byte) 0xFF);
        assertThat(decode(probeReply)).isInstanceOf(EnpcReply.NicInfo.class);
        assertThat(ask(p, Vectors.load("request-probe-sane.hex"))).isEqualTo(probeReply);
    }

    @Test
    void networkConfigCarriesTheOwnAddress() {
        SimulatedPrinter p = printer("127.0.2.9", PrinterProfile.TM_M30);
        EnpcReply.NetworkConfig n = (EnpcReply.NetworkConfig) decode(ask(p, EnpcQuery.NETWORK_CONFIG));
        assertThat(n.ip()).isEqualTo("127.0.2.9");
        assertThat(n.mac()).isEqualTo("64:eb:8c:00:02:09");
        assertThat(n.mask()).isEqualTo("255.255.0.0");
        assertThat(n.gateway()).isEqualTo("127.0.0.1");
    }

    @Test
    void scannerIsSyntheticAndHasNoPrinterBehindIt() {
        SimulatedPrinter s = printer("127.0.1.10", PrinterProfile.SCANNER);
        byte[] probe = ask(s, Vectors.load("request-probe-sane.hex"));
        assertThat(probe).hasSize(76);
        assertThat(EnpcCodec.header(probe, 0, probe.length).length()).isEqualTo(62);
        assertThat(decode(probe)).isInstanceOf(EnpcReply.NicInfo.class);
        assertThat(EnpcCodec.header(ask(s, EnpcQuery.BASIC_INFO), 0, 14).result())
                .isEqualTo(EnpcHeader.RESULT_NO_SUCH_DEVICE);
        byte[] odd = EnpcRequests.packet('Q', 0x03, 0x00, 0x0131, 0, new byte[0]);
        assertThat(EnpcCodec.header(ask(s, odd), 0, 14).result()).isEqualTo(EnpcHeader.RESULT_NO_SUCH_DEVICE);
        assertThat(decode(ask(s, EnpcQuery.NETWORK_CONFIG))).isInstanceOf(EnpcReply.NetworkConfig.class);
        assertThat(PrinterProfile.SCANNER.synthetic()).isTrue();
    }

    @Test
    void inkjetAnswersIdentityButNotStatus() {
        SimulatedPrinter p = printer("127.0.1.7", PrinterProfile.INKJET);
        assertThat(((EnpcReply.BasicInfo) decode(ask(p, EnpcQuery.BASIC_INFO))).model()).isEqualTo("ET-2850 Series");
        EnpcReply status = decode(ask(p, EnpcQuery.STATUS));
        assertThat(status).isInstanceOfSatisfying(EnpcReply.ErrorResult.class, e -> assertThat(e.unsupported()).isTrue());
        assertThat(ask(p, EnpcRequests.probe())).hasSize(68);
    }

    @Test
    void commandsAreNeverActedOnAndJunkIsIgnored() {
        SimulatedPrinter p = printer("127.0.1.1", PrinterProfile.TM_T88V);
        byte[] reset = EnpcRequests.packet('C', 0x03, 0x00, 0x0012, 0, new byte[0]);
        assertThat(ask(p, reset)).isEqualTo(EnpcRequests.packet('c', 0x03, 0x00, 0x0012, 0xFFFF, new byte[0]));
        assertThat(ask(p, "hello world, not enpc".getBytes())).isNull();
        assertThat(ask(p, "EPSONQ\3\0\0\0".getBytes())).isNull();
        assertThat(ask(p, Vectors.load("reply-q03-0000-basic-tm-t88v.hex"))).isNull();
    }

    private static EnpcReply decode(byte[] b) {
        return EnpcCodec.decode(b);
    }
}
