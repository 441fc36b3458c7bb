package dk.hrassistenten.bot;

import java.util.Objects;

/**
 * One message to the assistant, whatever channel it came through.
 *
 * @param userId the channel's id of the person (Slack user id, Teams AAD object id, e-mail, "cli" …)
 * @param conversationId the thread or conversation, for follow-up questions; may be null
 * @param requestId the channel's id of this delivery, for idempotent handling of retries; may be null
 */
public record Inbound(Channel channel, String userId, String text, String conversationId, String requestId) {
    public Inbound {
        Objects.requireNonNull(channel, "channel");
        userId = userId == null || userId.isBlank() ? "anonymous" : userId.strip();
        text = text == null ? "" : text.strip();
    }

    public static Inbound of(Channel channel, String userId, String text) {
        return new Inbound(channel, userId, text, null, null);
    }
}
