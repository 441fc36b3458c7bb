package dk.hrassistenten.deploy;

import dk.hrassistenten.adapters.slack.SlackSettings;
import dk.hrassistenten.adapters.teams.TeamsSettings;
import dk.hrassistenten.adapters.web.WebSettings;
import dk.hrassistenten.bot.llm.LlmSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Every environment variable the service reads, in one list: docs/operations.md documents them, and a
 * test checks that the container and Kubernetes manifests set no other (a typo there is a silent default).
 */
public final class Environment {

    public static final String CORPUS = "HR_ASSISTANT_CORPUS";
    public static final String SOURCES = "HR_ASSISTANT_SOURCES";
    public static final String DATA = "HR_ASSISTANT_DATA";
    public static final String FORUMS = "HR_ASSISTANT_FORUMS";
    public static final String DB_URL = "HR_ASSISTANT_DB_URL";
    public static final String UNITS = "HR_ASSISTANT_UNITS";
    public static final String AUDIENCES = "HR_ASSISTANT_AUDIENCES";
    public static final String RETENTION_DAYS = "HR_ASSISTANT_RETENTION_DAYS";
    public static final String PSEUDONYM_KEY = "HR_ASSISTANT_PSEUDONYM_KEY";
    public static final String EXAMPLE_QUESTIONS = "HR_ASSISTANT_EXAMPLE_QUESTIONS";
    /** Read by Logback's configuration (logback.xml). */
    public static final List<String> LOGGING = List.of("HR_ASSISTANT_LOG_LEVEL", "HR_ASSISTANT_LOG_FORMAT");
    /** Read by the JVM itself. */
    public static final List<String> JVM = List.of("JAVA_TOOL_OPTIONS");

    private Environment() {
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(CORPUS, SOURCES, DATA, FORUMS, DB_URL, UNITS, AUDIENCES, RETENTION_DAYS, PSEUDONYM_KEY, EXAMPLE_QUESTIONS));
        names.addAll(LOGGING);
        names.addAll(JVM);
        names.addAll(SlackSettings.ENVIRONMENT);
        names.addAll(TeamsSettings.ENVIRONMENT);
        names.addAll(WebSettings.ENVIRONMENT);
        names.addAll(LlmSettings.ENVIRONMENT);
        return names.stream().distinct().toList();
    }
}
