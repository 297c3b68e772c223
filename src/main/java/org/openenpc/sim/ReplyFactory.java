package org.openenpc.sim;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.openenpc.protocol.EnpcCodec;
import org.openenpc.protocol.EnpcHeader;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.protocol.EnpcRequests;
import org.openenpc.protocol.Hex;

/**
 * Builds the reply a simulated printer sends to one request, before any fault is injected. Starts
 * from the captured templates ({@link CapturedReplies}) and patches only documented fields
 * (PROTOCOL.md §3). Replies echo the request's device type, device number and function; their
 * letter is the request's in lower case. Pure; called on the simulator thread (and by tests).
 */
public final class ReplyFactory {

    /**
     * The letter of a probe reply. GUESS: PROTOCOL.md §1 and §5 say it is unpublished; 'p' (lower
     * case of the request, as every attested reply does) is the default, configurable through
     * {@link SimulatorConfig.Builder#probeReplyLetter(char)}.
     */
    public static final char DEFAULT_PROBE_REPLY_LETTER = 'p';

    private static final byte[] BASIC = CapturedReplies.bytes(CapturedReplies.BASIC_INFO_TM_T88V);
    private static final byte[] STATUS = CapturedReplies.bytes(CapturedReplies.STATUS_TM_T88V);
    private static final byte[] HOLDER = CapturedReplies.bytes(CapturedReplies.HOLDER_TM_T88V);
    private static final byte[] NIC = CapturedReplies.bytes(CapturedReplies.NIC_INFO_TM_M30);
    private static final byte[] NETWORK = CapturedReplies.bytes(CapturedReplies.NETWORK_CONFIG_TM_M30);
    /** Q 03-0001 data length (PROTOCOL.md §3). */
    static final int CARD_INFO_DATA_LENGTH = 170;

    private final char probeLetter;

    public ReplyFactory(char probeReplyLetter) {
        this.probeLetter = probeReplyLetter;
    }

    /**
     * The reply of {@code printer} to the first {@code length} bytes of {@code request}, or null when
     * it ignores the datagram: shorter than the 14-byte header, not starting with EPSON, or itself a
     * reply (a lower-case letter: answering replies could make two simulators ping-pong forever).
     */
    public byte[] reply(SimulatedPrinter printer, byte[] request, int length) {
        EnpcHeader h = EnpcCodec.header(request, 0, length);
        if (h == null || Character.isLowerCase(h.type())) {
            return null;
        }
        if (h.type() == 'P') {
            return h.deviceType() == 0x00 && h.function() == 0x0000
                    ? echo(nicInfo(printer, printer.profile().probeReplyLength()), h, probeLetter)
                    : error(h, EnpcHeader.RESULT_UNSUPPORTED);
        }
        if (h.type() != 'Q') {
            // Commands ('C') and undocumented packet types are never acted on: "not supported".
            return error(h, EnpcHeader.RESULT_UNSUPPORTED);
        }
        EnpcQuery q = EnpcQuery.of(h.deviceType(), h.function());
        return switch (printer.profile().answer(h.deviceType(), q)) {
            case UNSUPPORTED -> error(h, EnpcHeader.RESULT_UNSUPPORTED);
            case NO_SUCH_DEVICE -> error(h, EnpcHeader.RESULT_NO_SUCH_DEVICE);
            case OK -> echo(query(printer, q), h, Character.toLowerCase(h.type()));
        };
    }

    private static byte[] query(SimulatedPrinter p, EnpcQuery q) {
        return switch (q) {
            case BASIC_INFO -> basicInfo(p);
            case CARD_INFO -> cardInfo(p);
            case STATUS -> status(p);
            case HOLDER -> HOLDER.clone();
            case NIC_INFO -> nicInfo(p, PrinterProfile.NIC_REPLY_LENGTH);
            case NETWORK_CONFIG -> networkConfig(p);
        };
    }

    /** Result-only reply (FFFF or FFFE), no data: the form of reply-q03-0131-unsupported. */
    private static byte[] error(EnpcHeader h, int result) {
        return EnpcRequests.packet(Character.toLowerCase(h.type()), h.deviceType(), h.deviceNumber(),
                h.function(), result, new byte[0]);
    }

    private static byte[] echo(byte[] reply, EnpcHeader h, char letter) {
        reply[5] = (byte) letter;
        reply[6] = (byte) h.deviceType();
        reply[7] = (byte) h.deviceNumber();
        reply[8] = (byte) (h.function() >>> 8);
        reply[9] = (byte) h.function();
        return reply;
    }

    /** Q 03-0000: the TM-T88V capture with the model name field (19–146) replaced. */
    static byte[] basicInfo(SimulatedPrinter p) {
        byte[] r = BASIC.clone();
        putText(r, 19, 128, p.model());
        return r;
    }

    /**
     * Q 03-0001, SYNTHETIC (no capture; layout from PROTOCOL.md §3): 14–19 MAC, 20–51 card name,
     * 52–55 the four bytes at 03-0000 offsets 15–18, 56–183 model name.
     */
    static byte[] cardInfo(SimulatedPrinter p) {
        byte[] data = new byte[CARD_INFO_DATA_LENGTH];
        System.arraycopy(p.mac(), 0, data, 0, 6);
        putText(data, 6, 32, p.cardName());
        System.arraycopy(BASIC, 15, data, 38, 4);
        putText(data, 42, 128, p.model());
        return EnpcRequests.packet('q', 0x03, 0x00, 0x0001, EnpcHeader.RESULT_OK, data);
    }

    /** Q 03-0010: the captured status with the four ASB bytes (15–18) from the current status. */
    static byte[] status(SimulatedPrinter p) {
        byte[] r = STATUS.clone();
        System.arraycopy(p.status().asb().toBytes(), 0, r, 15, 4);
        return r;
    }

    /**
     * Q 00-0000 (and the probe): the TM-m30 capture with its name (14–45) = "UB-E" + the last three
     * MAC bytes in upper-case hex + "ENSN" (the capture's suffix) and the MAC at 54–59. Longer
     * replies (the scanner's 76-byte probe reply, SYNTHETIC) append zeros and keep the length field
     * consistent.
     */
    static byte[] nicInfo(SimulatedPrinter p, int totalLength) {
        byte[] r = Arrays.copyOf(NIC, totalLength);
        byte[] mac = p.mac();
        String name = "UB-E" + Hex.of(mac, 3, 3).replace(" ", "").toUpperCase(java.util.Locale.ROOT) + "ENSN";
        putText(r, 14, 32, name);
        System.arraycopy(mac, 0, r, 54, 6);
        int dataLength = totalLength - EnpcHeader.SIZE;
        r[12] = (byte) (dataLength >>> 8);
        r[13] = (byte) dataLength;
        return r;
    }

    /** Q 00-0010: the TM-m30 capture with MAC (15–20), IPv4 (23–26), mask (27–30), gateway (31–34). */
    static byte[] networkConfig(SimulatedPrinter p) {
        byte[] r = NETWORK.clone();
        System.arraycopy(p.mac(), 0, r, 15, 6);
        System.arraycopy(p.ip().getAddress(), 0, r, 23, 4);
        System.arraycopy(p.mask().getAddress(), 0, r, 27, 4);
        System.arraycopy(p.gateway().getAddress(), 0, r, 31, 4);
        return r;
    }

    /** Writes {@code text} as ISO-8859-1 into [at, at+size), NUL-padded, cut to the field. */
    private static void putText(byte[] buf, int at, int size, String text) {
        Arrays.fill(buf, at, at + size, (byte) 0);
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(b, 0, buf, at, Math.min(b.length, size));
    }
}
