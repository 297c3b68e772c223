package org.openenpc.mdns;

import java.util.List;

import org.openenpc.model.MdnsService;

/**
 * What one {@link MdnsBrowser#browse} window found.
 *
 * @param services the services resolved and not removed by the end of the window, sorted by address, type, name
 * @param dropped  services ignored because the browser already held its maximum
 * @param closedInTime false when JmDNS had not finished closing within the bound (its threads end later)
 */
public record MdnsFindings(List<MdnsService> services, long dropped, boolean closedInTime) {

    public MdnsFindings {
        services = List.copyOf(services);
    }
}
