package org.openenpc.discovery;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Observation;
import org.openenpc.model.RegistryChange;

/**
 * What one scan believes (issue 10), in one place: which source addresses count ({@link ReplyScope}),
 * which new addresses may still add a device (the broadcast device cap of {@link ScanBudget}), and
 * which MAC each address has ({@link ScanIdentity}), applied to the registry. It counts what it turns
 * away. Scan thread only.
 */
final class ScanGate {

    private final ReplyScope trusted;
    private final ScanBudget budget;
    private final ScanIdentity identity = new ScanIdentity();
    private final Set<Integer> seen = new HashSet<>();
    /** For the registry: whether an address answered in this scan (one instance, not one per reply). */
    private final Predicate<String> answeredAt = ip -> seen.contains(Ipv4.parseIPv4(ip));
    private final Set<String> warnings;
    private int broadcastDevices;
    private long outOfScope;
    private long overCap;

    /** @param warnings where the scan collects the problems it survived (the cap warning goes there) */
    ScanGate(ReplyScope trusted, ScanBudget budget, Set<String> warnings) {
        this.trusted = trusted;
        this.budget = budget;
        this.warnings = warnings;
    }

    /** Whether a datagram from {@code ip} is looked at at all; counted as out of scope when not. */
    boolean inScope(int ip) {
        if (trusted.contains(ip)) {
            return true;
        }
        outOfScope++; // never decoded, listed or followed up: a forged source steers nothing
        return false;
    }

    /** Whether {@code ip} has answered in this scan. */
    boolean answered(int ip) {
        return seen.contains(ip);
    }

    /**
     * Whether a reply from a new address may add a device: unicast targets always (one device each),
     * addresses on a broadcast's subnet up to {@link ScanBudget#MAX_BROADCAST_DEVICES}; counted as over
     * the cap when not.
     */
    boolean admit(int ip) {
        if (trusted.onBroadcastSubnet(ip)) {
            if (!budget.admitsBroadcastDevice(broadcastDevices)) {
                warnings.add("Stopped listing devices at the cap of " + ScanBudget.MAX_BROADCAST_DEVICES
                        + " found by broadcast; replies from further addresses were ignored.");
                overCap++;
                return false;
            }
            broadcastDevices++;
        }
        seen.add(ip);
        return true;
    }

    /**
     * What merging one reply did.
     *
     * @param change   the registry's change, or null when nothing changed
     * @param conflict the reply carried a MAC that is not the address's: it is no answer from the device
     */
    record Merged(RegistryChange change, boolean conflict) {
    }

    /**
     * Merges what a reply from {@code ip} told, by the identity rule: a conflicting MAC is recorded and
     * nothing else; a MAC confirmed over the one shown corrects the device first (that change goes to
     * {@code report}).
     */
    Merged merge(int ip, Observation o, DeviceRegistry registry, Consumer<RegistryChange> report) {
        if (o.mac() != null) {
            switch (identity.classify(ip, o.mac())) {
                case CONFLICT:
                    return new Merged(registry.conflict(o.ip(), o.mac()), true);
                case CORRECTED:
                    RegistryChange corrected = registry.correctMac(o.ip(), o.mac());
                    if (corrected != null) {
                        report.accept(corrected);
                    }
                    break;
                default:
                    break;
            }
        }
        return new Merged(registry.upsert(o, answeredAt), false);
    }

    /** Devices admitted in this scan. */
    int devices() {
        return seen.size();
    }

    long outOfScope() {
        return outOfScope;
    }

    long overCap() {
        return overCap;
    }
}
