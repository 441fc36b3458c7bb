package dk.hrassistenten.adapters.slack;

import java.util.Map;

/**
 * Slack's configuration, from the environment variables contract.md names. Built once at start.
 *
 * @param signingSecret set for Slack over HTTP ({@code POST /slack/events}); null otherwise
 * @param appToken set for Socket Mode; null otherwise
 * @param apiUrl base URL of Slack's Web API, ending in "/api/"
 * @param publicUrl the service's public base URL, for source links; null when not known
 */
public record SlackSettings(String botToken, String signingSecret, String appToken, String apiUrl, String publicUrl) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    /** The environment variables these settings are read from. */
    public static final java.util.List<String> ENVIRONMENT = java.util.List.of(
            "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL", "HR_ASSISTANT_PUBLIC_URL");

    /** Slack's settings, or null when Slack is not configured; throws with what to fix for a half configuration. */
    public static SlackSettings fromEnvironment(Map<String, String> env) {
        String token = blankToNull(env.get("SLACK_BOT_TOKEN"));
        String secret = blankToNull(env.get("SLACK_SIGNING_SECRET"));
        String appToken = blankToNull(env.get("SLACK_APP_TOKEN"));
        if (token == null) {
            if (secret != null || appToken != null) {
                throw new IllegalArgumentException("SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: "
                        + "set the bot token (xoxb-…) too, or neither.");
            }
            return null;
        }
        if (secret == null && appToken == null) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN is set, but neither SLACK_SIGNING_SECRET (Slack over HTTP) nor "
                    + "SLACK_APP_TOKEN (Socket Mode) is.");
        }
        if (!token.startsWith("xoxb-")) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN must be the app's bot token, which starts with xoxb- (\"OAuth & Permissions\" → "
                    + "Bot User OAuth Token); the value set does not.");
        }
        if (appToken != null && !appToken.startsWith("xapp-")) {
            throw new IllegalArgumentException("SLACK_APP_TOKEN must be an app-level token with connections:write, which starts with xapp- "
                    + "(\"Basic Information\" → App-Level Tokens); the value set does not.");
        }
        String api = blankToNull(env.get("SLACK_API_URL"));
        api = api == null ? DEFAULT_API_URL : (api.endsWith("/") ? api : api + "/");
        String publicUrl = blankToNull(env.get("HR_ASSISTANT_PUBLIC_URL"));
        return new SlackSettings(token, secret, appToken, api, publicUrl);
    }

    public boolean http() {
        return signingSecret != null;
    }

    public boolean socketMode() {
        return appToken != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "SlackSettings[http=" + http() + ", socketMode=" + socketMode() + ", apiUrl=" + apiUrl + "]"; // no secrets in logs
    }
}
