package org.openenpc.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SafeText;
import org.openenpc.model.SnmpCondition;

/**
 * The {@code condition} label: the model's condition keys ({@link SnmpCondition#key()}, which SNMP's ST2,
 * hrPrinterDetectedErrorState and prtAlertTable and IPP's printer-state-reasons already share, see
 * {@code ipp/IppReasons}) as stable snake_case words, plus the ENPC status flags (the ASB bits of
 * {@link PrinterStatus}) that no SNMP or IPP condition already reported. Stateless; any thread.
 *
 * <p>The named keys (alert rules and the dashboard match these): cover_open, paper_jam, media_empty,
 * media_low, ink_empty, ink_low, toner_empty, toner_low, waste_full, offline, service_requested, door_open,
 * output_full, input_missing, and from ENPC only autocutter_error, unrecoverable_error, recoverable_error.
 * A code without a name keeps its model key in snake case: {@code st2_error_0x1a}, {@code alert_1234},
 * {@code hr_bit_5}, {@code ipp_spool_area_full}.
 */
final class ConditionKeys {

    /** One active condition, as exported. */
    record Active(String key, SnmpCondition.Severity severity) {
        String severityLabel() {
            return severity == SnmpCondition.Severity.ERROR ? "error" : "warning";
        }
    }

    /** The most conditions one printer exports (real ones report a handful; a hostile one cannot grow this). */
    static final int MAX_PER_PRINTER = 32;

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("cover-open", "cover_open"),
            Map.entry("paper-jam", "paper_jam"),
            Map.entry("paper-out", "media_empty"),
            Map.entry("paper-low", "media_low"),
            Map.entry("ink-out", "ink_empty"),
            Map.entry("ink-low", "ink_low"),
            Map.entry("toner-out", "toner_empty"),
            Map.entry("toner-low", "toner_low"),
            Map.entry("waste-ink-full", "waste_full"),
            Map.entry("offline", "offline"),
            Map.entry("service-requested", "service_requested"),
            Map.entry("door-open", "door_open"),
            Map.entry("output-full", "output_full"),
            Map.entry("input-missing", "input_missing"));

    private ConditionKeys() {
    }

    /** The exported key of a model condition key. */
    static String key(String modelKey) {
        String named = NAMED.get(modelKey);
        if (named != null) {
            return named;
        }
        String slug = SafeText.slug(modelKey.toLowerCase(Locale.ROOT), '_', Integer.MAX_VALUE);
        String k = slug.isEmpty() ? "unknown" : slug;
        return LabelText.of(k);
    }

    /**
     * Every active condition of {@code p}, one per key, errors first: SNMP's and IPP's (as
     * {@link Printer#conditions()} merges them), then the ENPC flags not already there. At most
     * {@link #MAX_PER_PRINTER}.
     */
    static List<Active> of(Printer p) {
        Map<String, Active> byKey = new LinkedHashMap<>();
        for (SnmpCondition c : p.conditions()) {
            add(byKey, key(c.key()), c.severity());
        }
        PrinterStatus s = p.status();
        if (s.reported()) {
            SnmpCondition.Severity error = SnmpCondition.Severity.ERROR;
            if (!s.online()) {
                add(byKey, "offline", error);
            }
            if (s.coverOpen()) {
                add(byKey, "cover_open", error);
            }
            if (s.paperEnd()) {
                add(byKey, "media_empty", error);
            } else if (s.paperNearEnd()) {
                add(byKey, "media_low", SnmpCondition.Severity.WARNING);
            }
            if (s.autocutterError()) {
                add(byKey, "autocutter_error", error);
            }
            if (s.unrecoverableError()) {
                add(byKey, "unrecoverable_error", error);
            }
            if (s.recoverableError()) {
                add(byKey, "recoverable_error", error);
            }
        }
        return byKey.values().stream()
                .sorted(java.util.Comparator.comparing(a -> a.severity() != SnmpCondition.Severity.ERROR))
                .toList();
    }

    private static void add(Map<String, Active> byKey, String key, SnmpCondition.Severity severity) {
        if (byKey.size() < MAX_PER_PRINTER) {
            byKey.putIfAbsent(key, new Active(key, severity));
        }
    }
}
