package org.openenpc.ui.main;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.WritableValue;

import org.openenpc.ui.PrinterHealth;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SafeText;
import org.openenpc.model.Shared;
import org.openenpc.model.Supply;
import org.openenpc.ui.Messages;

/**
 * One table row. Its values change in place when newer facts arrive, so the table updates the
 * affected cells only (no rebuild, no {@code refresh()}). Text a device sent (model, card, summary,
 * attention) is kept escaped by {@link SafeText}, so cells, the filter and "Copy rows" never see a
 * control character or bidi override. FX thread only.
 *
 * <p>Values are kept in plain slots; a JavaFX property is made for a slot only when something asks
 * for it (a visible cell, a sort by that column, a listener), and from then on follows the slot. A
 * table of 10,000 printers shows a few dozen rows, and fourteen ready-made properties per row were
 * a sixth of what the garbage collector had to copy while the table filled (BENCHMARKS.md (d)).
 */
public final class PrinterRow {

    private static final int PRINTER = 0;
    private static final int LEVEL = 1;
    private static final int STATUS_TEXT = 2;
    private static final int MODEL = 3;
    private static final int IP = 4;
    private static final int MAC = 5;
    private static final int CARD = 6;
    private static final int SUMMARY = 7;
    private static final int SOURCES = 8;
    private static final int LAST_SEEN = 9;
    private static final int ROW_STATUS = 10;
    private static final int SUPPLIES = 11;
    private static final int ATTENTION = 12;
    /** Columns highlighted because a refresh changed them (empty most of the time). */
    private static final int FLASH = 13;
    /** The user's own fields from the inventory, escaped for the cells. */
    private static final int NAME = 14;
    private static final int LOCATION = 15;
    private static final int ASSET_TAG = 16;
    /** What changed since the previous scan ("New", "Moved from 10.0.0.5", …), "" when nothing did. */
    private static final int CHANGE = 17;
    /** The protocols the device answered, e.g. "ENPC SNMP IPP" ({@link Printer#protocols()}, space-separated). */
    private static final int PROTOCOLS = 18;
    private static final String[] NAMES = {"printer", "level", "statusText", "model", "ip", "mac", "card", "summary",
        "sources", "lastSeen", "rowStatus", "supplies", "attention", "flash", "name", "location", "assetTag",
        "change", "protocols"};

    /** What the filter looks in. */
    private static final int[] TEXT_SLOTS = {STATUS_TEXT, ATTENTION, MODEL, IP, MAC, CARD, SUMMARY, SOURCES, NAME,
        LOCATION, ASSET_TAG, CHANGE, PROTOCOLS};

    private final Object[] values = new Object[NAMES.length];
    /** The properties made so far, by slot; null until the first is asked for. */
    private Property<?>[] properties;
    private Instant offlineSince;
    /** Known from the inventory but not seen since the app started: shown "not seen since". */
    private boolean remembered;
    private int threshold;
    private long flashToken;

    public PrinterRow(Printer p) {
        this(p, 15);
    }

    /** @param lowSupplyPercent a supply at or below this level needs attention */
    public PrinterRow(Printer p, int lowSupplyPercent) {
        this(p, lowSupplyPercent, false);
    }

    private PrinterRow(Printer p, int lowSupplyPercent, boolean remembered) {
        this.threshold = lowSupplyPercent;
        this.remembered = remembered;
        this.offlineSince = remembered ? p.lastSeen() : null;
        values[SUPPLIES] = List.of();
        values[ATTENTION] = "";
        values[FLASH] = Set.of();
        values[NAME] = "";
        values[LOCATION] = "";
        values[ASSET_TAG] = "";
        values[CHANGE] = "";
        values[PROTOCOLS] = "";
        update(p);
    }

    /**
     * A row for a printer the inventory remembers and no scan of this session has seen yet: shown
     * greyed, "Not seen since" its last sighting, until a snapshot newer than that arrives.
     */
    public static PrinterRow remembered(Printer p, int lowSupplyPercent) {
        return new PrinterRow(p, lowSupplyPercent, true); // one update, already remembered
    }

    /**
     * Sets every value from the newer snapshot; unchanged values fire nothing.
     *
     * @return the ids of the columns whose value changed (they may move the row in a sorted view)
     */
    public Set<String> update(Printer p) {
        Printer before = printer();
        put(PRINTER, p);
        if (offlineSince != null && p.lastSeen() != null && p.lastSeen().isAfter(offlineSince)) {
            offlineSince = null; // it answered again
            remembered = false;
        }
        PrinterStatus.Level l = PrinterHealth.level(p, threshold);
        Set<String> changed = new HashSet<>(4);
        set(LEVEL, l);
        mark(changed, "status", set(ROW_STATUS, new RowStatus(l, offlineSince, remembered)));
        set(STATUS_TEXT, statusText(rowStatus()));
        if (before == null || before.snmp() != p.snmp() || before.ipp() != p.ipp()) {
            List<Supply> next = p.supplies();
            mark(changed, "supplies", set(SUPPLIES, next));
        }
        // Device text is made safe for the cells here, once per update (SafeText returns the same
        // string when there is nothing to escape, so a shared model stays shared).
        // A remembered printer no scan of this session has asked is greyed, not alarming: it may be fine.
        mark(changed, "attention", set(ATTENTION, remembered ? ""
                : SafeText.escape(PrinterHealth.attention(p, threshold, offlineSince != null))));
        mark(changed, "model", set(MODEL, SafeText.escape(p.model())));
        mark(changed, "ip", set(IP, p.ip()));
        if (before == null || before.mac() != p.mac()) { // shared while unchanged: no MAC text per update
            mark(changed, "mac", set(MAC, p.macText()));
        }
        mark(changed, "card", set(CARD, SafeText.escape(p.cardName().isEmpty() ? p.nicName() : p.cardName())));
        mark(changed, "summary", set(SUMMARY, Shared.of(SafeText.escape(PrinterHealth.summary(p)))));
        if (before == null || before.sources() != p.sources()) { // shared while unchanged: skip the join
            mark(changed, "sources", set(SOURCES, Shared.of(String.join(", ", p.sources()))));
        }
        if (before == null || before.sources() != p.sources() || before.answered() != p.answered()
                || (before.snmp() == null) != (p.snmp() == null) || (before.ipp() == null) != (p.ipp() == null)
                || before.mdns().isEmpty() != p.mdns().isEmpty()) {
            mark(changed, "protocols", set(PROTOCOLS, Shared.of(String.join(" ", p.protocols()))));
        }
        mark(changed, "lastSeen", set(LAST_SEEN, p.lastSeen()));
        return changed;
    }

    /** Re-evaluates the row with another low-supply threshold; returns the changed columns. */
    Set<String> setThreshold(int lowSupplyPercent) {
        if (lowSupplyPercent == threshold) {
            return Set.of();
        }
        threshold = lowSupplyPercent;
        return update(printer());
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
        return update(printer());
    }

    /** The printer answered a refresh: no longer offline. Returns the changed columns. */
    Set<String> markOnline() {
        if (offlineSince == null) {
            return Set.of();
        }
        offlineSince = null;
        remembered = false;
        return update(printer());
    }

    /**
     * Shows the user's own fields (stored exactly in the inventory; escaped here for the cells and the
     * filter). Returns the changed columns.
     */
    public Set<String> setUserFields(String name, String location, String assetTag) {
        Set<String> changed = new HashSet<>(2);
        mark(changed, "name", set(NAME, SafeText.escape(name == null ? "" : name)));
        mark(changed, "location", set(LOCATION, SafeText.escape(location == null ? "" : location)));
        mark(changed, "assetTag", set(ASSET_TAG, SafeText.escape(assetTag == null ? "" : assetTag)));
        return changed;
    }

    /** Shows what changed since the previous scan ("" for nothing); true when the text changed. */
    boolean setChange(String text) {
        return set(CHANGE, SafeText.escape(text == null ? "" : text));
    }

    /** True when the previous scan's diff lists this printer. */
    public boolean hasChange() {
        return !this.<String>value(CHANGE).isEmpty();
    }

    public ReadOnlyStringProperty changeProperty() {
        return stringProperty(CHANGE);
    }

    public String change() {
        return value(CHANGE);
    }

    /** True while the row is only remembered from the inventory (no scan of this session saw it). */
    public boolean isRemembered() {
        return remembered;
    }

    /** Since when the printer has not answered a refresh; null while it answers. */
    public Instant offlineSince() {
        return offlineSince;
    }

    /** Highlights these columns until {@link #clearFlash(long)} is called with the returned token. */
    long flash(Set<String> columns) {
        put(FLASH, Set.copyOf(columns));
        return ++flashToken;
    }

    /** Ends the highlight, unless a newer one started since {@code token}. */
    void clearFlash(long token) {
        if (token == flashToken) {
            put(FLASH, Set.of());
        }
    }

    public ReadOnlyObjectProperty<Set<String>> flashProperty() {
        return objectProperty(FLASH);
    }

    static String statusText(RowStatus s) {
        if (s.offline()) {
            String when = sinceText(s.offlineSince());
            return Messages.format(s.remembered() ? "main.status.notSeenSince" : "main.status.offlineSince", when);
        }
        return levelText(s.level());
    }

    /** "10:42:07" today, else "28 Nov 10:42" this year, else "28 Nov 2025". */
    static String sinceText(Instant at) {
        java.time.ZonedDateTime when = at.atZone(java.time.ZoneId.systemDefault());
        java.time.LocalDate today = java.time.LocalDate.now(when.getZone());
        if (when.toLocalDate().equals(today)) {
            return OFFLINE_TIME.format(when);
        }
        return (when.getYear() == today.getYear() ? SINCE_DAY : SINCE_YEAR).format(when);
    }

    private static final java.time.format.DateTimeFormatter OFFLINE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final java.time.format.DateTimeFormatter SINCE_DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm", java.util.Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter SINCE_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    private static void mark(Set<String> changed, String column, boolean did) {
        if (did) {
            changed.add(column);
        }
    }

    /** Stores a value (and passes it to the slot's property, if one was made); true when it changed. */
    private boolean set(int slot, Object value) {
        boolean changed = !Objects.equals(values[slot], value);
        put(slot, value);
        return changed;
    }

    @SuppressWarnings("unchecked")
    private void put(int slot, Object value) {
        values[slot] = value;
        if (properties != null && properties[slot] != null) {
            ((WritableValue<Object>) properties[slot]).setValue(value);
        }
    }

    private Property<?>[] properties() {
        if (properties == null) {
            properties = new Property<?>[NAMES.length];
        }
        return properties;
    }

    @SuppressWarnings("unchecked")
    private <T> ObjectProperty<T> objectProperty(int slot) {
        Property<?>[] made = properties();
        if (made[slot] == null) {
            made[slot] = new SimpleObjectProperty<>(this, NAMES[slot], values[slot]);
        }
        return (ObjectProperty<T>) made[slot];
    }

    private StringProperty stringProperty(int slot) {
        Property<?>[] made = properties();
        if (made[slot] == null) {
            made[slot] = new SimpleStringProperty(this, NAMES[slot], (String) values[slot]);
        }
        return (StringProperty) made[slot];
    }

    @SuppressWarnings("unchecked")
    private <T> T value(int slot) {
        return (T) values[slot];
    }

    static String levelText(PrinterStatus.Level level) {
        return LEVEL_TEXT.get(level); // every row update asks: no key building or bundle lookup each time
    }

    private static final java.util.Map<PrinterStatus.Level, String> LEVEL_TEXT = levelTexts();

    private static java.util.Map<PrinterStatus.Level, String> levelTexts() {
        java.util.Map<PrinterStatus.Level, String> m = new java.util.EnumMap<>(PrinterStatus.Level.class);
        for (PrinterStatus.Level l : PrinterStatus.Level.values()) {
            m.put(l, Messages.get("main.level." + l.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return m;
    }

    /** True when any visible text contains {@code needle} (already lower case). */
    boolean matches(String needle) {
        if ("attention".equals(needle) && needsAttention()) {
            return true;
        }
        for (int slot : TEXT_SLOTS) {
            String hay = value(slot);
            if (hay != null && hay.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    public ReadOnlyObjectProperty<Printer> printerProperty() {
        return objectProperty(PRINTER);
    }

    public Printer printer() {
        return value(PRINTER);
    }

    public ReadOnlyObjectProperty<PrinterStatus.Level> levelProperty() {
        return objectProperty(LEVEL);
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return stringProperty(STATUS_TEXT);
    }

    /** The status column's text ("OK", "Offline since 10:42:07"). */
    public String statusText() {
        return value(STATUS_TEXT);
    }

    public ReadOnlyStringProperty modelProperty() {
        return stringProperty(MODEL);
    }

    public String model() {
        return value(MODEL);
    }

    public ReadOnlyStringProperty ipProperty() {
        return stringProperty(IP);
    }

    public String ip() {
        return value(IP);
    }

    public ReadOnlyStringProperty macProperty() {
        return stringProperty(MAC);
    }

    /** The MAC as shown, "" while unknown. */
    public String mac() {
        return value(MAC);
    }

    public ReadOnlyStringProperty cardProperty() {
        return stringProperty(CARD);
    }

    public String card() {
        return value(CARD);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return stringProperty(SUMMARY);
    }

    public String summary() {
        return value(SUMMARY);
    }

    public ReadOnlyStringProperty sourcesProperty() {
        return stringProperty(SOURCES);
    }

    /** The protocols the device answered, space-separated in {@link Printer#PROTOCOLS} order ("" for none). */
    public ReadOnlyStringProperty protocolsProperty() {
        return stringProperty(PROTOCOLS);
    }

    /** Level and offline time, for the status column. */
    public ReadOnlyObjectProperty<RowStatus> rowStatusProperty() {
        return objectProperty(ROW_STATUS);
    }

    public RowStatus rowStatus() {
        return value(ROW_STATUS);
    }

    /** The supplies of the latest SNMP view (empty without one); replaced only when they change. */
    public ReadOnlyObjectProperty<List<Supply>> suppliesProperty() {
        return objectProperty(SUPPLIES);
    }

    /** Why the printer needs attention, "" when it does not. */
    public ReadOnlyStringProperty attentionProperty() {
        return stringProperty(ATTENTION);
    }

    public boolean needsAttention() {
        return !this.<String>value(ATTENTION).isEmpty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return stringProperty(NAME);
    }

    public ReadOnlyStringProperty locationProperty() {
        return stringProperty(LOCATION);
    }

    public ReadOnlyStringProperty assetTagProperty() {
        return stringProperty(ASSET_TAG);
    }

    public ReadOnlyObjectProperty<Instant> lastSeenProperty() {
        return objectProperty(LAST_SEEN);
    }
}
