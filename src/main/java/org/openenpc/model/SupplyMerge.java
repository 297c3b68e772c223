package org.openenpc.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


/**
 * The one rule that combines the supplies of two sources into the list a printer shows: Epson's ST2 block with the
 * Printer-MIB supplies table in the SNMP view (issue 10: an ST2 level "not reported" used to hide a level the
 * Printer-MIB did report), and that SNMP list with IPP's printer-supply in {@link Printer#supplies()} (issue 12).
 * Below, "ST2" is the preferred (first) source and "Printer-MIB" the other. Pure; any thread.
 *
 * <p>The rule, per supply:
 * <ul>
 * <li>An ST2 supply and a Printer-MIB supply are the same supply when they have the same
 *     {@link Supply.Kind kind} and the same colour, and that kind and colour occur exactly once in
 *     each source. Then one of the two is shown: the one whose level is known; when both levels are
 *     known, or neither is, the ST2 one: Epson's own status block, and the preference OpenENPC had
 *     before this merge (it then showed only the ST2 supplies whenever the block had ink entries). The
 *     supply shown is taken whole (name, level, state), so its {@link Supply#source() source} names
 *     where its level came from.</li>
 * <li>Every other supply of either source is kept as it is: nothing either source reports is dropped.</li>
 * </ul>
 * The result is the ST2 supplies in their order (each replaced by its Printer-MIB counterpart where
 * that one won), then the Printer-MIB supplies that were not paired, in table order.
 *
 * <p>Matching is conservative: a wrong pair would show one cartridge's level under another's name,
 * while a missed pair only shows a supply twice, each copy saying its source. So:
 * <ul>
 * <li>Colours are compared after folding case, blanks, '-' and '_' and the spelling "grey" to "gray"
 *     ({@link #colourKey}); nothing else is equated: "photo black" or "matte black" is not "black",
 *     "gray" is not "light black". ST2's colour names are Epson's codes spelt out (PROTOCOL.md §4,
 *     St2Codes.colourName in the snmp package); prtMarkerColorantValue is free text, so only equal spellings
 *     pair. (A row without a colorant gets the colour MarkerSupplies.guessColour (snmp) reads in
 *     its description, which already takes "Photo Black Ink" for "black"; the next rule keeps a
 *     printer with photo and matte black from pairing either.)</li>
 * <li>A kind and colour that occur more than once in either source (two blacks, two maintenance
 *     boxes) pair nothing: which is which cannot be told.</li>
 * <li>{@link Supply.Kind#OTHER} never pairs (a Printer-MIB row without prtMarkerSuppliesType is
 *     OTHER), nor does an ink or toner without a colour, nor an ST2 colour code without a name
 *     ("colour 0x1A"). Receptacles (maintenance box, waste-ink pad) usually have no colour, so they
 *     pair by kind alone.</li>
 * </ul>
 */
public final class SupplyMerge {

    /** What two supplies must share to be the same supply. */
    record Key(Supply.Kind kind, String colour) {
    }

    private SupplyMerge() {
    }

    /** The merged list; {@code st2} wins ties (see the class comment). Neither list is changed. */
    public static List<Supply> merge(List<Supply> st2, List<Supply> printerMib) {
        Map<Key, Integer> st2Count = counts(st2);
        Map<Key, Integer> mibCount = counts(printerMib);
        Map<Key, Supply> mibByKey = new HashMap<>();
        for (Supply m : printerMib) {
            Key k = key(m);
            if (k != null) {
                mibByKey.put(k, m);
            }
        }
        List<Supply> out = new ArrayList<>(st2.size() + printerMib.size());
        Set<Key> paired = new HashSet<>();
        for (Supply s : st2) {
            Key k = key(s);
            if (k != null && st2Count.get(k) == 1 && mibCount.getOrDefault(k, 0) == 1) {
                paired.add(k);
                out.add(winner(s, mibByKey.get(k)));
            } else {
                out.add(s);
            }
        }
        for (Supply m : printerMib) {
            Key k = key(m);
            if (k == null || !paired.contains(k)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The preferred supply unless only the other one knows its level. */
    static Supply winner(Supply preferred, Supply other) {
        return preferred.percent() == null && other.percent() != null ? other : preferred;
    }

    /** What {@code s} pairs by, or null when it never pairs. */
    static Key key(Supply s) {
        if (s.kind() == null || s.kind() == Supply.Kind.OTHER) {
            return null;
        }
        String colour = colourKey(s.colour());
        if (colour.startsWith("colour 0x") || (colour.isEmpty() && s.kind() == Supply.Kind.COLORANT)) {
            return null;
        }
        return new Key(s.kind(), colour);
    }

    /** "Light-Cyan", " light  cyan " and "light_cyan" → "light cyan"; "Grey" → "gray"; null → "". */
    static String colourKey(String colour) {
        if (colour == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String w : colour.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (!w.isEmpty()) {
                words.add("grey".equals(w) ? "gray" : w);
            }
        }
        return String.join(" ", words);
    }

    private static Map<Key, Integer> counts(List<Supply> supplies) {
        Map<Key, Integer> n = new HashMap<>();
        for (Supply s : supplies) {
            Key k = key(s);
            if (k != null) {
                n.merge(k, 1, Integer::sum);
            }
        }
        return n;
    }
}
