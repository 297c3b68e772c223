package org.openenpc.ipp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.Enum;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.KeyValues;
import com.hp.jipp.encoding.Stringable;
import com.hp.jipp.encoding.Tag;

import org.openenpc.model.IppAttribute;
import org.openenpc.model.IppView;
import org.openenpc.model.Supply;

/**
 * Maps a Get-Printer-Attributes response (RFC 8011 §4.2.5) to an {@link IppView}: the printer attributes the
 * view names, the reasons as conditions ({@link IppReasons}), the supplies ({@link IppSupplies}) and every
 * attribute of every group as text ({@link IppValueText}). Bounded whatever the printer sent: at most
 * {@value #MAX_ATTRIBUTES} attributes and {@value #MAX_VALUES} values per attribute are kept, names are cut at
 * {@value #MAX_NAME} characters and texts at {@value IppValueText#MAX_TEXT}. jipp keeps one attribute per name
 * in a group (a repeated name replaces the earlier one), so a printer that repeats one shows its last. Pure;
 * any thread.
 */
public final class IppViewMapper {

    static final int MAX_ATTRIBUTES = 2_000;
    static final int MAX_VALUES = 256;
    static final int MAX_NAME = 256;
    private static final String[] STATES = {"idle", "processing", "stopped"}; // printer-state 3, 4, 5

    private IppViewMapper() {
    }

    /** The view of {@code reply}, read from {@code uri} at {@code readAt}. */
    public static IppView view(IppPacket reply, String uri, Instant readAt) {
        AttributeGroup p = reply.get(Tag.printerAttributes);
        List<String> reasons = new ArrayList<>();
        for (Object v : values(p, "printer-state-reasons")) {
            String r = IppValueText.text(v);
            if (!"none".equals(r)) {
                reasons.add(r);
            }
        }
        String uuid = first(p, "printer-uuid").strip();
        if (uuid.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            uuid = uuid.substring(9);
        }
        List<String> uris = values(p, "printer-uri-supported").stream().map(IppValueText::text).toList();
        return new IppView(uri, first(p, "printer-make-and-model"), first(p, "printer-name"),
                first(p, "printer-location"), first(p, "printer-info"), uuid.toLowerCase(Locale.ROOT),
                state(p), reasons, first(p, "printer-state-message"), IppReasons.conditions(reasons),
                supplies(p), first(p, "printer-device-id"), first(p, "printer-more-info"), uris,
                first(p, "printer-firmware-string-version"), pageCount(p), attributes(reply), readAt, null);
    }

    /** Every attribute of every group, in order, at most {@value #MAX_ATTRIBUTES}. */
    static List<IppAttribute> attributes(IppPacket reply) {
        List<IppAttribute> out = new ArrayList<>();
        for (AttributeGroup g : reply.getAttributeGroups()) {
            for (Attribute<?> a : g) {
                if (out.size() >= MAX_ATTRIBUTES) {
                    return out;
                }
                List<String> texts = new ArrayList<>();
                for (Object v : a.subList(0, Math.min(a.size(), MAX_VALUES))) {
                    texts.add(IppValueText.text(v));
                }
                String name = a.getName().length() > MAX_NAME ? a.getName().substring(0, MAX_NAME) : a.getName();
                out.add(new IppAttribute(g.getTag().getName(), name, IppValueText.syntax(a), texts));
            }
        }
        return out;
    }

    /** printer-supply when the printer sends it, else CUPS's marker-* attributes. */
    static List<Supply> supplies(AttributeGroup p) {
        List<String> raw = new ArrayList<>();
        for (Object v : values(p, "printer-supply")) {
            raw.add(supplyText(v));
        }
        if (!raw.isEmpty()) {
            List<String> descriptions = values(p, "printer-supply-description").stream()
                    .map(IppValueText::text).toList();
            return IppSupplies.fromPrinterSupply(raw, descriptions);
        }
        return IppSupplies.fromMarkers(new IppSupplies.CupsMarkers(texts(p, "marker-names"),
                integers(p, "marker-levels"), texts(p, "marker-colors"), texts(p, "marker-types"),
                integers(p, "marker-low-levels"), integers(p, "marker-high-levels")));
    }

    /** A printer-supply value as the text it carries (PWG 5100.13: US-ASCII in an octetString). */
    private static String supplyText(Object v) {
        String s;
        if (v instanceof KeyValues kv) {
            s = kv.get_encoded();
        } else if (v instanceof byte[] b) {
            s = new String(b, StandardCharsets.ISO_8859_1);
        } else if (v instanceof Stringable t) {
            s = t.asString();
        } else {
            s = "";
        }
        return s.length() > IppValueText.MAX_TEXT ? s.substring(0, IppValueText.MAX_TEXT) : s;
    }

    static String state(AttributeGroup p) {
        List<Object> v = values(p, "printer-state");
        if (v.isEmpty()) {
            return "";
        }
        Integer code = integer(v.get(0));
        if (code == null) {
            return "";
        }
        return code >= 3 && code <= 5 ? STATES[code - 3] : "unknown (" + code + ")";
    }

    private static Long pageCount(AttributeGroup p) {
        List<Object> v = values(p, "printer-impressions-completed");
        Integer n = v.isEmpty() ? null : integer(v.get(0));
        return n == null ? null : Long.valueOf(n);
    }

    private static Integer integer(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        return v instanceof Enum e ? e.getCode() : null;
    }

    /** The values of the named attribute, at most {@value #MAX_VALUES}; empty when absent or out-of-band. */
    private static List<Object> values(AttributeGroup g, String name) {
        if (g == null) {
            return List.of();
        }
        Attribute<?> a = g.get(name);
        if (a == null || a.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(a.subList(0, Math.min(a.size(), MAX_VALUES)));
    }

    private static String first(AttributeGroup g, String name) {
        List<Object> v = values(g, name);
        return v.isEmpty() ? "" : IppValueText.text(v.get(0));
    }

    private static List<String> texts(AttributeGroup g, String name) {
        return values(g, name).stream().map(IppValueText::text).toList();
    }

    private static List<Integer> integers(AttributeGroup g, String name) {
        List<Integer> out = new ArrayList<>();
        for (Object v : values(g, name)) {
            Integer i = integer(v);
            out.add(i == null ? IppSupplies.MISSING : i);
        }
        return out;
    }
}
