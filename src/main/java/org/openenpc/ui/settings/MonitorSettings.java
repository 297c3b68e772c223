package org.openenpc.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.openenpc.ipp.IppSettings;
import org.openenpc.ipp.IppTrust;
import org.openenpc.snmp.SnmpSettings;
import org.openenpc.ui.Messages;

/**
 * SNMP and IPP status reads and periodic monitoring, saved as the {@code "monitor"} object of the settings
 * file (a file from before {@code ippProbe} existed loads with it off: the store fills missing values from
 * {@link #defaults()}). The constructor checks every value with a sentence naming it, so an invalid one cannot exist
 * (a hand-edited file with a bad value is reported and replaced by the defaults, as for the rest).
 * Immutable; any thread.
 *
 * @param snmp             read each printer's status over SNMP (supplies, errors, page count)
 * @param snmpPort         the printers' SNMP UDP port, 1–65535 (161)
 * @param snmpCommunity    the read community ("public"), non-empty printable ASCII
 * @param monitoring       refresh the known printers every {@code refreshSeconds}
 * @param refreshSeconds   seconds between refreshes, {@value #MIN_REFRESH}–{@value #MAX_REFRESH}
 * @param lowSupplyPercent a supply at or below this level needs attention, 0–100 (15)
 * @param ippProbe         ask every scanned address over IPP (port 631), so printers that answer neither ENPC nor
 *                         SNMP are found; off by default (a TCP connection per address). Without it IPP is still read
 *                         from the printers already known to answer it
 * @param mdns             browse DNS-SD (mDNS) on the interfaces in scope, beside the ENPC broadcast (on by default;
 *                         only interface scopes browse)
 * @param ippCertificates  printer certificates the user accepted for ipps, by SHA-256 fingerprint (64 hex digits,
 *                         lower case, pairs joined by ':'), at most {@value #MAX_CERTIFICATES}; each is an explicit
 *                         choice made after seeing the fingerprint, never a blanket trust
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonitorSettings(boolean snmp, int snmpPort, String snmpCommunity, boolean monitoring,
                              int refreshSeconds, int lowSupplyPercent, boolean ippProbe, boolean mdns,
                              List<String> ippCertificates) {

    public static final int MIN_REFRESH = 10;
    public static final int MAX_REFRESH = 3600;
    public static final int DEFAULT_REFRESH = 60;
    public static final int DEFAULT_LOW_SUPPLY = 15;
    public static final int MAX_CERTIFICATES = 256;

    public MonitorSettings {
        snmpCommunity = snmpCommunity == null ? SnmpSettings.DEFAULT_COMMUNITY : snmpCommunity;
        if (snmpPort < 1 || snmpPort > 65_535) {
            throw new IllegalArgumentException(Messages.format("settings.error.snmpPort", "1", "65535"));
        }
        if (!communityOk(snmpCommunity)) {
            throw new IllegalArgumentException(Messages.get("settings.error.community"));
        }
        if (refreshSeconds < MIN_REFRESH || refreshSeconds > MAX_REFRESH) {
            throw new IllegalArgumentException(Messages.format("settings.error.refresh",
                    String.valueOf(MIN_REFRESH), String.valueOf(MAX_REFRESH)));
        }
        if (lowSupplyPercent < 0 || lowSupplyPercent > 100) {
            throw new IllegalArgumentException(Messages.format("settings.error.threshold", "0", "100"));
        }
        ippCertificates = ippCertificates == null ? List.of() : ippCertificates.stream().distinct().toList();
        if (ippCertificates.size() > MAX_CERTIFICATES) {
            throw new IllegalArgumentException(Messages.format("settings.error.certificates",
                    String.valueOf(MAX_CERTIFICATES)));
        }
        for (String sha : ippCertificates) {
            if (sha == null || !sha.matches("[0-9a-f]{2}(:[0-9a-f]{2}){31}")) {
                throw new IllegalArgumentException(Messages.get("settings.error.certificate"));
            }
        }
    }

    /** Without the DNS-SD switch and accepted certificates (as files written before they existed): mDNS on, none. */
    public MonitorSettings(boolean snmp, int snmpPort, String snmpCommunity, boolean monitoring, int refreshSeconds,
                           int lowSupplyPercent, boolean ippProbe) {
        this(snmp, snmpPort, snmpCommunity, monitoring, refreshSeconds, lowSupplyPercent, ippProbe, true, List.of());
    }

    /** Without IPP probing (as files written before it existed). */
    public MonitorSettings(boolean snmp, int snmpPort, String snmpCommunity, boolean monitoring, int refreshSeconds,
                           int lowSupplyPercent) {
        this(snmp, snmpPort, snmpCommunity, monitoring, refreshSeconds, lowSupplyPercent, false);
    }

    /**
     * SNMP on at port 161 with "public", monitoring off, every 60 s, low below 15 %, no IPP probing, DNS-SD on, no
     * accepted certificate.
     */
    public static MonitorSettings defaults() {
        return new MonitorSettings(true, SnmpSettings.DEFAULT_PORT, SnmpSettings.DEFAULT_COMMUNITY, false,
                DEFAULT_REFRESH, DEFAULT_LOW_SUPPLY, false, true, List.of());
    }

    /**
     * A fingerprint as these settings keep it (lower-case hex pairs joined by ':'), or null when {@code sha256} is not
     * 64 hex digits (upper or lower case, with or without ':').
     */
    public static String normalisedFingerprint(String sha256) {
        String hex = sha256 == null ? "" : sha256.strip().replace(":", "").toLowerCase(java.util.Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(95);
        for (int i = 0; i < 64; i += 2) {
            sb.append(i == 0 ? "" : ":").append(hex, i, i + 2);
        }
        return sb.toString();
    }

    /** What the engine's SnmpSettings accepts as a community: printable ASCII, not empty. */
    static boolean communityOk(String community) {
        return community != null && !community.isEmpty() && community.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    /** The engine's settings for status reads, or null when SNMP is off. */
    @JsonIgnore
    public SnmpSettings snmpSettings() {
        return snmp ? SnmpSettings.defaults().withPort(snmpPort).withCommunity(snmpCommunity) : null;
    }

    /**
     * The engine's settings for scans: IPP always (port 631, so the printers known to answer it are read again and
     * announced ones read), asking every address only with {@link #ippProbe()}.
     */
    @JsonIgnore
    public IppSettings ippSettings() {
        IppTrust trust = IppTrust.system();
        for (String sha : ippCertificates) {
            trust = trust.accepting(sha);
        }
        return IppSettings.defaults().withProbe(ippProbe).withTrust(trust);
    }

    public MonitorSettings withSnmp(boolean on, int port, String community) {
        return new MonitorSettings(on, port, community, monitoring, refreshSeconds, lowSupplyPercent,
                ippProbe, mdns, ippCertificates);
    }

    public MonitorSettings withMonitoring(boolean on, int seconds) {
        return new MonitorSettings(snmp, snmpPort, snmpCommunity, on, seconds, lowSupplyPercent,
                ippProbe, mdns, ippCertificates);
    }

    public MonitorSettings withLowSupplyPercent(int percent) {
        return new MonitorSettings(snmp, snmpPort, snmpCommunity, monitoring, refreshSeconds, percent,
                ippProbe, mdns, ippCertificates);
    }

    public MonitorSettings withIppProbe(boolean on) {
        return new MonitorSettings(snmp, snmpPort, snmpCommunity, monitoring, refreshSeconds, lowSupplyPercent, on,
                mdns, ippCertificates);
    }

    public MonitorSettings withMdns(boolean on) {
        return new MonitorSettings(snmp, snmpPort, snmpCommunity, monitoring, refreshSeconds, lowSupplyPercent,
                ippProbe, on, ippCertificates);
    }

    /** These settings with {@code sha256} (any form {@link #normalisedFingerprint} takes) accepted too. */
    public MonitorSettings withCertificateAccepted(String sha256) {
        String fp = normalisedFingerprint(sha256);
        if (fp == null) {
            throw new IllegalArgumentException(Messages.get("settings.error.certificate"));
        }
        List<String> more = new java.util.ArrayList<>(ippCertificates);
        more.add(fp);
        return new MonitorSettings(snmp, snmpPort, snmpCommunity, monitoring, refreshSeconds, lowSupplyPercent,
                ippProbe, mdns, more);
    }
}
