package dk.hrassistenten.deploy;

import dk.hrassistenten.adapters.slack.SlackSettings;
import dk.hrassistenten.adapters.teams.TeamsSettings;
import dk.hrassistenten.adapters.web.WebSettings;
import dk.hrassistenten.bot.llm.LlmSettings;
import dk.hrassistenten.bot.privacy.PrivacyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration, built once at start from options and environment and validated then; never changed
 * afterwards. A bad value stops the start with a message that says what to fix.
 *
 * @param forums the forums file, or null for the shipped example
 * @param dbUrl the JDBC URL of the store, or null for the embedded database under {@code data}
 * @param units the administrator's file of unit contacts and aliases, or null
 * @param slack Slack's settings, or null when Slack is not configured
 * @param teams Teams' settings, or null when Teams is not configured
 * @param llm the model for written answers, or null for none
 * @param audiences the file of who belongs to which document audience, or null
 * @param retention how long feedback, unanswered questions, delivery keys and first contacts are kept
 * @param pseudonymKey the secret that keys pseudonyms of user ids in stored records, or null
 * @param web who the web chat believes people to be: sign-in, proxy, or a local trial
 */
public record Settings(Path corpus, Path data, Path forums, String dbUrl, Path units, SlackSettings slack, TeamsSettings teams,
                       LlmSettings llm, Path audiences, java.time.Duration retention, String pseudonymKey, WebSettings web) {

    /** Settings with defaults for everything but the folders; tests and tools start from this. */
    public Settings(Path corpus, Path data, Path forums, String dbUrl, Path units, SlackSettings slack, LlmSettings llm) {
        this(corpus, data, forums, dbUrl, units, slack, null, llm, null, PrivacyStore.DEFAULT_RETENTION, null, WebSettings.anonymous());
    }

    /** These settings with Teams configured so. */
    public Settings withTeams(TeamsSettings teamsSettings) {
        return new Settings(corpus, data, forums, dbUrl, units, slack, teamsSettings, llm, audiences, retention, pseudonymKey, web);
    }

    /** These settings with the web chat's sign-in configured so. */
    public Settings withWeb(WebSettings webSettings) {
        return new Settings(corpus, data, forums, dbUrl, units, slack, teams, llm, audiences, retention, pseudonymKey, webSettings);
    }

    /**
     * Whether the whole service listens on loopback alone: a local trial of the web chat, or of Teams without
     * authentication. Nothing outside this machine can then reach what trusts its callers' word.
     */
    public boolean loopbackOnly() {
        return web.localTrial() || (teams != null && teams.localDevelopment());
    }

    @Override
    public String toString() {
        return "Settings[corpus=" + corpus + ", data=" + data + ", forums=" + forums + ", db=" + (dbUrl == null ? "embedded" : "external")
                 + ", slack=" + slack + ", teams=" + teams + ", llm=" + llm + ", retention=" + retention + ", web=" + web + "]"; // no secrets in logs
    }

    public Settings {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(web, "web");
    }

    /** Thrown for a setting a person must fix; its message says how. */
    public static final class InvalidSettingException extends RuntimeException {
        public InvalidSettingException(String message) {
            super(message);
        }
    }

    public static Settings of(CommonOptions options, Map<String, String> env) {
        Path corpus = Path.of(pick(options.corpus, env.get(Environment.CORPUS), "corpus/"));
        Path data = Path.of(pick(options.data, env.get(Environment.DATA), "data/"));
        String forumsValue = pick(options.forums, env.get(Environment.FORUMS), "");
        String db = pick(options.db, env.get(Environment.DB_URL), "");
        String unitsValue = pick(options.units, env.get(Environment.UNITS), "");
        if (!Files.isDirectory(corpus)) {
            throw new InvalidSettingException("The corpus folder " + corpus.toAbsolutePath()
                    + " does not exist. Point --corpus (or HR_ASSISTANT_CORPUS) at the folder of documents.");
        }
        if (!Files.isReadable(corpus)) {
            throw new InvalidSettingException("The corpus folder " + corpus.toAbsolutePath() + " cannot be read.");
        }
        Path forums = forumsValue.isEmpty() ? null : Path.of(forumsValue);
        if (forums != null && !(Files.isRegularFile(forums) && Files.isReadable(forums))) {
            throw new InvalidSettingException("The forums file " + forums.toAbsolutePath()
                    + " cannot be read. Fix --forums (or HR_ASSISTANT_FORUMS), or leave it out to use the shipped example.");
        }
        Path units = unitsValue.isEmpty() ? null : Path.of(unitsValue);
        if (units != null && !(Files.isRegularFile(units) && Files.isReadable(units))) {
            throw new InvalidSettingException("The units file " + units.toAbsolutePath() + " cannot be read. Fix --units (or HR_ASSISTANT_UNITS), or leave it out.");
        }
        if (!db.isEmpty() && !db.startsWith("jdbc:")) {
            throw new InvalidSettingException("--db (HR_ASSISTANT_DB_URL) must be a JDBC URL such as jdbc:postgresql://host:5432/db, not \"" + db + "\".");
        }
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new InvalidSettingException("--data (HR_ASSISTANT_DATA) " + data.toAbsolutePath() + " is a file, not a folder.");
        }
        try {
            Files.createDirectories(data);
        } catch (java.io.IOException e) {
            throw new InvalidSettingException("--data (HR_ASSISTANT_DATA) " + data.toAbsolutePath() + " cannot be created: " + e.getMessage());
        }
        SlackSettings slack;
        TeamsSettings teams;
        LlmSettings llm;
        WebSettings web;
        try {
            slack = SlackSettings.fromEnvironment(env);
            teams = TeamsSettings.fromEnvironment(env);
            llm = LlmSettings.fromEnvironment(env);
            web = WebSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(e.getMessage());
        }
        String audiencesValue = pick(options.audiences, env.get(Environment.AUDIENCES), "");
        Path audiences = audiencesValue.isEmpty() ? null : Path.of(audiencesValue);
        if (audiences != null && !(Files.isRegularFile(audiences) && Files.isReadable(audiences))) {
            throw new InvalidSettingException("The audiences file " + audiences.toAbsolutePath() + " cannot be read. Fix --audiences (or HR_ASSISTANT_AUDIENCES).");
        }
        java.time.Duration retention;
        String days = pick(null, env.get(Environment.RETENTION_DAYS), "30");
        try {
            retention = java.time.Duration.ofDays(Long.parseLong(days));
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("HR_ASSISTANT_RETENTION_DAYS must be a whole number of days, not \"" + days + "\".");
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new InvalidSettingException("HR_ASSISTANT_RETENTION_DAYS must be at least 1.");
        }
        return new Settings(corpus, data, forums, db.isEmpty() ? null : db, units, slack, teams, llm, audiences, retention,
                pick(null, env.get(Environment.PSEUDONYM_KEY), "").isEmpty() ? null : env.get(Environment.PSEUDONYM_KEY).strip(), web);
    }

    private static String pick(String option, String env, String fallback) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return fallback;
    }
}
