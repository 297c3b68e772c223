package org.openenpc.ipp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openenpc.model.SafeText;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpCondition.Severity;

/**
 * Turns printer-state-reasons keywords (RFC 8011 §5.4.12, PWG 5100.9 for the extra keywords) into conditions
 * with the keys the SNMP side uses ("paper-jam", "cover-open", …), so hints and change detection work the same
 * whichever protocol said it. Pure; any thread.
 *
 * <p>Severity comes from the keyword's suffix, as RFC 8011 §5.4.12 defines it: "-error" is an error, "-warning"
 * a warning, and a keyword without one of the three suffixes MUST be taken as an error. Two refinements, both
 * documented guesses: a reason that by its nature only warns (something low or almost full: the keys the SNMP
 * side only ever reports as warnings) is never more than a warning; and a "-report" reason, which by the RFC
 * "MUST contain nothing that could affect the printed output" and may be left out by the printer altogether,
 * becomes a warning when it has a known key (CUPS sends "offline-report" and "toner-low-report") and is dropped
 * otherwise ({@code IppView.stateReasons} still lists it). The same holds for the sub-states that RFC 8011
 * describes as neutral even without a suffix ("connecting-to-device", "moving-to-paused",
 * "processing-to-stop-point", "timed-out"): they are dropped, since taking them as errors would flag every
 * CUPS queue while it connects.
 *
 * <p>A keyword without a known key becomes "ipp-" + the keyword without its suffix (lower case, only
 * {@code [a-z0-9-]}, at most {@value #MAX_KEY} characters), with the keyword in words as its text. The result
 * has one condition per key (an error replaces a warning), errors first, else in the printer's order.
 */
public final class IppReasons {

    /** Where these conditions came from ({@link SnmpCondition#source()}). */
    public static final String SOURCE = "printer-state-reasons";

    static final int MAX_KEY = 64;
    static final int MAX_REASONS = 256;

    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("media-empty", new String[] {"paper-out", "Paper out"}),
            Map.entry("media-needed", new String[] {"paper-out", "Paper needed"}),
            Map.entry("media-low", new String[] {"paper-low", "Paper low"}),
            Map.entry("media-jam", new String[] {"paper-jam", "Paper jam"}),
            Map.entry("cover-open", new String[] {"cover-open", "Cover open"}),
            Map.entry("interlock-open", new String[] {"cover-open", "Interlock open"}), // as prtAlertCode 5
            Map.entry("door-open", new String[] {"door-open", "Door open"}),
            Map.entry("toner-empty", new String[] {"toner-out", "Toner out"}),
            Map.entry("toner-low", new String[] {"toner-low", "Toner low"}),
            Map.entry("marker-supply-empty", new String[] {"ink-out", "Ink out"}),
            Map.entry("marker-supply-low", new String[] {"ink-low", "Ink low"}),
            Map.entry("marker-ink-almost-empty", new String[] {"ink-low", "Ink low"}),
            Map.entry("marker-waste-full", new String[] {"waste-ink-full", "Waste receptacle full"}),
            Map.entry("marker-waste-almost-full", new String[] {"waste-ink-full", "Waste receptacle almost full"}),
            Map.entry("marker-waste-ink-receptacle-full", new String[] {"waste-ink-full", "Waste ink receptacle full"}),
            Map.entry("marker-waste-ink-receptacle-almost-full",
                    new String[] {"waste-ink-full", "Waste ink receptacle almost full"}),
            // CUPS's snmp backend words for the same receptacle.
            Map.entry("waste-receptacle-full", new String[] {"waste-ink-full", "Waste receptacle full"}),
            Map.entry("waste-receptacle-almost-full", new String[] {"waste-ink-full", "Waste receptacle almost full"}),
            Map.entry("offline", new String[] {"offline", "Offline"}),
            Map.entry("shutdown", new String[] {"offline", "Shut down"}),
            Map.entry("output-area-full", new String[] {"output-full", "Output tray full"}),
            Map.entry("input-tray-missing", new String[] {"input-missing", "Input tray missing"}));

    /** Keys that only ever warn, as on the SNMP side (hrPrinterDetectedErrorState lowPaper, lowToner). */
    private static final Set<String> WARN_ONLY_BASES = Set.of("media-low", "toner-low", "marker-supply-low",
            "marker-ink-almost-empty", "marker-waste-almost-full", "marker-waste-ink-receptacle-almost-full",
            "waste-receptacle-almost-full");

    /** Sub-states RFC 8011 describes as neutral: no condition, whatever the (absent) suffix says. */
    private static final Set<String> NEUTRAL = Set.of("none", "connecting-to-device", "moving-to-paused",
            "processing-to-stop-point", "timed-out");

    private IppReasons() {
    }

    /** The conditions the keywords stand for: one per key, errors first; at most {@value #MAX_REASONS} read. */
    public static List<SnmpCondition> conditions(List<String> keywords) {
        List<SnmpCondition> all = new ArrayList<>();
        for (String raw : keywords.subList(0, Math.min(keywords.size(), MAX_REASONS))) {
            SnmpCondition c = condition(raw);
            if (c != null) {
                all.add(c);
            }
        }
        return merge(all);
    }

    /** One keyword as a condition, or null when it stands for none ("none", an unknown report, a sub-state). */
    static SnmpCondition condition(String keyword) {
        String k = keyword.strip().toLowerCase(Locale.ROOT);
        Severity severity = Severity.ERROR; // RFC 8011 §5.4.12: no suffix means "error"
        boolean report = false;
        String base = k;
        if (k.endsWith("-error")) {
            base = k.substring(0, k.length() - "-error".length());
        } else if (k.endsWith("-warning")) {
            base = k.substring(0, k.length() - "-warning".length());
            severity = Severity.WARNING;
        } else if (k.endsWith("-report")) {
            base = k.substring(0, k.length() - "-report".length());
            severity = Severity.WARNING;
            report = true;
        }
        if (base.isEmpty() || NEUTRAL.contains(base)) {
            return null;
        }
        if (WARN_ONLY_BASES.contains(base)) {
            severity = Severity.WARNING;
        }
        String[] known = KNOWN.get(base);
        if (known != null) {
            return new SnmpCondition(known[0], known[1], severity, SOURCE);
        }
        if (report) {
            return null;
        }
        String key = sanitise(base);
        return key.isEmpty() ? null : new SnmpCondition("ipp-" + key, words(key), severity, SOURCE);
    }

    /** {@code text} with every character outside [a-z0-9-] as '-', runs of '-' as one, ends trimmed, bounded. */
    static String sanitise(String text) {
        return SafeText.slug(text, '-', MAX_KEY);
    }

    /** "spool-area-full" → "Spool area full". */
    static String words(String key) {
        String w = key.replace('-', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** One condition per key (an ERROR replaces a WARNING of the same key), errors first, else in order. */
    static List<SnmpCondition> merge(List<SnmpCondition> all) {
        Map<String, SnmpCondition> byKey = new LinkedHashMap<>();
        for (SnmpCondition c : all) {
            SnmpCondition seen = byKey.get(c.key());
            if (seen == null || (seen.severity() == Severity.WARNING && c.severity() == Severity.ERROR)) {
                byKey.put(c.key(), c);
            }
        }
        List<SnmpCondition> out = new ArrayList<>();
        byKey.values().stream().filter(c -> c.severity() == Severity.ERROR).forEach(out::add);
        byKey.values().stream().filter(c -> c.severity() != Severity.ERROR).forEach(out::add);
        return out;
    }
}
