package dk.hrassistenten.bot.agenda;

import java.util.Locale;
import java.util.Objects;

/**
 * An item proposed for a meeting, with what became of it.
 *
 * @param item the item; its position is 0 until it is approved
 * @param originChannel the channel it was proposed from ("slack", "teams", "web" …), where the outcome is told
 * @param originConversation the conversation there (Slack "channel" or "channel:thread", a Teams conversation id); null
 *     when the channel has none (the CLI) or the proposer's data was deleted
 * @param reason why it was rejected; null unless rejected
 */
public record Proposal(AgendaItem item, Status status, String originChannel, String originConversation, String reason) {

    /** Where a proposal stands; {@link #wireName()} is how replies and the database spell it. */
    public enum Status {
        PROPOSED, APPROVED, REJECTED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String wireName) {
            return valueOf(wireName.toUpperCase(Locale.ROOT));
        }
    }

    public Proposal {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(originChannel, "originChannel");
    }
}
