package org.openenpc.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One remembered level of one supply: what the printer said at a moment. Immutable; any thread.
 *
 * @param at      when the level was read
 * @param percent 0–100 as {@link Supply#percent()} means it (supply left, or space left of a
 *                {@link Supply.Kind#WASTE} receptacle), or null when the level was unknown then
 */
public record LevelPoint(Instant at, Integer percent) {

    public LevelPoint {
        Objects.requireNonNull(at, "at");
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("percent " + percent + " is outside 0–100");
        }
    }
}
