package org.openenpc.inventory;

import org.openenpc.model.UserFields;
import java.time.Instant;

import org.openenpc.model.MacAddress;

/**
 * One device the inventory remembers, as of its latest recorded reply. Immutable.
 *
 * @param id          the inventory's key (stable while the device is kept)
 * @param mac         its hardware address, null for a device known only by UUID or address
 * @param uuid        its printer UUID (IPP, DNS-SD), lower case; "" when never reported
 * @param address     the address it last answered from
 * @param model       its model, "" when never reported
 * @param serial      its serial number, "" when never reported
 * @param firstSeen   its first recorded reply
 * @param lastSeen    its latest recorded reply
 * @param present     false once a complete scan of its address did not see it
 * @param statusLevel the latest status level ("ERROR", "WARNING", "OK", "UNKNOWN"), "" when never recorded
 * @param statusText  the latest status in words, "" when never recorded
 * @param pages       the latest page count, null when never reported
 * @param user        what the user wrote about it
 */
public record KnownDevice(long id, MacAddress mac, String uuid, String address, String model, String serial, Instant firstSeen,
                          Instant lastSeen, boolean present, String statusLevel, String statusText, Long pages,
                          UserFields user) {

    /** The MAC as text, "" when unknown. */
    public String macText() {
        return mac == null ? "" : mac.toString();
    }
}
