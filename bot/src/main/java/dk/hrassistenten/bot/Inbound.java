package dk.hrassistenten.bot;

import java.util.Objects;

/**
 * One request to the assistant, whatever channel it came through: a message, or a press on one of its buttons.
 *
 * @param userId the channel's id of the person (Slack user id, Teams AAD object id, e-mail, "cli" …); null or blank
 *     when the channel cannot vouch for anyone, which makes the message {@link #anonymous()}
 * @param conversationId the thread or conversation, for follow-up questions; may be null
 * @param requestId the channel's id of this delivery, for idempotent handling of retries; may be null
 * @param email the person's e-mail address as the channel vouches for it, when it was looked up; else null
 * @param action the button pressed, when this is no message (its text is then ""); else null
 */
public record Inbound(Channel channel, String userId, String text, String conversationId, String requestId, String email,
                      InboundAction action) {

    /** The user id of a message no one vouches for. */
    public static final String ANONYMOUS = "anonymous";

    public Inbound(Channel channel, String userId, String text, String conversationId, String requestId) {
        this(channel, userId, text, conversationId, requestId, null, null);
    }

    public Inbound(Channel channel, String userId, String text, String conversationId, String requestId, String email) {
        this(channel, userId, text, conversationId, requestId, email, null);
    }

    public Inbound {
        Objects.requireNonNull(channel, "channel");
        userId = userId == null || userId.isBlank() ? ANONYMOUS : userId.strip();
        text = text == null ? "" : text.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        if (action != null && !text.isEmpty()) {
            throw new IllegalArgumentException("an action carries no text");
        }
    }

    /** Whether no one vouches for who sent it (the web chat without a sign-in): it may ask, but not change anything. */
    public boolean anonymous() {
        return ANONYMOUS.equals(userId);
    }

    /** The same message with the e-mail address the channel gave for its sender. */
    public Inbound withEmail(String address) {
        return new Inbound(channel, userId, text, conversationId, requestId, address, action);
    }

    public static Inbound of(Channel channel, String userId, String text) {
        return new Inbound(channel, userId, text, null, null);
    }

    /** A press on one of the assistant's buttons, by the person who pressed it, in the conversation it was pressed in. */
    public static Inbound of(Channel channel, String userId, String conversationId, String requestId, InboundAction action) {
        return new Inbound(channel, userId, "", conversationId, requestId, null, java.util.Objects.requireNonNull(action, "action"));
    }
}
