package org.openenpc.monitor;

import java.time.Instant;
import java.util.List;

import org.openenpc.discovery.Ipv4;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.model.Printer;

/**
 * One finished round of a {@link PrinterMonitor}: the scan it ran and the changes it found. Immutable;
 * any thread.
 *
 * @param number    1 for the monitor's first round
 * @param purpose   why it ran
 * @param scope     what the round asked
 * @param startedAt when the round started
 * @param endedAt   when it ended (the events' time)
 * @param summary   how its scan ended
 * @param answered  the devices that answered this round, as now known
 * @param events    what changed, in order
 */
public record MonitorRound(int number, Purpose purpose, ScanScope scope, Instant startedAt, Instant endedAt, ScanSummary summary,
                           List<Printer> answered, List<MonitorEvent> events) {

    /** Why a round ran. */
    public enum Purpose {
        /** A scan of the discovery scope (the user's Scan, watch's first and rediscovery rounds). */
        SCAN,
        /** A monitoring round: the known devices asked again. */
        REFRESH,
        /** One device asked on the user's request: says nothing of the others. */
        QUERY
    }

    public MonitorRound {
        answered = List.copyOf(answered);
        events = List.copyOf(events);
    }

    /**
     * True when the scan ran to its end: not cancelled, not failed, not stopped at its deadline. Only a
     * complete round says who is offline (a cut-short scan proves nothing about who did not answer).
     */
    public boolean complete() {
        return !summary.cancelled() && !summary.failed() && !summary.deadlineReached();
    }

    /**
     * True when this round asked {@code ip}: every address for a broadcast scope, else the unicast targets. A
     * complete round that asked a device and heard nothing from it saw it gone.
     */
    public boolean covers(String ip) {
        return covers(scope, ip);
    }

    static boolean covers(ScanScope scope, String ip) {
        if (!scope.broadcasts().isEmpty() || scope.includeInterfaceBroadcasts()) {
            return true;
        }
        try {
            return scope.unicastPlan().contains(Ipv4.parseIPv4(ip));
        } catch (RuntimeException notIpv4) { // ScopeException: an address-only key that is no IPv4
            return false;
        }
    }
}
