package dk.hrassistenten.bot.intent;

import dk.hrassistenten.bot.privacy.PersonalData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last turn of each conversation (a Slack thread, a Teams conversation, a web chat), so that a
 * follow-up can be understood. Kept in memory only, bounded, forgotten after half an hour, and without the
 * personal data a question may hold ({@link PersonalData}). Thread-safe.
 */
public final class ConversationMemory {

    static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    private static final int MAX_CONVERSATIONS = 10_000;

    /** What was asked, and the unit it was answered with, if any. */
    public record Turn(String question, String unit, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Turn> turns = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Turn> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    public ConversationMemory(Clock clock) {
        this.clock = clock;
    }

    public synchronized Optional<Turn> last(String conversation) {
        if (conversation == null) {
            return Optional.empty();
        }
        Turn turn = turns.get(conversation);
        if (turn == null || turn.at().plus(FORGET_AFTER).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(turn);
    }

    public synchronized void remember(String conversation, String question, String unit) {
        if (conversation != null) {
            turns.put(conversation, new Turn(PersonalData.redact(question), unit, clock.instant()));
        }
    }
}
