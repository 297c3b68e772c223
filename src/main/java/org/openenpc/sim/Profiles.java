package org.openenpc.sim;

import java.util.List;
import java.util.Locale;

/**
 * Chooses profiles for a range of simulated printers: one profile for all, or {@link #MIX}, a
 * repeating cycle that looks like a shop floor (mostly TM receipt printers, one inkjet and one
 * scanner in ten). Immutable; any thread.
 */
public final class Profiles {

    /** Eight TM printers, one inkjet, one scanner; printer i gets {@code MIX.get(i % 10)}. */
    public static final List<PrinterProfile> MIX = List.of(
            PrinterProfile.TM_T88V, PrinterProfile.TM_M30, PrinterProfile.TM_M30II,
            PrinterProfile.TM_T88V, PrinterProfile.TM_M30, PrinterProfile.TM_M30II,
            PrinterProfile.INKJET, PrinterProfile.TM_T88V, PrinterProfile.TM_M30II,
            PrinterProfile.SCANNER);

    /**
     * An office of every kind of network printer, each with supplies: an Epson inkjet (ENPC, SNMP and IPP), an
     * IPP-only laser and colour inkjet of other makers, an Epson laser and an ET-2850. What {@code simulate --ipp}
     * cycles through when no profile is named (without IPP the IPP-only ones could not answer).
     */
    public static final List<PrinterProfile> OFFICE = List.of(
            PrinterProfile.INKJET, PrinterProfile.IPP_LASER, PrinterProfile.IPP_INKJET, PrinterProfile.LASER,
            PrinterProfile.ET_2850);

    private Profiles() {
    }

    /** The profile of the printer at {@code index} (0-based) when printers cycle through {@code cycle}. */
    public static PrinterProfile at(List<PrinterProfile> cycle, int index) {
        return cycle.get(index % cycle.size());
    }

    /**
     * Parses a command-line choice: "mix" gives {@link #MIX}, "office" {@link #OFFICE}, a profile name gives a one-element
     * cycle. Throws IllegalArgumentException listing the accepted names.
     */
    public static List<PrinterProfile> parse(String choice) {
        if ("mix".equals(choice.trim().toLowerCase(Locale.ROOT))) {
            return MIX;
        }
        if ("office".equals(choice.trim().toLowerCase(Locale.ROOT))) {
            return OFFICE;
        }
        try {
            return List.of(PrinterProfile.ofCliName(choice));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown profile \"" + choice + "\"; use one of " + names(), e);
        }
    }

    /** "mix, office, tm-t88v, tm-m30, tm-m30ii, inkjet, et-2850, laser, scanner, ipp-laser, ipp-inkjet". */
    public static String names() {
        StringBuilder sb = new StringBuilder("mix, office");
        for (PrinterProfile p : PrinterProfile.values()) {
            sb.append(", ").append(p.cliName());
        }
        return sb.toString();
    }
}
