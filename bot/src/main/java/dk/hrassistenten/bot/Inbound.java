package dk.hrassistenten.bot;

import java.util.Objects;

/**
 * One message to the assistant, whatever channel it came through.
 *
 * @param userId the channel's id of the person (Slack user id, Teams AAD object id, e-mail, "cli" …); null or blank
 *     when the channel cannot vouch for anyone, which makes the message {@link #anonymous()}
 * @param conversationId the thread or conversation, for follow-up questions; may be null
 * @param requestId the channel's id of this delivery, for idempotent handling of retries; may be null
 * @param email the person's e-mail address as the channel vouches for it, when it was looked up; else null
 */
public record Inbound(Channel channel, String userId, String text, String conversationId, String requestId, String email) {

    /** The user id of a message no one vouches for. */
    public static final String ANONYMOUS = "anonymous";

    public Inbound(Channel channel, String userId, String text, String conversationId, String requestId) {
        this(channel, userId, text, conversationId, requestId, null);
    }

    public Inbound {
        Objects.requireNonNull(channel, "channel");
        userId = userId == null || userId.isBlank() ? ANONYMOUS : userId.strip();
        text = text == null ? "" : text.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** Whether no one vouches for who sent it (the web chat without a sign-in): it may ask, but not change anything. */
    public boolean anonymous() {
        return ANONYMOUS.equals(userId);
    }

    /** The same message with the e-mail address the channel gave for its sender. */
    public Inbound withEmail(String address) {
        return new Inbound(channel, userId, text, conversationId, requestId, address);
    }

    public static Inbound of(Channel channel, String userId, String text) {
        return new Inbound(channel, userId, text, null, null);
    }
}
