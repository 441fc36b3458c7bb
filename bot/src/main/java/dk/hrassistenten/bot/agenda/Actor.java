package dk.hrassistenten.bot.agenda;

import java.util.Objects;

/**
 * Who makes a change, from which channel, and the channel's delivery of it.
 *
 * @param request the delivery, so that a retried event changes nothing twice; null when the channel gives no id
 * @param email the person's e-mail address as the channel vouches for it, or null; forums may list secretaries by it
 */
public record Actor(String user, String channel, RequestKey request, String email) {
    public Actor(String user, String channel, RequestKey request) {
        this(user, channel, request, null);
    }

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(channel, "channel");
    }

    /** Whether no one vouches for who this is; see {@link dk.hrassistenten.bot.Inbound#anonymous()}. */
    public boolean anonymous() {
        return dk.hrassistenten.bot.Inbound.ANONYMOUS.equals(user);
    }
}
