package dk.hrassistenten.bot.insight;

import dk.hrassistenten.bot.OrganisationTime;
import dk.hrassistenten.bot.store.Database;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What HR reads about the service's use: questions per day and channel and the share answered, the questions the
 * documents did not answer grouped by topic, 👎 feedback by what it was on and with the question and reply it was
 * given on, and the documents indexed. Read-only;
 * the database calls throw {@link SQLException} for the caller to report. Thread-safe.
 */
public final class UsageReport {

    private final Database database;
    private final Supplier<KnowledgeSnapshot> knowledge;
    private final Clock clock;

    /** @param knowledge the current snapshot, or null while the first index is being built */
    public UsageReport(Database database, Supplier<KnowledgeSnapshot> knowledge, Clock clock) {
        this.database = database;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** One channel's questions on one day. */
    public record Day(LocalDate day, String channel, long answered, long notFound) {
        public long questions() {
            return answered + notFound;
        }

        /** The answered share in whole percent. */
        public long answeredPercent() {
            return questions() == 0 ? 0 : Math.round(100.0 * answered / questions());
        }
    }

    /** Unanswered questions of one topic: their normalised text, how many, and when last asked. */
    public record Topic(String topic, long count, OffsetDateTime lastAsked) {
    }

    /** 👎 on replies of one kind resting on one source (null: none), how many, and when last given. */
    public record Dislike(String replyKind, String sourcePath, long count, OffsetDateTime lastGiven) {
    }

    /** A 👎 on an answer: when, where, the question and an excerpt of the reply, personal data replaced ({@link dk.hrassistenten.bot.feedback.FeedbackStore}). */
    public record DislikedReply(OffsetDateTime given, String channel, String question, String reply) {
    }

    /** A document in the index; nullable members are null when the document does not say. */
    public record IndexedDocument(String path, String title, String kind, String organization, LocalDate date) {
    }

    /** The days of the period that had questions, newest first, channels by name. */
    public List<Day> days(Duration period) throws SQLException {
        List<Day> out = new ArrayList<>();
        query("select asked_on, channel, answered, not_found from question_day where asked_on >= ? order by asked_on desc, channel",
                OrganisationTime.today(clock).minusDays(period.toDays()),
                rs -> out.add(new Day(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3), rs.getLong(4))));
        return out;
    }

    /**
     * The period's unanswered questions grouped by topic, most asked first. A topic is the question's {@link #normalise
     * normalised} text: it merges what differs in case, punctuation and spacing only; merging by shared words would
     * also merge different questions about one subject, which HR would then have to pull apart again.
     */
    public List<Topic> unansweredTopics(Duration period) throws SQLException {
        Map<String, Topic> topics = new LinkedHashMap<>();
        query("select question, asked_at from unanswered where asked_at >= ?", since(period), rs -> {
            String topic = normalise(rs.getString(1));
            OffsetDateTime asked = rs.getObject(2, OffsetDateTime.class);
            topics.merge(topic, new Topic(topic, 1, asked), (a, b) -> new Topic(topic, a.count() + 1,
                    a.lastAsked().isAfter(b.lastAsked()) ? a.lastAsked() : b.lastAsked()));
        });
        return topics.values().stream().sorted(Comparator.comparingLong(Topic::count).reversed().thenComparing(Topic::topic)).toList();
    }

    /** Lower case, words only (letters and digits), single spaces: "Hvad koster  P-licens?" → "hvad koster p licens". */
    static String normalise(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The period's 👎 grouped by reply kind and source, most frequent first. */
    public List<Dislike> dislikes(Duration period) throws SQLException {
        List<Dislike> out = new ArrayList<>();
        query("select reply_kind, source_path, count(*), max(given_at) from feedback where rating < 0 and given_at >= ? "
                + "group by reply_kind, source_path order by count(*) desc, reply_kind, source_path", since(period),
                rs -> out.add(new Dislike(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class))));
        return out;
    }

    /**
     * The period's 👎 that were given with their question and reply, newest first, at most {@code limit}: what went
     * wrong, to read one by one (the {@link #dislikes counts} cover the rest).
     */
    public List<DislikedReply> dislikedReplies(Duration period, int limit) throws SQLException {
        List<DislikedReply> out = new ArrayList<>();
        query("select given_at, channel, question, reply_excerpt from feedback where rating < 0 and question is not null and given_at >= ? "
                + "order by given_at desc, id desc fetch first " + Math.max(1, limit) + " rows only", since(period),
                rs -> out.add(new DislikedReply(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3), rs.getString(4))));
        return out;
    }

    /** The documents of the current index by path; none while the first index is being built. */
    public List<IndexedDocument> documents() {
        KnowledgeSnapshot snapshot = knowledge.get();
        if (snapshot == null) {
            return List.of();
        }
        return snapshot.documents().stream().map(d -> new IndexedDocument(d.path(), d.title(), d.metadata().kind().name().toLowerCase(Locale.ROOT),
                d.metadata().organization(), d.metadata().date())).sorted(Comparator.comparing(IndexedDocument::path)).toList();
    }

    /** What the current index's build warned about: files skipped, language data missing. */
    public List<String> warnings() {
        KnowledgeSnapshot snapshot = knowledge.get();
        return snapshot == null ? List.of() : snapshot.warnings();
    }

    private OffsetDateTime since(Duration period) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(period);
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Object parameter, Row row) throws SQLException {
        try (Connection c = database.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
            database.commit(c);
        }
    }
}
