package org.openenpc.ipp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeCollection;
import com.hp.jipp.encoding.EmptyAttribute;
import com.hp.jipp.encoding.Enum;
import com.hp.jipp.encoding.KeyValues;
import com.hp.jipp.encoding.OtherOctets;
import com.hp.jipp.encoding.Resolution;
import com.hp.jipp.encoding.Stringable;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.encoding.TaggedValue;

import kotlin.ranges.IntRange;

/**
 * One decoded jipp value as the text and syntax name {@code IppAttribute} keeps: strings exact, integers and
 * enums in decimal, rangeOfInteger "a-b", resolution "600x600dpi", dateTime ISO-8601, octetString as text when
 * it is printable ASCII and as lower-case spaced hex otherwise, a collection as {@code {member=value …}}.
 * Every text is cut at {@link #MAX_TEXT} characters. Pure; any thread.
 *
 * <p>jipp decodes by value tag, and by attribute name for the attributes it knows, so the syntax is worked out
 * from the value's class: a plain {@code String} is what jipp makes of a keyword, a {@code KeyValues} of a
 * printer-supply octetString, a {@code Calendar} of a dateTime.
 */
final class IppValueText {

    static final int MAX_TEXT = 4096;
    /** Collections inside collections are shown this deep, then as "{…}". */
    static final int MAX_DEPTH = 4;

    private IppValueText() {
    }

    /** The syntax name of the attribute: its out-of-band tag's name when it has no values, else its first's. */
    static String syntax(Attribute<?> a) {
        if (a instanceof EmptyAttribute<?> e) {
            return e.getTag().getName();
        }
        return a.isEmpty() ? "no-value" : syntax(a.get(0));
    }

    /** The syntax name of one value (RFC 8010 tag names; jipp's "tag(xNN)" for a tag it does not know). */
    static String syntax(Object v) {
        if (v instanceof KeyValues || v instanceof byte[]) {
            return Tag.octetString.getName();
        }
        if (v instanceof TaggedValue t) {
            return t.getTag().getName();
        }
        if (v instanceof Integer) {
            return Tag.integerValue.getName();
        }
        if (v instanceof Boolean) {
            return Tag.booleanValue.getName();
        }
        if (v instanceof Enum) {
            return Tag.enumValue.getName();
        }
        if (v instanceof URI) {
            return Tag.uri.getName();
        }
        if (v instanceof Calendar) {
            return Tag.dateTime.getName();
        }
        if (v instanceof IntRange) {
            return Tag.rangeOfInteger.getName();
        }
        if (v instanceof Resolution) {
            return Tag.resolution.getName();
        }
        if (v instanceof AttributeCollection) {
            return Tag.beginCollection.getName();
        }
        return v instanceof String ? Tag.keyword.getName() : v.getClass().getSimpleName();
    }

    /** One value as text, at most {@link #MAX_TEXT} characters. */
    static String text(Object v) {
        return cut(render(v, 0));
    }

    private static String render(Object v, int depth) {
        if (v instanceof KeyValues kv) {
            return octets(kv.get_encoded().getBytes(StandardCharsets.UTF_8));
        }
        if (v instanceof byte[] b) {
            return octets(b);
        }
        if (v instanceof OtherOctets o) {
            return octets(o.getValue());
        }
        if (v instanceof Stringable s) {
            return s.asString();
        }
        if (v instanceof Enum e) {
            return Integer.toString(e.getCode());
        }
        if (v instanceof IntRange r) {
            return r.getFirst() + "-" + r.getLast();
        }
        if (v instanceof Resolution r) {
            return resolution(r);
        }
        if (v instanceof Calendar c) {
            return dateTime(c);
        }
        if (v instanceof AttributeCollection c) {
            return collection(c.getAttributes(), depth);
        }
        return String.valueOf(v);
    }

    /** "600x600dpi", "236x236dpcm"; another unit by its number. */
    static String resolution(Resolution r) {
        int unit = r.getUnit().getCode();
        String u = unit == 3 ? "dpi" : unit == 4 ? "dpcm" : " unit " + unit;
        return r.getCrossFeedResolution() + "x" + r.getFeedResolution() + u;
    }

    /** ISO-8601 with the printer's offset, e.g. "2024-05-01T10:15:30Z"; to the second as RFC 2579 sends. */
    static String dateTime(Calendar c) {
        try {
            int offsetSeconds = c.get(Calendar.ZONE_OFFSET) / 1000 + c.get(Calendar.DST_OFFSET) / 1000;
            Instant at = Instant.ofEpochMilli(c.getTimeInMillis()).truncatedTo(ChronoUnit.SECONDS);
            return OffsetDateTime.ofInstant(at, ZoneOffset.ofTotalSeconds(offsetSeconds)).toString();
        } catch (RuntimeException e) {
            return "invalid dateTime";
        }
    }

    /** Printable ASCII as text; anything else as lower-case hex, one space between bytes. */
    static String octets(byte[] b) {
        boolean printable = true;
        for (byte x : b) {
            if (x < 0x20 || x > 0x7E) {
                printable = false;
                break;
            }
        }
        if (printable) {
            return new String(b, 0, Math.min(b.length, MAX_TEXT), StandardCharsets.US_ASCII);
        }
        int n = Math.min(b.length, MAX_TEXT / 3 + 1);
        StringBuilder sb = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Character.forDigit((b[i] >> 4) & 0xF, 16)).append(Character.forDigit(b[i] & 0xF, 16));
        }
        return sb.toString();
    }

    private static String collection(List<Attribute<?>> members, int depth) {
        if (depth >= MAX_DEPTH) {
            return "{…}";
        }
        StringBuilder sb = new StringBuilder("{");
        for (Attribute<?> m : members) {
            if (sb.length() > MAX_TEXT) {
                break;
            }
            sb.append(sb.length() > 1 ? " " : "").append(m.getName()).append('=');
            if (m instanceof EmptyAttribute<?> e) {
                sb.append(e.getTag().getName());
                continue;
            }
            for (int i = 0; i < m.size() && sb.length() <= MAX_TEXT; i++) {
                sb.append(i > 0 ? "," : "").append(render(m.get(i), depth + 1));
            }
        }
        return sb.append('}').toString();
    }

    private static String cut(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }
}
