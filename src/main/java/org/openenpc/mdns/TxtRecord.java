package org.openenpc.mdns;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A DNS-SD TXT record (RFC 6763 §6) decoded from its raw rdata with every read bounded: at most
 * {@link #MAX_KEYS} keys, values cut at {@link #MAX_VALUE_BYTES}, keys lower-cased, the first
 * occurrence of a key kept (§6.4), keys that are empty or not printable ASCII dropped (§6.4). A value
 * that is not plain printable ASCII is kept as decoded UTF-8 in {@code values} and byte for byte as
 * lower-case spaced hex in {@code hex}. Pure; never throws; any thread.
 *
 * @param values  key (lower case) → value, "" for a key without '='
 * @param hex     key → the raw value bytes, for values that are not plain printable ASCII
 * @param dropped strings skipped: over the key limit, duplicate, bad key, or cut short by the rdata's end
 */
public record TxtRecord(Map<String, String> values, Map<String, String> hex, int dropped) {

    /** More keys than any printer sends (CUPS/AirPrint TXT records carry about 30). */
    public static final int MAX_KEYS = 64;
    /** One TXT string is at most 255 bytes on the wire, so this only guards a future caller's input. */
    public static final int MAX_VALUE_BYTES = 1024;

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    public TxtRecord {
        values = Map.copyOf(values);
        hex = Map.copyOf(hex);
    }

    /** Decodes TXT rdata: a sequence of length-prefixed strings {@code key=value}; null or empty gives nothing. */
    public static TxtRecord decode(byte[] rdata) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> hex = new LinkedHashMap<>();
        int dropped = 0;
        int i = 0;
        int n = rdata == null ? 0 : rdata.length;
        while (i < n) {
            int len = rdata[i] & 0xff;
            int start = i + 1;
            i = start + len;
            if (len == 0) {
                continue; // the empty string: an empty TXT record is one zero byte (§6.1)
            }
            if (i > n || values.size() >= MAX_KEYS) {
                dropped++;
                continue;
            }
            if (!put(rdata, start, len, values, hex)) {
                dropped++;
            }
        }
        return new TxtRecord(values, hex, dropped);
    }

    private static boolean put(byte[] b, int start, int len, Map<String, String> values, Map<String, String> hex) {
        int eq = start;
        while (eq < start + len && b[eq] != '=') {
            eq++;
        }
        if (eq == start || !printable(b, start, eq)) {
            return false; // no key, or a key outside printable US-ASCII
        }
        String key = new String(b, start, eq - start, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        if (values.containsKey(key)) {
            return false; // §6.4: all but the first occurrence are ignored
        }
        int from = Math.min(eq + 1, start + len);
        int to = Math.min(start + len, from + MAX_VALUE_BYTES);
        values.put(key, new String(b, from, to - from, StandardCharsets.UTF_8));
        if (!printable(b, from, to)) {
            hex.put(key, HEX.formatHex(b, from, to));
        }
        return true;
    }

    private static boolean printable(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (b[k] < 0x20 || b[k] > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
