package org.openenpc.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything about a simulated printer that changes while it runs: the ESC/POS status bits, the
 * errors ESC/POS has no bit for, the supply levels and the page count. Every change returns a new
 * state, so readers (the ENPC and SNMP threads) see one consistent picture without locking.
 * Immutable; any thread.
 *
 * <p>Cover open and paper out live in {@link #status()} (one truth for ENPC and SNMP); jam, ink
 * out and waste-ink full in {@link #flags()}. Where levels are reported, "ink out" and "a
 * consumable at 0" go together: raising empties the first cartridge, draining one to 0 raises it,
 * and clearing refills every empty one (new cartridges). Likewise the waste pad: full ⇔ raised.
 *
 * @param status the ESC/POS status (offline, cover open, paper near end / end, ...)
 * @param flags  raised errors that are not in {@code status}: jam, ink out, waste-ink full
 * @param levels supply levels, index for index with {@link SnmpProfile#supplies()}
 * @param pages  pages printed (prtMarkerLifeCount)
 */
public record SimState(SimStatus status, Set<SimError> flags, List<Integer> levels, long pages) {

    public SimState {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        levels = List.copyOf(levels);
    }

    /** The state of a fresh printer: the given status, the profile's levels and initial errors. */
    static SimState initial(SimStatus status, SnmpProfile profile, int printerIndex) {
        List<Integer> levels = new ArrayList<>();
        for (SupplySpec s : profile.supplies()) {
            levels.add(s.consumed() ? varied(s, printerIndex) : s.initialLevel());
        }
        SimState st = new SimState(status, Set.of(), levels, 0);
        for (SimError e : profile.initialErrors()) {
            st = st.raise(e, profile);
        }
        return st;
    }

    /** Printers of one profile start at different levels (up to a third lower), so a fleet looks real. */
    private static int varied(SupplySpec s, int printerIndex) {
        int spread = s.initialLevel() / 3;
        return spread == 0 ? s.initialLevel() : s.initialLevel() - (int) ((printerIndex * 7919L) % spread);
    }

    /** Every error now in force, from {@link #status()} and {@link #flags()}, in {@link SimError} order. */
    public Set<SimError> errors() {
        EnumSet<SimError> out = flags.isEmpty() ? EnumSet.noneOf(SimError.class) : EnumSet.copyOf(flags);
        if (status.paperEnd()) {
            out.add(SimError.PAPER_OUT);
        }
        if (status.coverOpen()) {
            out.add(SimError.COVER_OPEN);
        }
        return out;
    }

    /** True when the printer cannot print: any error, or offline. */
    public boolean blocked() {
        return status.offline() || !errors().isEmpty();
    }

    SimState withStatus(SimStatus s) {
        return new SimState(s, flags, levels, pages);
    }

    /** This state with {@code e} raised; IllegalArgumentException when the profile cannot have it. */
    SimState raise(SimError e, SnmpProfile profile) {
        requireSupported(e, profile);
        List<Integer> lv = new ArrayList<>(levels);
        switch (e) {
            case PAPER_OUT:
                return withStatus(status.withPaperEnd(true));
            case COVER_OPEN:
                return withStatus(status.withCoverOpen(true));
            case INK_OUT:
                if (profile.levelsReported() && !anyConsumableEmpty(profile)) {
                    lv.set(firstConsumable(profile), 0);
                }
                break;
            case WASTE_INK_FULL:
                int w = profile.wasteIndex();
                if (w >= 0 && profile.levelsReported()) {
                    lv.set(w, profile.supplies().get(w).maxCapacity());
                }
                break;
            default: // PAPER_JAM
                break;
        }
        return new SimState(status, plus(flags, e), lv, pages);
    }

    /** This state with {@code e} cleared (cartridges refilled, waste pad replaced, paper loaded...). */
    SimState clear(SimError e, SnmpProfile profile) {
        List<Integer> lv = new ArrayList<>(levels);
        switch (e) {
            case PAPER_OUT:
                return withStatus(status.withPaperEnd(false));
            case COVER_OPEN:
                return withStatus(status.withCoverOpen(false));
            case INK_OUT:
                for (int i = 0; i < lv.size(); i++) {
                    SupplySpec s = profile.supplies().get(i);
                    if (s.consumed() && lv.get(i) == 0) {
                        lv.set(i, s.maxCapacity());
                    }
                }
                break;
            case WASTE_INK_FULL:
                int w = profile.wasteIndex();
                if (w >= 0) {
                    lv.set(w, 0);
                }
                break;
            default: // PAPER_JAM
                break;
        }
        EnumSet<SimError> f = flags.isEmpty() ? EnumSet.noneOf(SimError.class) : EnumSet.copyOf(flags);
        f.remove(e);
        return new SimState(status, f, lv, pages);
    }

    /**
     * Prints up to {@code n} pages, one at a time, until the printer is blocked: each page adds one to
     * the count, takes one unit from every consumable and adds one to the waste pad (when levels are
     * reported). A consumable reaching 0 raises {@link SimError#INK_OUT}; a full pad
     * {@link SimError#WASTE_INK_FULL}. How many pages were printed is {@code pages()} − old {@code pages()}.
     */
    SimState print(int n, SnmpProfile profile) {
        if (n < 0) {
            throw new IllegalArgumentException("pages must not be negative, not " + n);
        }
        SimState s = this;
        for (int i = 0; i < n && !s.blocked(); i++) {
            s = s.printOne(profile);
        }
        return s;
    }

    private SimState printOne(SnmpProfile profile) {
        EnumSet<SimError> f = flags.isEmpty() ? EnumSet.noneOf(SimError.class) : EnumSet.copyOf(flags);
        List<Integer> lv = new ArrayList<>(levels);
        if (profile.levelsReported()) {
            for (int i = 0; i < lv.size(); i++) {
                SupplySpec sp = profile.supplies().get(i);
                int v = lv.get(i) + (sp.consumed() ? -1 : 1);
                lv.set(i, v);
                if (sp.consumed() && v == 0) {
                    f.add(SimError.INK_OUT);
                } else if (!sp.consumed() && v >= sp.maxCapacity()) {
                    f.add(SimError.WASTE_INK_FULL);
                }
            }
        }
        return new SimState(status, f, lv, pages + 1);
    }

    private boolean anyConsumableEmpty(SnmpProfile profile) {
        for (int i = 0; i < levels.size(); i++) {
            if (profile.supplies().get(i).consumed() && levels.get(i) == 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstConsumable(SnmpProfile profile) {
        for (int i = 0; i < profile.supplies().size(); i++) {
            if (profile.supplies().get(i).consumed()) {
                return i;
            }
        }
        throw new IllegalStateException("no consumable");
    }

    private static void requireSupported(SimError e, SnmpProfile profile) {
        if (!profile.supports(e)) {
            throw new IllegalArgumentException(e.cliName() + " is not possible on this profile ("
                    + (e == SimError.INK_OUT ? "it has no ink or toner" : "it has no waste-ink pad") + ")");
        }
    }

    private static Set<SimError> plus(Set<SimError> set, SimError e) {
        EnumSet<SimError> f = set.isEmpty() ? EnumSet.noneOf(SimError.class) : EnumSet.copyOf(set);
        f.add(e);
        return f;
    }
}
