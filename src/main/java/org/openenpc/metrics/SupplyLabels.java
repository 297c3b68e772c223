package org.openenpc.metrics;

import java.util.Locale;

import org.openenpc.model.Supply;

/**
 * The {@code kind} label of a supply: ink, toner, waste, paper, ribbon or other. The model keeps only what
 * the merge of sources needs ({@link Supply.Kind}: colorant, waste, other), so a colorant is told apart by
 * its name (a laser's "Toner Cartridge", a label printer's "Ribbon"; else ink, the Epson inkjets' ST2
 * records), and an other supply that names paper or media is paper. Stateless; any thread.
 */
final class SupplyLabels {

    private SupplyLabels() {
    }

    static String kind(Supply s) {
        String name = s.name().toLowerCase(Locale.ROOT);
        return switch (s.kind()) {
            case WASTE -> "waste";
            case COLORANT -> name.contains("toner") ? "toner" : name.contains("ribbon") ? "ribbon" : "ink";
            case OTHER -> name.contains("paper") || name.contains("media") ? "paper"
                    : name.contains("toner") ? "toner" : name.contains("ribbon") ? "ribbon" : "other";
        };
    }

    /** 0–1, or null when the level is unknown (never exported as 0). */
    static Double ratio(Supply s) {
        Integer p = s.percent();
        return p == null ? null : Math.max(0, Math.min(100, p)) / 100.0;
    }
}
