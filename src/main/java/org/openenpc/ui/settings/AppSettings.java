package org.openenpc.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openenpc.discovery.InterfaceSource;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScopeException;
import org.openenpc.ui.Messages;

/**
 * Everything the desktop app remembers between runs: what to scan and how the window looked.
 * Saved as JSON by {@link SettingsStore}; unknown properties are ignored so files written by older
 * or newer versions still load. Missing values become {@code null}/0 in the record; the store
 * fills them from {@link #defaults()} before building it.
 *
 * <p>The canonical constructor checks the numbers (with the engine's own sentences) and the UI
 * values, so an out-of-range setting cannot exist. Scan entries (interface names, broadcasts,
 * ranges) are kept as typed and only parsed by {@link #toScope}, because interfaces come and go
 * and the user should see the engine's message for a bad range at the moment it matters.
 *
 * <p>Immutable; safe from any thread.
 *
 * @param allInterfaces whether every up, non-loopback interface's broadcast is used; when
 *                      {@code false} only those named in {@code interfaces}
 * @param interfaces    names of the interfaces whose broadcast is used (if not all)
 * @param broadcasts    extra broadcast addresses, as typed
 * @param ranges        unicast target specs, as typed
 * @param port          ENPC UDP port, 1–65535
 * @param timeoutMs     quiet timeout in milliseconds, 50–60,000
 * @param retries       extra rounds, 0–20
 * @param rate          packets per second, 1–1,000,000
 * @param theme         one of {@link #THEMES}
 * @param window        main window bounds
 * @param divider       table/detail split position, 0–1
 * @param columns       table columns in display order; empty means the default layout
 * @param filter        the table's filter text
 * @param csvBom        whether CSV exports start with a byte-order mark
 * @param monitor       SNMP status reads and periodic monitoring
 * @param history       where the inventory is and how long it keeps observations
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(boolean allInterfaces, List<String> interfaces, List<String> broadcasts,
        List<String> ranges, int port, long timeoutMs, int retries, int rate, String theme,
        WindowState window, double divider, List<ColumnState> columns, String filter, boolean csvBom,
        MonitorSettings monitor, HistorySettings history) {

    /** The accepted theme names; "system" follows the operating system. */
    public static final Set<String> THEMES = Set.of("system", "light", "dark");

    /**
     * Normalises {@code null}s (lists become empty, text becomes its default) and checks ranges.
     *
     * @throws IllegalArgumentException (a {@link ScopeException} for scan numbers) with one
     *                                  sentence naming the bad value
     */
    public AppSettings {
        interfaces = copy(interfaces);
        broadcasts = copy(broadcasts);
        ranges = copy(ranges);
        columns = copy(columns);
        theme = theme == null ? "system" : theme;
        window = window == null ? WindowState.defaults() : window;
        filter = filter == null ? "" : filter;
        monitor = monitor == null ? MonitorSettings.defaults() : monitor;
        history = history == null ? HistorySettings.defaults() : history;
        checkScanNumbers(port, timeoutMs, retries, rate);
        if (!THEMES.contains(theme)) {
            throw new IllegalArgumentException(Messages.format("settings.invalid.theme", theme));
        }
        if (!(divider >= 0 && divider <= 1)) { // also false for NaN
            throw new IllegalArgumentException(
                    Messages.format("settings.invalid.divider", String.valueOf(divider)));
        }
    }

    /** Every interface, no extra targets, the engine's default numbers, default window. */
    public static AppSettings defaults() {
        return new AppSettings(true, List.of(), List.of(), List.of(), ScanScope.DEFAULT_PORT,
                ScanScope.DEFAULT_QUIET_TIMEOUT.toMillis(), ScanScope.DEFAULT_RETRIES,
                ScanScope.DEFAULT_RATE, "system", WindowState.defaults(), 0.62, List.of(), "", false,
                MonitorSettings.defaults(), HistorySettings.defaults());
    }

    /**
     * The scan these settings describe. Interface broadcasts are resolved now for selected
     * interfaces (names missing from {@code source} are skipped: an unplugged adapter is not an
     * error); with {@link #allInterfaces()} the scope resolves them when the scan starts.
     *
     * @throws ScopeException with the engine's sentence for a bad entry or an empty scope
     */
    public ScanScope toScope(InterfaceSource source) {
        return SettingsScopes.toScope(this, source);
    }

    /**
     * Short words for the status bar, e.g. {@code eth0 (192.0.2.255) + 127.0.1.0/24
     * (254 addresses), port 3289}. Reads the interfaces, so avoid calling it in a tight loop.
     *
     * @throws ScopeException as {@link #toScope} does
     */
    public String describeScope(InterfaceSource source) {
        return SettingsScopes.describe(this, source);
    }

    public AppSettings withInterfaces(boolean all, List<String> names) {
        return new AppSettings(all, names, broadcasts, ranges, port, timeoutMs, retries, rate,
                theme, window, divider, columns, filter, csvBom, monitor, history);
    }

    public AppSettings withBroadcasts(List<String> value) {
        return new AppSettings(allInterfaces, interfaces, value, ranges, port, timeoutMs, retries,
                rate, theme, window, divider, columns, filter, csvBom, monitor, history);
    }

    public AppSettings withRanges(List<String> value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, value, port, timeoutMs,
                retries, rate, theme, window, divider, columns, filter, csvBom, monitor, history);
    }

    public AppSettings withPort(int value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, value, timeoutMs,
                retries, rate, theme, window, divider, columns, filter, csvBom, monitor, history);
    }

    public AppSettings withTimeoutMs(long value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, value, retries,
                rate, theme, window, divider, columns, filter, csvBom, monitor, history);
    }

    public AppSettings withRetries(int value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, timeoutMs,
                value, rate, theme, window, divider, columns, filter, csvBom, monitor, history);
    }

    public AppSettings withRate(int value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, timeoutMs,
                retries, value, theme, window, divider, columns, filter, csvBom, monitor, history);
    }

    public AppSettings withTheme(String value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, timeoutMs,
                retries, rate, value, window, divider, columns, filter, csvBom, monitor, history);
    }

    public AppSettings withWindow(WindowState value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, timeoutMs,
                retries, rate, theme, value, divider, columns, filter, csvBom, monitor, history);
    }

    public AppSettings withDivider(double value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, timeoutMs,
                retries, rate, theme, window, value, columns, filter, csvBom, monitor, history);
    }

    public AppSettings withColumns(List<ColumnState> value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, timeoutMs,
                retries, rate, theme, window, divider, value, filter, csvBom, monitor, history);
    }

    public AppSettings withFilter(String value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, timeoutMs,
                retries, rate, theme, window, divider, columns, value, csvBom, monitor, history);
    }

    /** Whether CSV exports start with a UTF-8 byte-order mark, so Excel reads accents right. */
    public AppSettings withCsvBom(boolean value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, timeoutMs,
                retries, rate, theme, window, divider, columns, filter, value, monitor, history);
    }

    /** SNMP and monitoring replaced. */
    public AppSettings withMonitor(MonitorSettings value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, timeoutMs,
                retries, rate, theme, window, divider, columns, filter, csvBom, value, history);
    }

    /** Inventory location and retention replaced. */
    public AppSettings withHistory(HistorySettings value) {
        return new AppSettings(allInterfaces, interfaces, broadcasts, ranges, port, timeoutMs, retries, rate, theme,
                window, divider, columns, filter, csvBom, monitor, value);
    }

    /** Lets the engine judge the numbers, so the file and the dialog use its exact sentences. */
    private static void checkScanNumbers(int port, long timeoutMs, int retries, int rate) {
        ScanScope.builder().includeInterfaceBroadcasts(true).port(port)
                .quietTimeout(Duration.ofMillis(timeoutMs)).retries(retries).rate(rate).build();
    }

    /** An unmodifiable copy; {@code null} reads as empty (a hand-edited file may say null). */
    private static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(list.size());
        for (T item : list) {
            if (item == null) {
                throw new IllegalArgumentException(Messages.get("settings.invalid.nullEntry"));
            }
            out.add(item);
        }
        return List.copyOf(out);
    }
}
