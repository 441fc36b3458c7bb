package dk.hrassistenten.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Slack at start whom the bot token belongs to ({@code POST auth.test} with the token as bearer), so that a
 * wrong or revoked token stops the start with what to fix instead of failing every event later. Slack answers a
 * refused token with HTTP 200 and {@code {"ok": false, "error": "invalid_auth"}} (or {@code not_authed},
 * {@code token_revoked}, {@code account_inactive}, …). Asked directly rather than through the SDK's client, which
 * logs its own failures of auth.test with a stack trace before the caller can say anything clearer.
 */
final class TokenCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TokenCheck.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private TokenCheck() {
    }

    /**
     * @param apiUrl Slack's Web API, ending in "/"
     * @param slackNeededNow Socket Mode connects at start, so Slack out of reach stops it too; over HTTP, Slack
     *     calls the service, and an unreachable Slack is only worth a warning
     * @throws IllegalArgumentException saying what to fix when Slack refuses the token, or cannot be reached and is needed now
     */
    static void check(String apiUrl, String botToken, boolean slackNeededNow) {
        JsonNode answer;
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().send(HttpRequest.newBuilder(URI.create(apiUrl + "auth.test"))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + botToken).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            answer = new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            String why = "Slack's Web API at " + apiUrl + " could not be asked whether SLACK_BOT_TOKEN is valid (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
            if (slackNeededNow) {
                throw new IllegalArgumentException(why + ". Socket Mode needs Slack at start: let the service reach it, or fix SLACK_API_URL.", e);
            }
            LOG.warn("{}; starting anyway, and Slack's requests will show whether it is", why);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Slack about the token", e);
        }
        if (!answer.path("ok").asBoolean(false)) {
            throw new IllegalArgumentException("Slack refused SLACK_BOT_TOKEN (" + answer.path("error").asText("no reason given") + "). Copy the Bot "
                    + "User OAuth Token (xoxb-…) from your Slack app's \"OAuth & Permissions\" page; reinstall the app to the workspace if it was revoked.");
        }
        LOG.info("Slack: the bot token belongs to {} in {}", answer.path("user").asText("?"), answer.path("team").asText("?"));
    }
}
