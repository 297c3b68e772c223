package org.openenpc.discovery;

import java.util.HashMap;
import java.util.Map;

import org.openenpc.model.MacAddress;

/**
 * Which MAC each address has in one scan (issue 10: "ghost printers", "one MAC hides another"). An
 * address is one device per scan, and a different MAC from the same address is a conflict on that
 * device, never a new device. Which MAC is the device's own:
 * <ul>
 * <li>the first MAC seen <em>twice</em> from the address in this scan (a printer repeats its MAC in its
 * probe reply, NIC information, network configuration and card information; a flood of forged replies
 * with random MACs never repeats one), and until one is, the first MAC seen;</li>
 * <li>once a MAC is confirmed that way it stays: every other MAC is a conflict.</li>
 * </ul>
 * So a burst of random MACs that arrives before or around the printer's own replies does not take its
 * place. Somebody who can forge the address and repeats one fake MAC more often can still claim it (ENPC
 * has no authentication); the device is then flagged with the conflict either way.
 *
 * <p>Bounded: a MAC and a count per address that answered (addresses are bounded by the scope and the
 * device cap); only addresses that see several MACs get a table of candidates, which grows from
 * {@value #FIRST_SLOTS} to {@value #MAX_SLOTS} entries while it fills, within {@value #TOTAL_SLOTS}
 * entries for the whole scan (8 bytes each). Scan thread only.
 */
final class ScanIdentity {

    static final int FIRST_SLOTS = 64;
    static final int MAX_SLOTS = 4096;
    static final int TOTAL_SLOTS = 1 << 20;
    private static final int PROBES = 8;

    /** What a MAC from an address means for the device there. */
    enum Verdict {
        /** The address's MAC (for now): merge the reply. */
        OWN,
        /** Another MAC was confirmed (seen twice) over the one shown: correct the device's MAC, then merge. */
        CORRECTED,
        /** Another MAC from an address that has one: record the conflict, merge nothing else. */
        CONFLICT
    }

    private static final class State {
        MacAddress mac;
        int count;
        boolean confirmed;
        /** Other MACs seen, packed as mac &lt;&lt; 16 | count (0 = empty); null until a second MAC appears. */
        long[] candidates;
        int used;
    }

    private final Map<Integer, State> byIp = new HashMap<>();
    private int totalSlots;

    Verdict classify(int ip, MacAddress mac) {
        State s = byIp.get(ip);
        if (s == null) {
            s = new State();
            s.mac = mac;
            s.count = 1;
            byIp.put(ip, s);
            return Verdict.OWN;
        }
        if (s.mac.equals(mac)) {
            s.count++;
            s.confirmed |= s.count >= 2;
            return Verdict.OWN;
        }
        if (s.confirmed) {
            return Verdict.CONFLICT;
        }
        if (count(s, mac.value()) >= 2) {
            s.mac = mac;
            s.count = 2;
            s.confirmed = true;
            s.candidates = null; // decided: the table is no longer needed
            totalSlots -= s.used;
            return Verdict.CORRECTED;
        }
        return Verdict.CONFLICT;
    }

    /** Counts one more sighting of {@code mac} in the candidates; returns its count (0 when not kept). */
    private int count(State s, long mac) {
        if (s.candidates == null) {
            if (totalSlots + FIRST_SLOTS > TOTAL_SLOTS) {
                return 0;
            }
            s.candidates = new long[FIRST_SLOTS];
            totalSlots += FIRST_SLOTS;
        }
        long[] t = s.candidates;
        int mask = t.length - 1;
        int h = hash(mac);
        int replace = -1;
        for (int i = 0; i < PROBES; i++) {
            int slot = (h + i) & mask;
            long e = t[slot];
            if (e == 0) {
                t[slot] = mac << 16 | 1;
                s.used++;
                grow(s);
                return 1;
            }
            if (e >>> 16 == mac) {
                int c = (int) Math.min(0xFFFF, (e & 0xFFFF) + 1);
                t[slot] = mac << 16 | c;
                return c;
            }
            if (replace < 0 && (e & 0xFFFF) == 1) {
                replace = slot;
            }
        }
        if (replace >= 0) {
            t[replace] = mac << 16 | 1; // a MAC seen once gives way: floods never repeat one
            return 1;
        }
        return 0;
    }

    /** Where a MAC's probe sequence starts (mixed: MACs of one vendor share their high bits). */
    private static int hash(long mac) {
        return (int) (mac ^ (mac >>> 17) ^ (mac >>> 31)) * 0x9E3779B1;
    }

    /** Doubles a table that is half full, up to its limits. */
    private void grow(State s) {
        long[] t = s.candidates;
        if (s.used * 2 < t.length || t.length >= MAX_SLOTS || totalSlots + t.length > TOTAL_SLOTS) {
            return;
        }
        long[] bigger = new long[t.length * 2];
        int mask = bigger.length - 1;
        for (long e : t) {
            if (e != 0) {
                int h = hash(e >>> 16);
                for (int i = 0; i < PROBES; i++) {
                    int slot = (h + i) & mask;
                    if (bigger[slot] == 0) {
                        bigger[slot] = e;
                        break;
                    }
                }
            }
        }
        totalSlots += t.length;
        s.candidates = bigger;
    }
}
