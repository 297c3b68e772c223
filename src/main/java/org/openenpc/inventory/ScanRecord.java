package org.openenpc.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.openenpc.model.Printer;

/**
 * One scan to record: when it ran, what it asked and who answered.
 *
 * @param startedAt when it started
 * @param endedAt   when it ended
 * @param scope     what it asked, in words (e.g. "127.0.0.0/24 (256 addresses), port 3289")
 * @param purpose   why it ran ("SCAN", "REFRESH", "QUERY")
 * @param complete  true when it ran to its end and asked everyone in its scope: only then does a
 *                  device it covers but did not hear count as gone
 * @param covers    whether the scan asked a given address (broadcasts cover every address)
 * @param answered  the devices that answered, as now known
 */
public record ScanRecord(Instant startedAt, Instant endedAt, String scope, String purpose, boolean complete,
                         Predicate<String> covers, List<Printer> answered) {

    public ScanRecord {
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(endedAt);
        scope = Objects.requireNonNullElse(scope, "");
        purpose = Objects.requireNonNullElse(purpose, "SCAN");
        Objects.requireNonNull(covers);
        answered = List.copyOf(answered);
    }
}
