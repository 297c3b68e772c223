package org.openenpc.netns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One resolved service from {@code avahi-browse -rpt} (parsable output): the {@code =} lines are
 * {@code =;iface;protocol;name;type;domain;host;address;port;"txt" "txt"...}, with {@code \DDD} decimal escapes for
 * the name's spaces and dots (avahi-utils' avahi-browse.c escapes with avahi_escape_label) and each TXT string
 * quoted. Pure parsing: never throws on a line it does not understand, it leaves it out.
 */
public record AvahiService(String iface, String protocol, String name, String type, String domain, String host,
        String address, int port, Map<String, String> txt) {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The resolved services in {@code out} ({@code avahi-browse -rpt} output), in order. */
    public static List<AvahiService> parse(String out) {
        List<AvahiService> found = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split(";", 10);
            if (f.length < 10 || !f[0].equals("=")) {
                continue;
            }
            try {
                found.add(new AvahiService(f[1], f[2], unescape(f[3]), f[4], f[5], f[6], f[7],
                        Integer.parseInt(f[8]), txt(f[9])));
            } catch (NumberFormatException e) {
                // not a resolved line after all (a name with ';' escapes them, so this is not avahi-browse's)
            }
        }
        return found;
    }

    /** avahi_escape_label's {@code \DDD} (decimal) and {@code \c} escapes undone, as UTF-8. */
    static String unescape(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && isDigits(s, i + 1)) {
                b.write(Integer.parseInt(s.substring(i + 1, i + 4)));
                i += 3;
            } else if (c == '\\' && i + 1 < s.length()) {
                b.write(s.charAt(++i));
            } else {
                byte[] u = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                b.write(u, 0, u.length);
            }
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private static boolean isDigits(String s, int from) {
        return from + 3 <= s.length() && Character.isDigit(s.charAt(from)) && Character.isDigit(s.charAt(from + 1))
                && Character.isDigit(s.charAt(from + 2));
    }

    /**
     * {@code "k=v" "k2=v2"} as a map (a string without '=' is a key with an empty value); avahi_string_list_to_string
     * quotes each string and puts a backslash before {@code "} and {@code \}.
     */
    private static Map<String, String> txt(String field) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher q = QUOTED.matcher(field);
        while (q.find()) {
            String p = q.group(1).replaceAll("\\\\(.)", "$1");
            int eq = p.indexOf('=');
            m.put(eq < 0 ? p : p.substring(0, eq), eq < 0 ? "" : p.substring(eq + 1));
        }
        return m;
    }
}
