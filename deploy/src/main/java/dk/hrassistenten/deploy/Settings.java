package dk.hrassistenten.deploy;

import dk.hrassistenten.adapters.slack.SlackSettings;
import dk.hrassistenten.adapters.teams.TeamsSettings;
import dk.hrassistenten.adapters.web.WebSettings;
import dk.hrassistenten.bot.llm.LlmSettings;
import dk.hrassistenten.bot.privacy.PrivacyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration, built once at start from options and environment and validated then; never changed
 * afterwards. A bad value stops the start with a message that says what to fix.
 *
 * @param corpus the one folder of documents ({@code --corpus}), or null when {@code sources} says where they come from
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
 * @param exampleQuestions the questions the welcome suggests (HR_ASSISTANT_EXAMPLE_QUESTIONS); empty to take them
 *     from the documents
 * @param sources the sources file ({@code --sources}), or null when the documents come from {@code corpus}
 */
public record Settings(Path corpus, Path data, Path forums, String dbUrl, Path units, SlackSettings slack, TeamsSettings teams,
                       LlmSettings llm, Path audiences, java.time.Duration retention, String pseudonymKey, WebSettings web,
                       List<String> exampleQuestions, Path sources) {

    /** Settings with defaults for everything but the folders; tests and tools start from this. */
    public Settings(Path corpus, Path data, Path forums, String dbUrl, Path units, SlackSettings slack, LlmSettings llm) {
        this(corpus, data, forums, dbUrl, units, slack, null, llm, null, PrivacyStore.DEFAULT_RETENTION, null, WebSettings.anonymous(), List.of(), null);
    }

    /** These settings with Teams configured so. */
    public Settings withTeams(TeamsSettings teamsSettings) {
        return new Settings(corpus, data, forums, dbUrl, units, slack, teamsSettings, llm, audiences, retention, pseudonymKey, web, exampleQuestions, sources);
    }

    /** These settings with the web chat's sign-in configured so. */
    public Settings withWeb(WebSettings webSettings) {
        return new Settings(corpus, data, forums, dbUrl, units, slack, teams, llm, audiences, retention, pseudonymKey, webSettings, exampleQuestions, sources);
    }

    /** Where the documents come from. */
    DocumentOrigin origin() {
        return new DocumentOrigin(corpus, sources);
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
        return "Settings[" + origin() + ", data=" + data + ", forums=" + forums + ", db=" + (dbUrl == null ? "embedded" : "external")
                 + ", slack=" + slack + ", teams=" + teams + ", llm=" + llm + ", retention=" + retention + ", web=" + web + "]"; // no secrets in logs
    }

    public Settings {
        if ((corpus == null) == (sources == null)) {
            throw new IllegalArgumentException("documents come from a corpus folder or a sources file");
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(web, "web");
        exampleQuestions = List.copyOf(exampleQuestions);
    }

    /** Thrown for a setting a person must fix; its message says how. */
    public static final class InvalidSettingException extends RuntimeException {
        public InvalidSettingException(String message) {
            super(message);
        }

        /** @param cause what went wrong underneath, for the log at DEBUG; never shown to the person who must fix it */
        public InvalidSettingException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Settings of(CommonOptions options, Map<String, String> env) {
        DocumentOrigin origin = options.corpus.origin(env);
        String forumsValue = pick(options.forums, env.get(Environment.FORUMS), "");
        String unitsValue = pick(options.units, env.get(Environment.UNITS), "");
        Path forums = forumsValue.isEmpty() ? null : Path.of(forumsValue);
        if (forums != null && !(Files.isRegularFile(forums) && Files.isReadable(forums))) {
            throw new InvalidSettingException("The forums file " + forums.toAbsolutePath()
                    + " cannot be read. Fix --forums (or HR_ASSISTANT_FORUMS), or leave it out to use the shipped example.");
        }
        Path units = unitsValue.isEmpty() ? null : Path.of(unitsValue);
        if (units != null && !(Files.isRegularFile(units) && Files.isReadable(units))) {
            throw new InvalidSettingException("The units file " + units.toAbsolutePath() + " cannot be read. Fix --units (or HR_ASSISTANT_UNITS), or leave it out.");
        }
        StoreSettings store = StoreSettings.of(options.store, env);
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
        return new Settings(origin.corpus(), store.data(), forums, store.dbUrl(), units, slack, teams, llm, audiences, store.retention(), store.pseudonymKey(), web,
                exampleQuestions(env.get(Environment.EXAMPLE_QUESTIONS)), origin.sources());
    }

    /** "Hvem håndterer løn? | Hvornår udbetales lønnen?": up to three questions, separated by "|". */
    static List<String> exampleQuestions(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> questions = java.util.Arrays.stream(value.split("\\|")).map(String::strip).filter(q -> !q.isEmpty()).toList();
        if (questions.size() > 3 || questions.stream().anyMatch(q -> q.length() > 200)) {
            throw new InvalidSettingException(Environment.EXAMPLE_QUESTIONS + " takes up to three questions of at most 200 characters, separated by |.");
        }
        return questions;
    }

    static String pick(String option, String env, String fallback) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return fallback;
    }
}
