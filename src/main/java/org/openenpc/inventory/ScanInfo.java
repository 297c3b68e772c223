package org.openenpc.inventory;

import java.time.Duration;
import java.time.Instant;

/**
 * A recorded scan. Immutable.
 *
 * @param id       its number in this inventory (ascending with time)
 * @param answered how many devices answered it
 * @param added    devices it saw for the first time
 * @param gone     devices it covered that did not answer (complete scans only)
 * @param moved    devices it heard at a new address
 */
public record ScanInfo(long id, Instant startedAt, Instant endedAt, String scope, String purpose, boolean complete,
                       int answered, int added, int gone, int moved) {

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }
}
