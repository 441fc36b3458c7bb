package dk.hrassistenten.bot.privacy;

import dk.hrassistenten.bot.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the service keeps about people, and the rules for it (GDPR): first contact and unanswered questions
 * (by pseudonym, the questions without personal data: {@link PersonalData}), expiry of feedback, the answers kept for
 * feedback on them, unanswered questions, delivery keys and first contacts after the retention period, and export and deletion of what is
 * stored about one user.
 * Failures never stop an answer: they are logged and the call does nothing. Thread-safe.
 */
public final class PrivacyStore {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyStore.class);
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    private final Database database;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    public PrivacyStore(Database database, Pseudonyms pseudonyms, Clock clock) {
        this.database = database;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    public Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    /** Records that the user has been talked to; true the first time (within the retention). */
    public boolean firstContact(String userId) {
        try (Connection c = database.connection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into person (user_hash, first_seen_at) values (?, ?)")) {
                ps.setString(1, pseudonyms.of(userId));
                ps.setObject(2, now());
                ps.executeUpdate();
                database.commit(c);
                return true;
            } catch (SQLException e) {
                c.rollback();
                if ("23505".equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("first-contact record unavailable ({})", e.getClass().getName());
            return false;
        }
    }

    /** Keeps a question the documents did not answer, without the personal data in it, as the user's. */
    public void recordUnanswered(String question, String channel, String userId) {
        String q = PersonalData.redact(question.strip());
        database.updateOrWarn("unanswered question", "insert into unanswered (question, channel, asked_at, user_hash) values (?, ?, ?, ?)",
                q.length() > 4000 ? q.substring(0, 4000) : q, channel, now(), pseudonyms.of(userId));
    }

    /** A question and how often it went unanswered. */
    public record QuestionCount(String question, long count) {
    }

    /** The most frequent unanswered questions of the period, most frequent first (case and spacing folded). */
    public List<QuestionCount> frequentUnanswered(Duration period, int limit) throws SQLException {
        try (Connection c = database.connection();
             PreparedStatement ps = c.prepareStatement("select lower(question), count(*) from unanswered where asked_at >= ? "
                     + "group by lower(question) order by count(*) desc, lower(question) fetch first " + Math.max(1, limit) + " rows only")) {
            ps.setObject(1, now().minus(period));
            List<QuestionCount> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QuestionCount(rs.getString(1), rs.getLong(2)));
                }
            }
            database.commit(c);
            return out;
        }
    }

    /** Deletes what is older than the retention; the number of rows deleted by table. */
    public Map<String, Integer> purge(Duration retention) throws SQLException {
        OffsetDateTime cutoff = now().minus(retention);
        Map<String, Integer> deleted = new LinkedHashMap<>();
        try (Connection c = database.connection()) {
            deleted.put("feedback", delete(c, "delete from feedback where given_at < ?", cutoff));
            deleted.put("answered", delete(c, "delete from answered_reply where answered_at < ?", cutoff));
            deleted.put("unanswered", delete(c, "delete from unanswered where asked_at < ?", cutoff));
            deleted.put("delivery", delete(c, "delete from delivery where claimed_at < ?", cutoff));
            deleted.put("person", delete(c, "delete from person where first_seen_at < ?", cutoff));
            database.commit(c);
        }
        return deleted;
    }

    /** Everything stored about one user, as plain data for an export. */
    public Map<String, Object> export(String userId) throws SQLException {
        String hash = pseudonyms.of(userId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", userId);
        try (Connection c = database.connection()) {
            out.put("first_contact", rows(c, "select first_seen_at from person where user_hash = ?", hash));
            out.put("feedback", rows(c, "select channel, rating, reply_kind, source_path, question, reply_excerpt, given_at from feedback "
                    + "where user_hash = ?", hash));
            out.put("answers_open_to_feedback", rows(c, "select channel, question, reply_excerpt, answered_at from answered_reply where user_hash = ?", hash));
            out.put("unanswered_questions", rows(c, "select question, channel, asked_at from unanswered where user_hash = ?", hash));
            out.put("agenda_items_created", rows(c, "select id, forum, meeting_date, title, status, created_channel, origin_conversation, "
                    + "decision_reason, created_at, removed_at "
                    + "from agenda_item where lower(created_by) = lower(?)", userId));
            out.put("agenda_changes", rows(c, "select item_id, action, channel, changed_at from agenda_change where lower(actor) = lower(?)", userId));
            out.put("chat_conversations", rows(c, "select channel, conversation_id, seen_at from chat_conversation "
                    + "where lower(personal_user) = lower(?)", userId));
            database.commit(c);
        }
        return out;
    }

    /**
     * Deletes what is stored about one user. Feedback, the answers kept for feedback, unanswered questions, first contact and their own chat with the bot go; agenda
     * items and their audit trail are committee records and stay without an author (null, which no one's id
     * matches, so no one can undo the person's changes), and their changes lose the request fingerprints
     * that hash the user's id.
     */
    public Map<String, Integer> delete(String userId) throws SQLException {
        String hash = pseudonyms.of(userId);
        Map<String, Integer> changed = new LinkedHashMap<>();
        try (Connection c = database.connection()) {
            changed.put("feedback", update(c, "delete from feedback where user_hash = ?", hash));
            changed.put("answers_open_to_feedback", update(c, "delete from answered_reply where user_hash = ?", hash));
            changed.put("unanswered_questions", update(c, "delete from unanswered where user_hash = ?", hash));
            changed.put("first_contact", update(c, "delete from person where user_hash = ?", hash));
            changed.put("agenda_items_pseudonymised", update(c, "update agenda_item set created_by = null, origin_conversation = null "
                    + "where lower(created_by) = lower(?)", userId));
            changed.put("agenda_decisions_pseudonymised", update(c, "update agenda_item set decided_by = null where lower(decided_by) = lower(?)", userId));
            changed.put("chat_conversations", update(c, "delete from chat_conversation where lower(personal_user) = lower(?)", userId));
            changed.put("agenda_changes_pseudonymised", update(c, "update agenda_change set actor = null, request_key = null, "
                    + "request_fingerprint = null where lower(actor) = lower(?)", userId));
            database.commit(c);
        }
        return changed;
    }

    private static int delete(Connection c, String sql, OffsetDateTime cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, cutoff);
            return ps.executeUpdate();
        }
    }

    private static int update(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            return ps.executeUpdate();
        }
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        Object v = rs.getObject(i);
                        row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), v == null ? null : v.toString());
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
