package org.openenpc.ui.main;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.openenpc.ui.PrinterHealth;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.Supply;
import org.openenpc.ui.Messages;

/**
 * One table row. Its properties change in place when newer facts arrive, so the table updates
 * the affected cells only (no rebuild, no {@code refresh()}). FX thread only.
 */
public final class PrinterRow {

    private final ObjectProperty<Printer> printer = new SimpleObjectProperty<>(this, "printer");
    private final ObjectProperty<PrinterStatus.Level> level = new SimpleObjectProperty<>(this, "level");
    private final StringProperty statusText = new SimpleStringProperty(this, "statusText");
    private final StringProperty model = new SimpleStringProperty(this, "model");
    private final StringProperty ip = new SimpleStringProperty(this, "ip");
    private final StringProperty mac = new SimpleStringProperty(this, "mac");
    private final StringProperty card = new SimpleStringProperty(this, "card");
    private final StringProperty summary = new SimpleStringProperty(this, "summary");
    private final StringProperty sources = new SimpleStringProperty(this, "sources");
    private final ObjectProperty<Instant> lastSeen = new SimpleObjectProperty<>(this, "lastSeen");
    private final ObjectProperty<RowStatus> rowStatus = new SimpleObjectProperty<>(this, "rowStatus");
    private final ObjectProperty<List<Supply>> supplies = new SimpleObjectProperty<>(this, "supplies", List.of());
    private final StringProperty attention = new SimpleStringProperty(this, "attention", "");
    /** Columns highlighted because a refresh changed them (empty most of the time). */
    private final ObjectProperty<Set<String>> flash = new SimpleObjectProperty<>(this, "flash", Set.of());
    private Instant offlineSince;
    private int threshold;
    private long flashToken;

    public PrinterRow(Printer p) {
        this(p, 15);
    }

    /** @param lowSupplyPercent a supply at or below this level needs attention */
    public PrinterRow(Printer p, int lowSupplyPercent) {
        this.threshold = lowSupplyPercent;
        update(p);
    }

    /**
     * Sets every property from the newer snapshot; unchanged values fire nothing.
     *
     * @return the ids of the columns whose value changed (they may move the row in a sorted view)
     */
    public Set<String> update(Printer p) {
        Printer before = printer.get();
        printer.set(p);
        if (offlineSince != null && p.lastSeen() != null && p.lastSeen().isAfter(offlineSince)) {
            offlineSince = null; // it answered again
        }
        PrinterStatus.Level l = PrinterHealth.level(p, threshold);
        Set<String> changed = new HashSet<>(4);
        set(level, l);
        mark(changed, "status", set(rowStatus, new RowStatus(l, offlineSince)));
        statusText.set(statusText(rowStatus.get()));
        if (before == null || before.snmp() != p.snmp()) {
            List<Supply> next = p.snmp() == null ? List.of() : p.snmp().supplies();
            mark(changed, "supplies", set(supplies, next));
        }
        mark(changed, "attention", set(attention, PrinterHealth.attention(p, threshold, offlineSince != null)));
        mark(changed, "model", set(model, p.model()));
        mark(changed, "ip", set(ip, p.ip()));
        mark(changed, "mac", set(mac, p.macText()));
        mark(changed, "card", set(card, p.cardName().isEmpty() ? p.nicName() : p.cardName()));
        mark(changed, "summary", set(summary, PrinterHealth.summary(p)));
        if (before == null || before.sources() != p.sources()) { // shared while unchanged: skip the join
            mark(changed, "sources", set(sources, String.join(", ", p.sources())));
        }
        mark(changed, "lastSeen", set(lastSeen, p.lastSeen()));
        return changed;
    }

    /** Re-evaluates the row with another low-supply threshold; returns the changed columns. */
    Set<String> setThreshold(int lowSupplyPercent) {
        if (lowSupplyPercent == threshold) {
            return Set.of();
        }
        threshold = lowSupplyPercent;
        return update(printer.get());
    }

    /**
     * Marks the row as not answering since {@code at} (kept from the first miss on); the next snapshot
     * seen after that time clears it. Returns the changed columns.
     */
    Set<String> markOffline(Instant at) {
        if (offlineSince != null) {
            return Set.of();
        }
        offlineSince = at;
        return update(printer.get());
    }

    /** The printer answered a refresh: no longer offline. Returns the changed columns. */
    Set<String> markOnline() {
        if (offlineSince == null) {
            return Set.of();
        }
        offlineSince = null;
        return update(printer.get());
    }

    /** Since when the printer has not answered a refresh; null while it answers. */
    public Instant offlineSince() {
        return offlineSince;
    }

    /** Highlights these columns until {@link #clearFlash(long)} is called with the returned token. */
    long flash(Set<String> columns) {
        flash.set(Set.copyOf(columns));
        return ++flashToken;
    }

    /** Ends the highlight, unless a newer one started since {@code token}. */
    void clearFlash(long token) {
        if (token == flashToken) {
            flash.set(Set.of());
        }
    }

    public ReadOnlyObjectProperty<Set<String>> flashProperty() {
        return flash;
    }

    static String statusText(RowStatus s) {
        if (s.offline()) {
            return Messages.format("main.status.offlineSince", OFFLINE_TIME.format(s.offlineSince()));
        }
        return levelText(s.level());
    }

    private static final java.time.format.DateTimeFormatter OFFLINE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    private static void mark(Set<String> changed, String column, boolean did) {
        if (did) {
            changed.add(column);
        }
    }

    private static <T> boolean set(ObjectProperty<T> property, T value) {
        boolean changed = !Objects.equals(property.get(), value);
        property.set(value);
        return changed;
    }

    private static boolean set(StringProperty property, String value) {
        boolean changed = !Objects.equals(property.get(), value);
        property.set(value);
        return changed;
    }

    static String levelText(PrinterStatus.Level level) {
        return Messages.get("main.level." + level.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** True when any visible text contains {@code needle} (already lower case). */
    boolean matches(String needle) {
        if ("attention".equals(needle) && !attention.get().isEmpty()) {
            return true;
        }
        return contains(statusText.get(), needle) || contains(attention.get(), needle) || contains(model.get(), needle) || contains(ip.get(), needle)
                || contains(mac.get(), needle) || contains(card.get(), needle) || contains(summary.get(), needle)
                || contains(sources.get(), needle);
    }

    private static boolean contains(String hay, String needle) {
        return hay != null && hay.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    public ReadOnlyObjectProperty<Printer> printerProperty() {
        return printer;
    }

    public Printer printer() {
        return printer.get();
    }

    public ReadOnlyObjectProperty<PrinterStatus.Level> levelProperty() {
        return level;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText;
    }

    public ReadOnlyStringProperty modelProperty() {
        return model;
    }

    public ReadOnlyStringProperty ipProperty() {
        return ip;
    }

    public ReadOnlyStringProperty macProperty() {
        return mac;
    }

    public ReadOnlyStringProperty cardProperty() {
        return card;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty sourcesProperty() {
        return sources;
    }

    /** Level and offline time, for the status column. */
    public ReadOnlyObjectProperty<RowStatus> rowStatusProperty() {
        return rowStatus;
    }

    /** The supplies of the latest SNMP view (empty without one); replaced only when they change. */
    public ReadOnlyObjectProperty<List<Supply>> suppliesProperty() {
        return supplies;
    }

    /** Why the printer needs attention, "" when it does not. */
    public ReadOnlyStringProperty attentionProperty() {
        return attention;
    }

    public boolean needsAttention() {
        return !attention.get().isEmpty();
    }

    public ReadOnlyObjectProperty<Instant> lastSeenProperty() {
        return lastSeen;
    }
}
