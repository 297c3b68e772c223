package org.openenpc.sim;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Applies {@link Faults} to one printer's traffic. Each printer draws from its own generator, split
 * in list order from the simulator's seed, so its fate depends only on the seed and on the requests
 * it received, not on how the selector interleaved other printers. Draws happen only for faults
 * that are switched on. Used only on the simulator thread (except {@link #chooseSilent}, called
 * while the simulator is built).
 */
final class FaultInjector {

    /** Salt for the silent-printer choice, so it does not reuse the per-printer stream. */
    private static final long SILENT_SALT = 0x5113_47L;

    private final Faults faults;

    FaultInjector(Faults faults) {
        this.faults = faults;
    }

    Faults faults() {
        return faults;
    }

    /** One generator per printer, in order, all derived from {@code seed}. */
    static List<SplittableRandom> generators(long seed, int count) {
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(root.split());
        }
        return out;
    }

    /**
     * Exactly {@code round(share × count)} printer indices, picked by a partial Fisher–Yates shuffle
     * seeded by {@code seed}: the same printers stay silent on every run with that seed.
     */
    static BitSet chooseSilent(double share, int count, long seed) {
        int silent = (int) Math.round(share * count);
        int[] idx = new int[count];
        for (int i = 0; i < count; i++) {
            idx[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed ^ SILENT_SALT);
        BitSet chosen = new BitSet(count);
        for (int i = 0; i < silent; i++) {
            int j = i + r.nextInt(count - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
            chosen.set(idx[i]);
        }
        return chosen;
    }

    boolean dropRequest(SplittableRandom r) {
        return hit(r, faults.requestLoss());
    }

    boolean dropReply(SplittableRandom r) {
        return hit(r, faults.replyLoss());
    }

    /** The reply as sent: usually unchanged, a malformed variant with the configured share. */
    byte[] damage(SplittableRandom r, byte[] reply) {
        return hit(r, faults.malformed()) ? Malformer.malform(r, reply) : reply;
    }

    /** 2 when the reply is to be duplicated, else 1. */
    int copies(SplittableRandom r) {
        return hit(r, faults.duplicate()) ? 2 : 1;
    }

    /** Base delay + uniform 0..jitter + the printer's own extra delay, in nanoseconds. */
    long delayNanos(SplittableRandom r, SimulatedPrinter p) {
        long nanos = faults.delay().toNanos() + p.extraDelay().toNanos();
        long jitter = faults.jitter().toNanos();
        return jitter > 0 ? nanos + r.nextLong(jitter + 1) : nanos;
    }

    private static boolean hit(SplittableRandom r, double p) {
        return p > 0 && (p >= 1 || r.nextDouble() < p);
    }
}
