package org.openenpc.monitor;

import org.openenpc.model.SnmpCondition;
import org.openenpc.model.Supply;

/**
 * Something that became worse in a round: an SNMP error that was not there before, or a consumable that
 * fell to or below the low threshold (or ran empty). Only transitions count, so a printer that stays in
 * error is reported once. Immutable; any thread.
 *
 * @param condition the new error, for {@link Kind#ERROR}; else null
 * @param supply    the supply, for {@link Kind#SUPPLY_LOW} and {@link Kind#SUPPLY_EMPTY}; else null
 */
public record Problem(Kind kind, SnmpCondition condition, Supply supply) {

    public enum Kind { ERROR, SUPPLY_LOW, SUPPLY_EMPTY }

    static Problem error(SnmpCondition c) {
        return new Problem(Kind.ERROR, c, null);
    }

    static Problem low(Supply s) {
        return new Problem(s.percent() == null ? Kind.SUPPLY_EMPTY : Kind.SUPPLY_LOW, null, s);
    }
}
