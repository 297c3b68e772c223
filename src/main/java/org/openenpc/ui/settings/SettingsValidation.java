package org.openenpc.ui.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScopeException;
import org.openenpc.ui.Messages;

/**
 * Checks what the user typed into the settings fields. Scan entries are judged by the engine
 * itself ({@link ScanScope.Builder}, which uses {@code TargetSpec} and {@code Ipv4}), so the
 * dialog shows exactly the sentence a scan would fail with; numbers get a sentence saying what is
 * allowed. Pure functions without JavaFX; any thread.
 */
public final class SettingsValidation {

    private SettingsValidation() {
    }

    /**
     * Splits a field into its entries: separated by commas or line breaks, trimmed, blanks
     * dropped (a trailing comma or empty line while typing is not an error).
     */
    public static List<String> entries(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\r\\n]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The engine's sentence for the first bad unicast range, or for a scope over the size limit;
     * empty when every entry is fine (or there is none).
     */
    public static Optional<String> rangesError(String text) {
        return engineError(() -> {
            ScanScope.Builder builder = ScanScope.builder().includeInterfaceBroadcasts(true);
            entries(text).forEach(builder::addRange);
            builder.build(); // the size limit is only checked here
        });
    }

    /** The engine's sentence for the first bad broadcast address; empty when all are fine. */
    public static Optional<String> broadcastsError(String text) {
        return engineError(() -> {
            ScanScope.Builder builder = ScanScope.builder();
            entries(text).forEach(builder::addBroadcast);
        });
    }

    /**
     * A whole number from {@code min} to {@code max}, surrounding spaces allowed.
     *
     * @return the value, or empty if the text is not such a number
     */
    public static OptionalLong wholeNumber(String text, long min, long max) {
        String digits = text == null ? "" : text.strip();
        // At most 18 digits cannot overflow a long; longer inputs are out of range anyway.
        if (!digits.matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(digits);
        return value >= min && value <= max ? OptionalLong.of(value) : OptionalLong.empty();
    }

    /**
     * Empty if {@code text} is a whole number within the bounds, else the sentence of message
     * {@code key} with the bounds as arguments {0} and {1}.
     */
    public static Optional<String> numberError(String text, long min, long max, String key) {
        if (wholeNumber(text, min, max).isPresent()) {
            return Optional.empty();
        }
        // Bounds passed as plain strings: MessageFormat would group 65535 as "65,535".
        return Optional.of(Messages.format(key, String.valueOf(min), String.valueOf(max)));
    }

    private static Optional<String> engineError(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (ScopeException e) {
            return Optional.of(e.getMessage());
        }
    }
}
