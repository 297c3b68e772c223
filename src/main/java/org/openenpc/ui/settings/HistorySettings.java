package org.openenpc.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.openenpc.ui.Messages;

/**
 * Where the inventory lives and how long it keeps observations, saved as the {@code "history"} object
 * of the settings file. Credentials never go here: a PostgreSQL password comes from
 * {@code OPENENPC_DB_PASSWORD}, {@code OPENENPC_DB_PASSWORD_FILE} or {@code ~/.pgpass}. Immutable.
 *
 * @param database "" for the file in the per-user data folder, else a file path or a JDBC URL
 *                 ({@code jdbc:sqlite:…}, {@code jdbc:postgresql://…}) without a password
 * @param keepDays observations and scans older than this many days are pruned,
 *                 {@value #MIN_KEEP}–{@value #MAX_KEEP} ({@value #DEFAULT_KEEP}; 0 in a file means the default)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistorySettings(String database, int keepDays) {

    public static final int MIN_KEEP = 1;
    public static final int MAX_KEEP = 36_500;
    public static final int DEFAULT_KEEP = 400;

    public HistorySettings {
        database = database == null ? "" : database.strip();
        keepDays = keepDays == 0 ? DEFAULT_KEEP : keepDays;
        if (keepDays < MIN_KEEP || keepDays > MAX_KEEP) {
            throw new IllegalArgumentException(Messages.format("settings.error.keepDays",
                    String.valueOf(MIN_KEEP), String.valueOf(MAX_KEEP)));
        }
        databaseError(database).ifPresent(e -> {
            throw new IllegalArgumentException(e);
        });
    }

    /** Why {@code database} cannot be the setting (it holds a password), or empty: the file and the dialog ask this. */
    static java.util.Optional<String> databaseError(String database) {
        boolean password = database != null && database.toLowerCase(java.util.Locale.ROOT).contains("password=");
        return password ? java.util.Optional.of(Messages.get("settings.error.dbPassword")) : java.util.Optional.empty();
    }

    public static HistorySettings defaults() {
        return new HistorySettings("", DEFAULT_KEEP);
    }
}
