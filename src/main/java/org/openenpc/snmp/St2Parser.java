package org.openenpc.snmp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the Epson "@BDC ST2" status value an inkjet printer returns over SNMP (PROTOCOL.md §4):
 * finds the marker, reads the little-endian count, and splits the records {@code [type][len][data]}.
 * The records are then interpreted by {@link St2Decoder}.
 *
 * <p>The value comes from the network, so nothing in it is trusted: {@link #parse} returns a result
 * for every input, never throws, and never reads past the buffer or the declared count, whatever
 * the lengths claim. Pure; any thread.
 */
public final class St2Parser {

    /** The marker every ST2 status starts with (PROTOCOL.md §4). */
    static final byte[] MARKER = "@BDC ST2\r\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * How many start positions are tried for the marker. The value "may start with one extra byte"
     * (PROTOCOL.md §4, seen through the EPSON-CTRL tunnel); a little slack costs nothing.
     */
    static final int MARKER_SEARCH = 8;

    static final String NO_MARKER = "no \"@BDC ST2\" marker";

    private St2Parser() {
    }

    /**
     * Parses one SNMP value. Returns {@link St2Result.Malformed} only when the value is not an ST2
     * status at all; anything odd inside a real one (count or record lengths that lie, cut records)
     * yields {@link St2Result.Ok} with the oddities listed in {@link St2Status#problems()}.
     */
    public static St2Result parse(byte[] value) {
        if (value == null) {
            return new St2Result.Malformed("no value");
        }
        int marker = findMarker(value);
        if (marker < 0) {
            return new St2Result.Malformed(NO_MARKER);
        }
        int countAt = marker + MARKER.length;
        if (value.length < countAt + 2) {
            return new St2Result.Malformed("value ends at byte " + value.length
                    + ", before the 2-byte count after the marker");
        }
        List<String> problems = new ArrayList<>();
        if (marker > 1) {
            problems.add(marker + " bytes before the marker skipped (at most 1 is expected)");
        }
        // The count is little-endian (PROTOCOL.md §4; the ET-2850 capture has 7f 00 = 127).
        int declared = (value[countAt] & 0xFF) | (value[countAt + 1] & 0xFF) << 8;
        int start = countAt + 2;
        int end = bodyEnd(value.length, start, declared, problems);
        List<RawRecord> records = split(value, start, end, problems);
        return new St2Result.Ok(St2Decoder.decode(records, problems));
    }

    /** Where the counted records end: the count if the data holds it, else the end of the data. */
    private static int bodyEnd(int length, int start, int declared, List<String> problems) {
        int present = length - start;
        if (declared > present) {
            problems.add("count says " + declared + " bytes follow the marker but only " + present + " remain");
            return length;
        }
        if (declared < present) {
            problems.add((present - declared) + " bytes after the " + declared + " counted ignored");
        }
        return start + declared;
    }

    /** Index of the marker if it starts within the first {@link #MARKER_SEARCH} bytes, else -1. */
    static int findMarker(byte[] value) {
        int last = Math.min(MARKER_SEARCH - 1, value.length - MARKER.length);
        for (int at = 0; at <= last; at++) {
            if (Arrays.equals(value, at, at + MARKER.length, MARKER, 0, MARKER.length)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Splits {@code value[start, end)} into records. A record whose length runs past {@code end}
     * keeps the bytes that are there, is marked incomplete, and ends the walk.
     */
    static List<RawRecord> split(byte[] value, int start, int end, List<String> problems) {
        List<RawRecord> records = new ArrayList<>();
        int at = start;
        while (at < end) {
            int type = value[at] & 0xFF;
            if (at + 1 >= end) {
                problems.add("record " + St2Codes.hex(type) + " at offset " + at + " has no length byte");
                records.add(new RawRecord(type, at, new byte[0], false));
                break;
            }
            int len = value[at + 1] & 0xFF;
            int dataAt = at + 2;
            int remain = end - dataAt;
            if (len > remain) {
                problems.add("record " + St2Codes.hex(type) + " at offset " + at + " declares " + len
                        + " bytes but only " + remain + " remain");
                records.add(new RawRecord(type, at, Arrays.copyOfRange(value, dataAt, end), false));
                break;
            }
            records.add(new RawRecord(type, at, Arrays.copyOfRange(value, dataAt, dataAt + len), true));
            at = dataAt + len;
        }
        return records;
    }

    /**
     * One record as split, before interpretation. {@code complete} is false when the value ended
     * before the record's declared length.
     */
    record RawRecord(int type, int offset, byte[] data, boolean complete) {
    }
}
