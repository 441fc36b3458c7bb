package dk.hrassistenten.adapters.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts messages with {@code chat.postMessage}, unfurling off, and waits out Slack's rate limits: a 429
 * is retried after its {@code Retry-After} seconds, a few times at most. Thread-safe.
 */
final class SlackPoster {

    private static final Logger LOG = LoggerFactory.getLogger(SlackPoster.class);
    static final int MAX_ATTEMPTS = 4;
    private static final long MAX_WAIT_SECONDS = 30;

    private final MethodsClient methods;

    SlackPoster(MethodsClient methods) {
        this.methods = methods;
    }

    /**
     * @param threadTs the thread to answer in, or null for the channel itself
     * @throws IOException when Slack cannot be reached or keeps refusing
     */
    void post(String channel, String threadTs, List<SlackMessage> messages) throws IOException, InterruptedException {
        for (SlackMessage message : messages) {
            postOne(channel, threadTs, message);
        }
    }

    private void postOne(String channel, String threadTs, SlackMessage message) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                ChatPostMessageResponse response = methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs).text(message.text())
                        .blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false).mrkdwn(true));
                if (response.isOk()) {
                    return;
                }
                if (!"ratelimited".equals(response.getError()) || attempt >= MAX_ATTEMPTS) {
                    throw new IOException("chat.postMessage failed: " + response.getError());
                }
                Thread.sleep(1000L * attempt);
            } catch (SlackApiException e) {
                if (e.getResponse().code() != 429 || attempt >= MAX_ATTEMPTS) {
                    throw new IOException("chat.postMessage failed with HTTP " + e.getResponse().code(), e);
                }
                long wait = retryAfterSeconds(e.getResponse().header("Retry-After"));
                LOG.info("Slack rate limit: waiting {} s before retrying", wait);
                Thread.sleep(wait * 1000);
            }
        }
    }

    static long retryAfterSeconds(String header) {
        try {
            return Math.min(MAX_WAIT_SECONDS, Math.max(1, Long.parseLong(header == null ? "1" : header.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
