package org.openenpc.model;

import java.time.Instant;
import java.util.List;

/**
 * What one printer told us over IPP in one Get-Printer-Attributes (RFC 8011; supplies per PWG 5100.13 and CUPS's
 * {@code marker-*} attributes). Text that was not reported is {@code ""}; numbers not reported are null.
 * Immutable; safe to share between threads.
 *
 * <p>Text is exact, as the printer sent it, and may hold control characters a hostile device sent: pass it
 * through {@link SafeText} before showing it. {@link #attributes()} keeps every attribute of the reply, known
 * or not, so nothing the printer said is lost.
 *
 * @param uri            the printer URI that was asked, e.g. {@code ipp://127.0.0.5:631/ipp/print}
 * @param makeAndModel   printer-make-and-model
 * @param name           printer-name
 * @param location       printer-location
 * @param info           printer-info
 * @param uuid           printer-uuid without its {@code urn:uuid:} prefix, lower case; "" when not reported
 * @param state          printer-state as a word: "idle", "processing", "stopped", or "" when not reported
 * @param stateReasons   printer-state-reasons keywords as sent (e.g. "media-jam-error"), "none" left out
 * @param stateMessage   printer-state-message
 * @param conditions     the reasons in OpenENPC's condition vocabulary (the SNMP keys: "paper-jam", "cover-open",
 *                       …; "ipp-KEYWORD" for a reason without one), errors first; source "printer-state-reasons"
 * @param supplies       printer-supply (else the marker-* attributes) as supplies, source "IPP"
 * @param deviceId       printer-device-id (IEEE 1284 device ID)
 * @param moreInfo       printer-more-info: the printer's own web page (Web Config), "" when not reported
 * @param urisSupported  printer-uri-supported, in the printer's order
 * @param firmware       printer-firmware-string-version (first value), else ""
 * @param pageCount      printer-impressions-completed, null when not reported
 * @param attributes     every printer attribute of the reply, in order, with its values as text
 * @param readAt         when the reply arrived
 * @param silentSince    null while the latest request answered; else when requests first went unanswered, and
 *                       everything else here is the last answer, from {@code readAt}
 */
public record IppView(String uri, String makeAndModel, String name, String location, String info, String uuid,
                      String state, List<String> stateReasons, String stateMessage, List<SnmpCondition> conditions,
                      List<Supply> supplies, String deviceId, String moreInfo, List<String> urisSupported,
                      String firmware, Long pageCount, List<IppAttribute> attributes, Instant readAt,
                      Instant silentSince) {

    /** Where an IPP supply's level came from ({@link Supply#source()}). */
    public static final String SOURCE = "IPP";

    public IppView {
        stateReasons = List.copyOf(stateReasons);
        conditions = List.copyOf(conditions);
        supplies = List.copyOf(supplies);
        urisSupported = List.copyOf(urisSupported);
        attributes = List.copyOf(attributes);
    }

    /** True when the printer stopped answering IPP after this was read: the values are its last known ones. */
    public boolean stale() {
        return silentSince != null;
    }

    /** This view marked as not answered since {@code at} (unchanged when already marked: the first miss counts). */
    public IppView silent(Instant at) {
        return stale() ? this : new IppView(uri, makeAndModel, name, location, info, uuid, state, stateReasons,
                stateMessage, conditions, supplies, deviceId, moreInfo, urisSupported, firmware, pageCount, attributes,
                readAt, at);
    }

    /** True when at least one condition is an error. */
    public boolean hasError() {
        return conditions.stream().anyMatch(c -> c.severity() == SnmpCondition.Severity.ERROR);
    }
}
