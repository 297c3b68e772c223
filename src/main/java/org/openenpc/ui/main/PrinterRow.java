package org.openenpc.ui.main;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
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

    public PrinterRow(Printer p) {
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
        statusText.set(levelText(p.status().level()));
        Set<String> changed = new HashSet<>(4);
        mark(changed, "status", set(level, p.status().level()));
        mark(changed, "model", set(model, p.model()));
        mark(changed, "ip", set(ip, p.ip()));
        mark(changed, "mac", set(mac, p.macText()));
        mark(changed, "card", set(card, p.cardName().isEmpty() ? p.nicName() : p.cardName()));
        mark(changed, "summary", set(summary, p.status().summary()));
        if (before == null || before.sources() != p.sources()) { // shared while unchanged: skip the join
            mark(changed, "sources", set(sources, String.join(", ", p.sources())));
        }
        mark(changed, "lastSeen", set(lastSeen, p.lastSeen()));
        return changed;
    }

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
        return contains(statusText.get(), needle) || contains(model.get(), needle) || contains(ip.get(), needle)
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

    public ReadOnlyObjectProperty<Instant> lastSeenProperty() {
        return lastSeen;
    }
}
