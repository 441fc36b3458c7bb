package dk.hrassistenten.bot.feedback;

import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.privacy.PersonalData;
import dk.hrassistenten.bot.privacy.Pseudonyms;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.bot.reply.SourceLines;
import dk.hrassistenten.bot.store.Database;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 👍/👎 on replies, stored and counted ({@code hr_assistant_feedback_total{rating,kind}}), with the reply's kind, the
 * source it rested on, the user by pseudonym, and the question and an excerpt of the reply it was given on. The question
 * and reply are kept when the answer is given ({@link #remember}), without personal data, under an id the channel
 * shows with the reply; a press sends back only that id, so no text a client sends is stored, and an id counts only
 * for the person it was answered to. Failures never stop an answer: they are logged and nothing is kept. Thread-safe.
 */
public final class FeedbackStore {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackStore.class);
    /** How long an answer can be rated with its question and reply; a later press is stored without them. */
    public static final Duration FEEDBACK_WINDOW = Duration.ofDays(7);
    /** The longest question and reply excerpt kept (the columns' width). */
    static final int MAX_CHARS = 1000;
    /** The reply's text kept before its sources: enough to recognise the answer, which its sources then locate. */
    static final int EXCERPT_TEXT_CHARS = 600;

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
     * Keeps the question an answer was given to and an {@link #excerpt} of it, personal data replaced, for
     * {@link #FEEDBACK_WINDOW}; answers older than that are deleted as new ones come.
     *
     * @param commonWord which capitalised words are no person's name ({@link PersonalData#commonWords})
     * @return the id to show with the reply, for feedback on it; null when it could not be kept
     */
    public String remember(String user, String channel, String question, Reply reply, Predicate<String> commonWord) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = now();
        try (Connection c = database.connection()) {
            try (PreparedStatement ps = c.prepareStatement("delete from answered_reply where answered_at < ?")) {
                ps.setObject(1, now.minus(FEEDBACK_WINDOW));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into answered_reply (reply_id, user_hash, channel, question, reply_excerpt, "
                    + "answered_at) values (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, pseudonyms.of(user));
                ps.setString(3, channel);
                ps.setString(4, clip(PersonalData.redact(question.strip(), commonWord), MAX_CHARS));
                ps.setString(5, excerpt(reply, commonWord));
                ps.setObject(6, now);
                ps.executeUpdate();
            }
            database.commit(c);
            return id;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("answer not kept for feedback: database unavailable ({})", e.getClass().getName());
            return null;
        }
    }

    /**
     * The reply as a person saw it, shortened: its text without the source lines, personal data replaced, cut after
     * {@value #EXCERPT_TEXT_CHARS} characters at a word, then its sources by title and section; at most
     * {@value #MAX_CHARS} characters.
     */
    static String excerpt(Reply reply, Predicate<String> commonWord) {
        String text = PersonalData.redact(SourceLines.without(reply), commonWord);
        if (text.length() > EXCERPT_TEXT_CHARS) {
            int cut = text.lastIndexOf(' ', EXCERPT_TEXT_CHARS);
            text = text.substring(0, cut > EXCERPT_TEXT_CHARS / 2 ? cut : EXCERPT_TEXT_CHARS).strip() + " …";
        }
        String sources = reply.sources().stream().map(FeedbackStore::cited).distinct().collect(Collectors.joining("; "));
        return clip(sources.isEmpty() ? text : text + "\n" + Texts.DANISH.get("source") + ": " + PersonalData.redact(sources, commonWord), MAX_CHARS);
    }

    private static String cited(Source source) {
        return source.title() + (source.section().isEmpty() ? "" : " › " + source.section());
    }

    /**
     * @param helpful true for 👍
     * @param sourcePath the reply's first source, or null
     * @param replyId the reply's id ({@link #remember}), or null; the question and reply under it are stored with the
     *     feedback when they were answered to this user within the window
     * @return whether it was stored
     */
    public boolean record(String user, String channel, boolean helpful, String replyKind, String sourcePath, String replyId) {
        meters.counter("hr_assistant_feedback_total", "rating", helpful ? "up" : "down", "kind", replyKind).increment();
        String userHash = pseudonyms.of(user);
        OffsetDateTime now = now();
        String answered = "from answered_reply where reply_id = ? and user_hash = ? and answered_at >= ?";
        OffsetDateTime since = now.minus(FEEDBACK_WINDOW);
        return database.updateOrWarn("feedback", "insert into feedback (user_hash, channel, rating, reply_kind, source_path, given_at, "
                        + "question, reply_excerpt) values (?, ?, ?, ?, ?, ?, (select question " + answered + "), (select reply_excerpt " + answered + "))",
                userHash, channel, (short) (helpful ? 1 : -1), replyKind, sourcePath, now, replyId, userHash, since, replyId, userHash, since);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
