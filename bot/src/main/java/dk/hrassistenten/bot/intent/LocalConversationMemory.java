package dk.hrassistenten.bot.intent;

import dk.hrassistenten.bot.privacy.PersonalData;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Conversation memory in this process only, bounded: for one process alone (the terminal chat, {@code eval},
 * tests). A service with several replicas uses {@link StoredConversationMemory}. Thread-safe.
 */
public final class LocalConversationMemory implements ConversationMemory {

    private static final int MAX_CONVERSATIONS = 10_000;

    private final Clock clock;
    private final Map<String, Turn> turns = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Turn> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    public LocalConversationMemory(Clock clock) {
        this.clock = clock;
    }

    @Override
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

    @Override
    public synchronized void remember(String conversation, String question, String unit) {
        if (conversation != null) {
            turns.put(conversation, new Turn(PersonalData.redact(question), unit, clock.instant()));
        }
    }
}
