package org.openenpc.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.IntType;
import com.hp.jipp.encoding.KeywordType;
import com.hp.jipp.encoding.NameType;
import com.hp.jipp.encoding.OctetsType;
import com.hp.jipp.model.Types;

/**
 * The supply attributes of a simulated printer's Get-Printer-Attributes answer, from the same
 * supplies ({@link SnmpProfile#supplies()}) and levels ({@link SimState#levels()}) its SNMP agent
 * serves, so both protocols agree by kind, colour and level. Two vocabularies, as real printers
 * answer both: PWG 5100.13 printer-supply (octetString values of "key=value;" pairs that mirror the
 * Printer MIB's prtMarkerSuppliesTable, RFC 3805) with printer-supply-description, and CUPS's
 * marker-names, -levels, -colors, -types, -low-levels and -high-levels. Pure; any thread.
 *
 * <p>Levels are whole percentages, rounded up as ST2 rounds them ({@link SupplySpec#percent}), so
 * only an empty supply says 0. A receptacle (waste pad, waste toner box) reports the space it has
 * left, as prtMarkerSuppliesLevel does (RFC 3805; {@link PrinterMib#mibLevel}): 0 means full. A
 * profile whose levels are not reported (the ET-2850 capture) says −2, "unknown", as its MIB does.
 */
final class IppSupplies {

    static final OctetsType.Set PRINTER_SUPPLY = new OctetsType.Set("printer-supply");
    static final NameType.Set MARKER_NAMES = new NameType.Set("marker-names");
    static final IntType.Set MARKER_LEVELS = new IntType.Set("marker-levels");
    static final NameType.Set MARKER_COLORS = new NameType.Set("marker-colors");
    static final KeywordType.Set MARKER_TYPES = new KeywordType.Set("marker-types");
    static final IntType.Set MARKER_LOW_LEVELS = new IntType.Set("marker-low-levels");
    static final IntType.Set MARKER_HIGH_LEVELS = new IntType.Set("marker-high-levels");

    /** A receptacle with this little space left (percent) is nearly full: CUPS's marker-low-levels for it. */
    static final int RECEPTACLE_LOW_PERCENT = 5;

    private IppSupplies() {
    }

    /** Every supply attribute; none at all for a printer without supplies (IPP has no empty 1setOf). */
    static List<Attribute<?>> attributes(SnmpProfile profile, SimState s) {
        List<SupplySpec> supplies = profile.supplies();
        if (supplies.isEmpty()) {
            return List.of();
        }
        List<byte[]> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Integer> lows = new ArrayList<>();
        List<Integer> highs = new ArrayList<>();
        for (int i = 0; i < supplies.size(); i++) {
            SupplySpec sp = supplies.get(i);
            int level = percent(profile, sp, s.levels().get(i));
            values.add(supplyValue(i + 1, sp, level).getBytes(StandardCharsets.US_ASCII));
            names.add(sp.description());
            levels.add(level);
            colors.add(color(sp.colorant()));
            types.add(cupsType(sp.type()));
            lows.add(sp.consumed() ? HrStatus.LOW_PERCENT : RECEPTACLE_LOW_PERCENT);
            highs.add(100);
        }
        return List.of(PRINTER_SUPPLY.of(values), Types.printerSupplyDescription.of(texts(names)),
                MARKER_NAMES.ofStrings(names), MARKER_LEVELS.of(levels), MARKER_COLORS.ofStrings(colors),
                MARKER_TYPES.of(types), MARKER_LOW_LEVELS.of(lows), MARKER_HIGH_LEVELS.of(highs));
    }

    /** "index=1;class=supplyThatIsConsumed;type=ink;unit=percent;maxcapacity=100;level=70;colorantname=cyan;". */
    static String supplyValue(int index, SupplySpec sp, int level) {
        StringBuilder b = new StringBuilder(120);
        b.append("index=").append(index).append(';');
        b.append("class=").append(sp.consumed() ? "supplyThatIsConsumed" : "receptacleThatIsFilled").append(';');
        b.append("type=").append(mibType(sp.type())).append(';');
        b.append("unit=percent;maxcapacity=100;");
        b.append("level=").append(level).append(';');
        if (sp.colorant() != null) {
            b.append("colorantname=").append(sp.colorant()).append(';');
        }
        return b.toString();
    }

    /** The level as IPP reports it: a percentage (space left for a receptacle), or −2 when not reported. */
    static int percent(SnmpProfile profile, SupplySpec sp, int level) {
        return profile.levelsReported() ? sp.percent(PrinterMib.mibLevel(sp, level)) : SnmpProfile.UNKNOWN;
    }

    /** The PrtMarkerSuppliesTypeTC keyword (IANA-PRINTER-MIB), as PWG 5100.13's "type" uses it. */
    static String mibType(int type) {
        return switch (type) {
            case 3 -> "toner";
            case SupplySpec.TYPE_WASTE_TONER -> "wasteToner";
            case SupplySpec.TYPE_INK -> "ink";
            case 6 -> "inkCartridge";
            case SupplySpec.TYPE_WASTE_INK -> "wasteInk";
            case SupplySpec.TYPE_TONER_CARTRIDGE -> "tonerCartridge";
            default -> "other";
        };
    }

    /** CUPS's marker-types keyword for the same type: the MIB keyword in lower case with dashes. */
    static String cupsType(int type) {
        return mibType(type).replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** "#RRGGBB" of a colorant name, "none" for a supply without colorant (a waste receptacle). */
    static String color(String colorant) {
        if (colorant == null) {
            return "none";
        }
        return switch (colorant) {
            case "black" -> "#000000";
            case "cyan" -> "#00FFFF";
            case "magenta" -> "#FF00FF";
            case "yellow" -> "#FFFF00";
            default -> "#808080";
        };
    }

    private static List<com.hp.jipp.encoding.Text> texts(List<String> strings) {
        return strings.stream().map(com.hp.jipp.encoding.Text::new).toList();
    }
}
