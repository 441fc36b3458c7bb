package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.privacy.PrivacyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of the store, built once from options and environment and checked then: what every command
 * needs that reads or writes stored records, and all that {@code unanswered} and {@code privacy} need.
 *
 * @param dbUrl the JDBC URL of the store, or null for the embedded database under {@code data}
 * @param retention how long feedback, unanswered questions, delivery keys and first contacts are kept
 * @param pseudonymKey the secret that keys pseudonyms of user ids in stored records, or null
 */
record StoreSettings(Path data, String dbUrl, Duration retention, String pseudonymKey) {

    /** "jdbc:" and the driver's name, the part of a URL that may be shown: the rest may hold a password. */
    private static final Pattern SCHEME = Pattern.compile("^jdbc:[^:/?;]*");

    static StoreSettings of(StoreOptions options, Map<String, String> env) {
        Path data = Path.of(Settings.pick(options.data, env.get(Environment.DATA), "data/"));
        String db = Settings.pick(options.db, env.get(Environment.DB_URL), "");
        if (!db.isEmpty()) {
            checkDriver(db);
        }
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new Settings.InvalidSettingException("--data (HR_ASSISTANT_DATA) " + data.toAbsolutePath() + " is a file, not a folder.");
        }
        try {
            Files.createDirectories(data);
        } catch (java.io.IOException e) {
            throw new Settings.InvalidSettingException("--data (HR_ASSISTANT_DATA) " + data.toAbsolutePath() + " cannot be created: " + e.getMessage());
        }
        Duration retention;
        String days = Settings.pick(null, env.get(Environment.RETENTION_DAYS), String.valueOf(PrivacyStore.DEFAULT_RETENTION.toDays()));
        try {
            retention = Duration.ofDays(Long.parseLong(days));
        } catch (NumberFormatException e) {
            throw new Settings.InvalidSettingException("HR_ASSISTANT_RETENTION_DAYS must be a whole number of days, not \"" + days + "\".");
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new Settings.InvalidSettingException("HR_ASSISTANT_RETENTION_DAYS must be at least 1.");
        }
        String key = Settings.pick(null, env.get(Environment.PSEUDONYM_KEY), "");
        return new StoreSettings(data, db.isEmpty() ? null : db, retention, key.isEmpty() ? null : key);
    }

    /**
     * A URL no driver of this service takes ("jdbc:postgresq://…") would otherwise stop the start deep inside the
     * connection pool. The message shows only the URL's scheme: the rest may hold a password.
     */
    private static void checkDriver(String url) {
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.find()) {
            throw new Settings.InvalidSettingException("--db (HR_ASSISTANT_DB_URL) must be a JDBC URL such as "
                    + "jdbc:postgresql://HOST:5432/DATABASE?user=…&password=…, or empty for the embedded database under --data.");
        }
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new Settings.InvalidSettingException("--db (HR_ASSISTANT_DB_URL) starts with \"" + scheme.group() + ":\", which names no database "
                    + "this service can use. Write jdbc:postgresql://HOST:5432/DATABASE?user=…&password=… for PostgreSQL, "
                    + "or leave it empty for the embedded database under --data.", e);
        }
    }

    @Override
    public String toString() {
        return "StoreSettings[data=" + data + ", db=" + (dbUrl == null ? "embedded" : "external") + ", retention=" + retention + "]"; // no secrets in logs
    }
}
