package org.openenpc.ui.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openenpc.discovery.InterfaceBroadcast;
import org.openenpc.discovery.InterfaceBroadcasts;
import org.openenpc.discovery.InterfaceSource;
import org.openenpc.discovery.Ipv4;
import org.openenpc.discovery.RateLimiter;
import org.openenpc.discovery.ScanScope;
import org.openenpc.ui.Messages;

/**
 * State of the settings dialog: the fields as the user types them, one error sentence per field
 * (empty when the field is fine), and whether everything is valid. Every change re-validates at
 * once, so errors appear while typing. Numbers are text so that "12x" can be typed and reported
 * instead of being silently refused. {@link #apply} turns a valid state back into
 * {@link AppSettings}.
 *
 * <p>Uses only {@code javafx.beans}/{@code javafx.collections}, so it is unit-tested without a
 * toolkit. Not thread-safe: use it on the FX thread (or one test thread).
 */
public final class SettingsViewModel {
    private final BooleanProperty allInterfaces = new SimpleBooleanProperty(this, "allInterfaces");
    private final ObservableList<InterfaceChoice> interfaces;
    private final StringProperty broadcastsText = new SimpleStringProperty(this, "broadcasts");
    private final StringProperty rangesText = new SimpleStringProperty(this, "ranges");
    private final StringProperty portText = new SimpleStringProperty(this, "port");
    private final StringProperty timeoutText = new SimpleStringProperty(this, "timeout");
    private final StringProperty retriesText = new SimpleStringProperty(this, "retries");
    private final StringProperty rateText = new SimpleStringProperty(this, "rate");
    private final BooleanProperty snmpEnabled = new SimpleBooleanProperty(this, "snmp");
    private final StringProperty snmpPortText = new SimpleStringProperty(this, "snmpPort");
    private final StringProperty communityText = new SimpleStringProperty(this, "community");
    private final BooleanProperty monitoring = new SimpleBooleanProperty(this, "monitoring");
    private final BooleanProperty ippProbe = new SimpleBooleanProperty(this, "ippProbe");
    private final BooleanProperty mdns = new SimpleBooleanProperty(this, "mdns");
    /** The accepted ipps certificates (fingerprints), kept as they were unless the user forgets them. */
    private final ObservableList<String> certificates =
            FXCollections.observableArrayList();
    private final StringProperty refreshText = new SimpleStringProperty(this, "refresh");
    private final StringProperty thresholdText = new SimpleStringProperty(this, "threshold");
    private final StringProperty databaseText = new SimpleStringProperty(this, "database");
    private final StringProperty keepDaysText = new SimpleStringProperty(this, "keepDays");
    private final ReadOnlyStringWrapper databaseError = new ReadOnlyStringWrapper(this, "databaseError", "");
    private final ReadOnlyStringWrapper keepDaysError = new ReadOnlyStringWrapper(this, "keepDaysError", "");
    private final ReadOnlyStringWrapper snmpPortError = new ReadOnlyStringWrapper(this, "snmpPortError", "");
    private final ReadOnlyStringWrapper communityError = new ReadOnlyStringWrapper(this, "communityError", "");
    private final ReadOnlyStringWrapper refreshError = new ReadOnlyStringWrapper(this, "refreshError", "");
    private final ReadOnlyStringWrapper thresholdError = new ReadOnlyStringWrapper(this, "thresholdError", "");
    private final ReadOnlyStringWrapper broadcastsError = new ReadOnlyStringWrapper(this, "broadcastsError", "");
    private final ReadOnlyStringWrapper rangesError = new ReadOnlyStringWrapper(this, "rangesError", "");
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper(this, "portError", "");
    private final ReadOnlyStringWrapper timeoutError = new ReadOnlyStringWrapper(this, "timeoutError", "");
    private final ReadOnlyStringWrapper retriesError = new ReadOnlyStringWrapper(this, "retriesError", "");
    private final ReadOnlyStringWrapper rateError = new ReadOnlyStringWrapper(this, "rateError", "");
    private final ReadOnlyStringWrapper scopeError = new ReadOnlyStringWrapper(this, "scopeError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    /** Ticked names of interfaces absent right now (an unplugged adapter): kept, not dropped. */
    private final List<String> absentSelected;

    /**
     * Reads the interfaces from {@code source}; with the real system this blocks briefly, so
     * prefer {@link #SettingsViewModel(AppSettings, List)} with a list read in the background.
     */
    public SettingsViewModel(AppSettings initial, InterfaceSource source) {
        this(initial, InterfaceBroadcasts.compute(source));
    }

    /** @param found the machine's interface broadcasts, e.g. from {@link InterfaceBroadcasts} */
    public SettingsViewModel(AppSettings initial, List<InterfaceBroadcast> found) {
        interfaces = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList(choices(initial, found)));
        List<String> present = interfaces.stream().map(InterfaceChoice::name).toList();
        absentSelected = initial.interfaces().stream().filter(n -> !present.contains(n)).toList();
        allInterfaces.set(initial.allInterfaces());
        broadcastsText.set(String.join(", ", initial.broadcasts()));
        rangesText.set(String.join("\n", initial.ranges()));
        portText.set(String.valueOf(initial.port()));
        timeoutText.set(String.valueOf(initial.timeoutMs()));
        retriesText.set(String.valueOf(initial.retries()));
        rateText.set(String.valueOf(initial.rate()));
        MonitorSettings m = initial.monitor();
        snmpEnabled.set(m.snmp());
        snmpPortText.set(String.valueOf(m.snmpPort()));
        communityText.set(m.snmpCommunity());
        monitoring.set(m.monitoring());
        ippProbe.set(m.ippProbe());
        mdns.set(m.mdns());
        certificates.setAll(m.ippCertificates());
        refreshText.set(String.valueOf(m.refreshSeconds()));
        thresholdText.set(String.valueOf(m.lowSupplyPercent()));
        databaseText.set(initial.history().database());
        keepDaysText.set(String.valueOf(initial.history().keepDays()));
        List<Observable> inputs = new ArrayList<>(List.of(allInterfaces, broadcastsText,
                rangesText, portText, timeoutText, retriesText, rateText, snmpEnabled, snmpPortText,
                communityText, monitoring, refreshText, thresholdText, databaseText, keepDaysText));
        interfaces.forEach(choice -> inputs.add(choice.selected()));
        inputs.forEach(input -> input.addListener(o -> validate()));
        validate();
    }

    /**
     * The edited settings: {@code base} with this dialog's fields replaced.
     *
     * @throws IllegalStateException if the fields are not {@linkplain #isValid() valid}
     */
    public AppSettings apply(AppSettings base) {
        if (!isValid()) {
            throw new IllegalStateException("Settings are not valid: " + firstError());
        }
        List<String> names = new ArrayList<>(selectedNames());
        names.addAll(absentSelected);
        return base.withInterfaces(allInterfaces.get(), names)
                .withBroadcasts(SettingsValidation.entries(broadcastsText.get()))
                .withRanges(SettingsValidation.entries(rangesText.get()))
                .withPort((int) number(portText, 1, 65_535))
                .withTimeoutMs(number(timeoutText, ScanScope.MIN_QUIET_TIMEOUT.toMillis(),
                        ScanScope.MAX_QUIET_TIMEOUT.toMillis()))
                .withRetries((int) number(retriesText, 0, ScanScope.MAX_RETRIES))
                .withRate((int) number(rateText, 1, RateLimiter.MAX_RATE))
                .withMonitor(new MonitorSettings(snmpEnabled.get(), (int) number(snmpPortText, 1, 65_535),
                        communityText.get(), monitoring.get(), (int) number(refreshText,
                        MonitorSettings.MIN_REFRESH, MonitorSettings.MAX_REFRESH),
                        (int) number(thresholdText, 0, 100), ippProbe.get(), mdns.get(), List.copyOf(certificates)))
                .withHistory(new HistorySettings(databaseText.get(), (int) number(keepDaysText,
                        HistorySettings.MIN_KEEP, HistorySettings.MAX_KEEP)));
    }

    private void validate() {
        broadcastsError.set(SettingsValidation.broadcastsError(broadcastsText.get()).orElse(""));
        rangesError.set(SettingsValidation.rangesError(rangesText.get()).orElse(""));
        portError.set(numberError(portText, 1, 65_535, "settings.error.port"));
        timeoutError.set(numberError(timeoutText, ScanScope.MIN_QUIET_TIMEOUT.toMillis(),
                ScanScope.MAX_QUIET_TIMEOUT.toMillis(), "settings.error.timeout"));
        retriesError.set(numberError(retriesText, 0, ScanScope.MAX_RETRIES, "settings.error.retries"));
        rateError.set(numberError(rateText, 1, RateLimiter.MAX_RATE, "settings.error.rate"));
        snmpPortError.set(numberError(snmpPortText, 1, 65_535, "settings.error.snmpPort"));
        communityError.set(MonitorSettings.communityOk(communityText.get()) ? ""
                : Messages.get("settings.error.community"));
        refreshError.set(numberError(refreshText, MonitorSettings.MIN_REFRESH, MonitorSettings.MAX_REFRESH,
                "settings.error.refresh"));
        thresholdError.set(numberError(thresholdText, 0, 100, "settings.error.threshold"));
        keepDaysError.set(numberError(keepDaysText, HistorySettings.MIN_KEEP, HistorySettings.MAX_KEEP,
                "settings.error.keepDays"));
        databaseError.set(HistorySettings.databaseError(databaseText.get()).orElse(""));
        boolean nothing = !allInterfaces.get() && selectedNames().isEmpty()
                && SettingsValidation.entries(broadcastsText.get()).isEmpty()
                && SettingsValidation.entries(rangesText.get()).isEmpty();
        scopeError.set(nothing ? Messages.get("settings.error.nothing") : "");
        valid.set(firstError().isEmpty());
    }

    private Optional<String> firstError() {
        return List.of(broadcastsError, rangesError, portError, timeoutError, retriesError,
                rateError, snmpPortError, communityError, refreshError, thresholdError, databaseError, keepDaysError,
                scopeError).stream().map(ReadOnlyStringWrapper::get)
                .filter(e -> !e.isEmpty()).findFirst();
    }

    private List<String> selectedNames() {
        return interfaces.stream().filter(c -> c.selected().get()).map(InterfaceChoice::name)
                .toList();
    }

    private static String numberError(StringProperty text, long min, long max, String key) {
        return SettingsValidation.numberError(text.get(), min, max, key).orElse("");
    }

    private static long number(StringProperty text, long min, long max) {
        return SettingsValidation.wholeNumber(text.get(), min, max).orElseThrow();
    }

    /**
     * One row per interface name, addresses joined, so that ticking {@code eth0} means all of
     * its subnets, matching how {@link AppSettings} stores names. While "all interfaces" is on,
     * every row starts ticked, so switching it off starts from the same set.
     */
    private static List<InterfaceChoice> choices(AppSettings initial, List<InterfaceBroadcast> found) {
        Map<String, List<InterfaceBroadcast>> byName = found.stream().collect(
                Collectors.groupingBy(InterfaceBroadcast::interfaceName, LinkedHashMap::new,
                        Collectors.toList()));
        boolean tickAll = initial.allInterfaces() && initial.interfaces().isEmpty();
        List<InterfaceChoice> out = new ArrayList<>();
        byName.forEach((name, list) -> out.add(new InterfaceChoice(name,
                list.get(0).displayName(),
                list.stream().map(b -> Ipv4.toDotted(b.address()) + "/" + b.prefixLength())
                        .collect(Collectors.joining(", ")),
                list.stream().map(b -> Ipv4.toDotted(b.broadcast()))
                        .collect(Collectors.joining(", ")),
                new SimpleBooleanProperty(tickAll || initial.interfaces().contains(name)))));
        return out;
    }

    public BooleanProperty allInterfacesProperty() {
        return allInterfaces;
    }

    /** The machine's interfaces; the list is fixed, each row's {@code selected} is editable. */
    public ObservableList<InterfaceChoice> interfaces() {
        return interfaces;
    }

    public StringProperty broadcastsTextProperty() {
        return broadcastsText;
    }

    public StringProperty rangesTextProperty() {
        return rangesText;
    }

    public StringProperty portTextProperty() {
        return portText;
    }

    public StringProperty timeoutTextProperty() {
        return timeoutText;
    }

    public StringProperty retriesTextProperty() {
        return retriesText;
    }

    public StringProperty rateTextProperty() {
        return rateText;
    }

    /** Read status over SNMP (supplies, errors, page count). */
    public BooleanProperty snmpEnabledProperty() {
        return snmpEnabled;
    }

    public StringProperty snmpPortTextProperty() {
        return snmpPortText;
    }

    public StringProperty communityTextProperty() {
        return communityText;
    }

    /** Refresh the known printers periodically. */
    public BooleanProperty monitoringProperty() {
        return monitoring;
    }

    /** Whether scans ask every address over IPP. */
    public BooleanProperty ippProbeProperty() {
        return ippProbe;
    }

    /** Whether interface scopes browse DNS-SD (mDNS) beside the ENPC broadcast. */
    public BooleanProperty mdnsProperty() {
        return mdns;
    }

    /** The printer certificates accepted for ipps, by fingerprint (read-only view; {@link #forgetCertificates()}). */
    public ObservableList<String> certificates() {
        return FXCollections.unmodifiableObservableList(certificates);
    }

    /** Forgets every accepted certificate when the settings are applied: those printers are read over ipps no more. */
    public void forgetCertificates() {
        certificates.clear();
    }

    /** Seconds between refreshes, as typed. */
    public StringProperty refreshTextProperty() {
        return refreshText;
    }

    /** The inventory's file or JDBC URL, as typed ("" for the file in the data folder). */
    public StringProperty databaseTextProperty() {
        return databaseText;
    }

    /** Days of history kept, as typed. */
    public StringProperty keepDaysTextProperty() {
        return keepDaysText;
    }

    public ReadOnlyStringProperty databaseErrorProperty() {
        return databaseError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keepDaysErrorProperty() {
        return keepDaysError.getReadOnlyProperty();
    }

    /** Low-supply threshold in percent, as typed. */
    public StringProperty thresholdTextProperty() {
        return thresholdText;
    }

    public ReadOnlyStringProperty snmpPortErrorProperty() {
        return snmpPortError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty communityErrorProperty() {
        return communityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refreshErrorProperty() {
        return refreshError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty thresholdErrorProperty() {
        return thresholdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty broadcastsErrorProperty() {
        return broadcastsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rangesErrorProperty() {
        return rangesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return portError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeoutErrorProperty() {
        return timeoutError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty retriesErrorProperty() {
        return retriesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateErrorProperty() {
        return rateError.getReadOnlyProperty();
    }

    /** Whole-scope problem, e.g. nothing left to scan; empty when fine. */
    public ReadOnlyStringProperty scopeErrorProperty() {
        return scopeError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
