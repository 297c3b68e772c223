package org.openenpc.inventory;

import java.time.Instant;
import java.util.List;

import org.openenpc.model.SupplySeries;

/**
 * Everything the inventory kept of one device since a date, oldest first. Immutable.
 *
 * @param device    the device as now known
 * @param addresses every address it answered from, with the dates
 * @param presence  when it was present: from its first reply of a run to the scan that missed it
 * @param statuses  its status changes
 * @param pages     its page-count changes
 * @param supplies  one level series per supply
 */
public record DeviceHistory(KnownDevice device, List<AddressSpan> addresses, List<Span> presence,
                            List<StatusChange> statuses, List<PageCount> pages, List<SupplySeries> supplies) {

    public DeviceHistory {
        addresses = List.copyOf(addresses);
        presence = List.copyOf(presence);
        statuses = List.copyOf(statuses);
        pages = List.copyOf(pages);
        supplies = List.copyOf(supplies);
    }

    /** An address and the first and latest reply from it. */
    public record AddressSpan(String address, Instant firstSeen, Instant lastSeen) {
    }

    /** A run of presence: {@code goneAt} is the start of the scan that missed it, null while present. */
    public record Span(Instant from, Instant goneAt) {
    }

    /** A status as recorded from {@code at} on. */
    public record StatusChange(Instant at, String level, String text) {
    }

    /** A page count as recorded from {@code at} on. */
    public record PageCount(Instant at, long pages) {
    }
}
