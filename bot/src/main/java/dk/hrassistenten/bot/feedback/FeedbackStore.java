package dk.hrassistenten.bot.feedback;

import dk.hrassistenten.bot.privacy.Pseudonyms;
import dk.hrassistenten.bot.store.Database;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * 👍/👎 on replies, stored and counted ({@code hr_assistant_feedback_total{rating,kind}}). No question
 * or reply text is stored: only the reply's kind and the source it rested on, and the user by pseudonym.
 * Thread-safe.
 */
public final class FeedbackStore {

    private final Database database;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final MeterRegistry meters;

    public FeedbackStore(Database database, Pseudonyms pseudonyms, Clock clock, MeterRegistry meters) {
        this.database = database;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * @param helpful true for 👍
     * @param sourcePath the reply's first source, or null
     * @return whether it was stored
     */
    public boolean record(String user, String channel, boolean helpful, String replyKind, String sourcePath) {
        meters.counter("hr_assistant_feedback_total", "rating", helpful ? "up" : "down", "kind", replyKind).increment();
        return database.updateOrWarn("feedback", "insert into feedback (user_hash, channel, rating, reply_kind, source_path, given_at) values (?,?,?,?,?,?)",
                pseudonyms.of(user), channel, (short) (helpful ? 1 : -1), replyKind, sourcePath, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
