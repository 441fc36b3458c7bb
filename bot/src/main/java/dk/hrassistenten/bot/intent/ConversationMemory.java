package dk.hrassistenten.bot.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The last turn of each conversation (a Slack thread, a Teams conversation, a web chat tab), so that a follow-up
 * can be understood. Forgotten after {@link #FORGET_AFTER}, and kept without the personal data a question may
 * hold ({@link dk.hrassistenten.bot.privacy.PersonalData}). Implementations are thread-safe.
 */
public interface ConversationMemory {

    /** A follow-up comes within minutes; after this the previous question is no context any more. */
    Duration FORGET_AFTER = Duration.ofMinutes(30);

    /** What was asked, and the unit it was answered with, if any. */
    record Turn(String question, String unit, Instant at) {
    }

    /** The conversation's last turn within {@link #FORGET_AFTER}; empty for none, or a null conversation. */
    Optional<Turn> last(String conversation);

    /** Remembers a question (its personal data replaced) and the unit it was answered with (may be null); a null conversation is ignored. */
    void remember(String conversation, String question, String unit);
}
