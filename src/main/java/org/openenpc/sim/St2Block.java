package org.openenpc.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.openenpc.protocol.Hex;
import org.openenpc.snmp.St2Parser;
import org.openenpc.snmp.St2Result;
import org.openenpc.snmp.St2Status;

/**
 * Builds the "@BDC ST2" value a simulated inkjet serves (PROTOCOL.md §4 layout: marker, 2-byte
 * little-endian count, records {@code [type][len][data]}). Pure; any thread.
 *
 * <p>{@link #captured}: the ET-2850 capture, byte for byte while the printer is in the captured state
 * (status 00, error 10); otherwise the capture with only its status and error records replaced, every
 * other record (including ones nobody has decoded) kept as captured.
 *
 * <p>{@link #synthetic}: SYNTHETIC, as no dump from a healthy printer is public. Records 01 status,
 * 02 errors (only when there are any), 0F inks (3 bytes per cartridge: id, colour, percent, or 0x69
 * "level not reported" for the supplies asked to hide it) and 40 serial (10 ASCII bytes). GUESS:
 * several errors at once are listed in one error record, in
 * ascending code order; offline has no documented ST2 code, so it does not show here.
 */
final class St2Block {

    static final byte[] MARKER = "@BDC ST2\r\n".getBytes(StandardCharsets.US_ASCII);
    static final int STATUS_ERROR = 0x00;
    static final int STATUS_IDLE = 0x04;
    static final int TYPE_STATUS = 0x01;
    static final int TYPE_ERROR = 0x02;
    static final int TYPE_INK = 0x0F;
    static final int TYPE_SERIAL = 0x40;
    static final int SERIAL_LENGTH = 10;
    /** Bytes per cartridge in the synthetic ink record. */
    static final int INK_ENTRY = 3;
    /** Ink level byte 'i': cartridge in, level not reported (PROTOCOL.md §4). */
    static final int LEVEL_NOT_REPORTED = 0x69;

    private static final byte[] CAPTURE = CapturedReplies.st2Et2850();
    private static final List<St2Status.Record> CAPTURE_RECORDS = records(CAPTURE);
    private static final byte[] CAPTURE_ERRORS = {(byte) SimError.WASTE_INK_FULL.st2Code()};

    private St2Block() {
    }

    /** The status byte: 00 error when any error is in force, else 04 idle. */
    static int statusCode(SimState s) {
        return s.errors().isEmpty() ? STATUS_IDLE : STATUS_ERROR;
    }

    /** The error record's bytes, ascending. */
    static byte[] errorCodes(SimState s) {
        Set<SimError> errors = s.errors();
        return errors.stream().mapToInt(SimError::st2Code).sorted()
                .collect(ByteArrayOutputStream::new, ByteArrayOutputStream::write, (a, b) -> a.writeBytes(b.toByteArray()))
                .toByteArray();
    }

    static byte[] captured(SimState s) {
        int status = statusCode(s);
        byte[] errors = errorCodes(s);
        if (status == STATUS_ERROR && Arrays.equals(errors, CAPTURE_ERRORS)) {
            return CAPTURE.clone();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (St2Status.Record r : CAPTURE_RECORDS) {
            if (r.type() == TYPE_STATUS) {
                record(body, TYPE_STATUS, new byte[] {(byte) status});
                if (errors.length > 0) {
                    record(body, TYPE_ERROR, errors);
                }
            } else if (r.type() != TYPE_ERROR) {
                record(body, r.type(), Hex.parse(r.hex()));
            }
        }
        return wrap(body);
    }

    /** The synthetic block; the supplies at the indexes in {@code unreported} get level 0x69. */
    static byte[] synthetic(SimState s, SnmpProfile profile, String serial, Set<Integer> unreported) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        record(body, TYPE_STATUS, new byte[] {(byte) statusCode(s)});
        byte[] errors = errorCodes(s);
        if (errors.length > 0) {
            record(body, TYPE_ERROR, errors);
        }
        record(body, TYPE_INK, inks(s, profile, unreported));
        byte[] sn = Arrays.copyOf(serial.getBytes(StandardCharsets.US_ASCII), SERIAL_LENGTH);
        for (int i = serial.length(); i < SERIAL_LENGTH; i++) {
            sn[i] = ' ';
        }
        record(body, TYPE_SERIAL, sn);
        return wrap(body);
    }

    private static byte[] inks(SimState s, SnmpProfile profile, Set<Integer> unreported) {
        ByteArrayOutputStream ink = new ByteArrayOutputStream();
        ink.write(INK_ENTRY);
        for (int i = 0; i < profile.supplies().size(); i++) {
            SupplySpec sp = profile.supplies().get(i);
            if (sp.st2Colour() >= 0) {
                ink.write(sp.st2Cartridge());
                ink.write(sp.st2Colour());
                ink.write(unreported.contains(i) ? LEVEL_NOT_REPORTED : sp.percent(s.levels().get(i)));
            }
        }
        return ink.toByteArray();
    }

    private static void record(ByteArrayOutputStream out, int type, byte[] data) {
        out.write(type);
        out.write(data.length);
        out.writeBytes(data);
    }

    private static byte[] wrap(ByteArrayOutputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(MARKER);
        out.write(body.size() & 0xFF);
        out.write(body.size() >>> 8 & 0xFF);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static List<St2Status.Record> records(byte[] value) {
        St2Result r = St2Parser.parse(value);
        if (!(r instanceof St2Result.Ok ok) || !ok.status().problems().isEmpty()) {
            throw new IllegalStateException("the captured ST2 value does not parse cleanly: " + r);
        }
        return ok.status().records();
    }
}
