package org.openenpc.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The dates the history commands take and print: {@code 2026-12-01}, {@code 2026-12-01T09:30} (local time),
 * an instant with zone ({@code 2026-12-01T09:30:00Z}), or an age ({@code 7d}, {@code 12h}, {@code 30m}).
 */
final class SinceDate {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private SinceDate() {
    }

    /** {@code text} as an instant, or the command's bad-argument error (exit code 2) naming it. */
    static Instant option(picocli.CommandLine.Model.CommandSpec spec, String text, java.time.Clock clock) {
        try {
            return parse(text, clock.instant(), ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static Instant parse(String text, Instant now, ZoneId zone) {
        String t = text.strip();
        try {
            if (t.matches("\\d{1,6}[dhm]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                Duration age = switch (t.charAt(t.length() - 1)) {
                    case 'd' -> Duration.ofDays(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofMinutes(n);
                };
                return now.minus(age);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return java.time.OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("\"" + org.openenpc.model.SafeText.escape(t) + "\" is not a date: use"
                    + " 2026-12-01, 2026-12-01T09:30, or an age such as 7d, 12h or 30m.");
        }
    }

    static String show(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(ZoneId.systemDefault()));
    }
}
