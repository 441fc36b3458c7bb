package dk.hrassistenten.bot.intent;

import dk.hrassistenten.bot.privacy.PersonalData;
import dk.hrassistenten.bot.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation memory in the database all replicas share (table {@code conversation_turn}): a follow-up is
 * understood on whichever replica the load balancer sends it to. The conversation id is kept only as a hash
 * (it names a person, a channel or a thread), and rows past {@link #FORGET_AFTER} are deleted as new turns
 * are written. The memory is a convenience: with the database down, a follow-up is read on its own and the
 * failure is logged, and no answer fails for it. Thread-safe.
 */
public final class StoredConversationMemory implements ConversationMemory {

    private static final Logger LOG = LoggerFactory.getLogger(StoredConversationMemory.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_QUESTION_CHARS = 4000;
    private static final int MAX_UNIT_CHARS = 500;

    private final Database database;
    private final Clock clock;

    public StoredConversationMemory(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<Turn> last(String conversation) {
        if (conversation == null) {
            return Optional.empty();
        }
        try (Connection c = database.connection();
             PreparedStatement ps = c.prepareStatement("select question, unit_name, asked_at from conversation_turn where conversation_key = ? and asked_at >= ?")) {
            ps.setString(1, key(conversation));
            ps.setObject(2, now().minus(FORGET_AFTER));
            try (ResultSet rs = ps.executeQuery()) {
                Optional<Turn> turn = rs.next()
                        ? Optional.of(new Turn(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
                        : Optional.empty();
                c.rollback();
                return turn;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("conversation memory unavailable ({}); the follow-up is read on its own", e.getClass().getName());
            return Optional.empty();
        }
    }

    @Override
    public void remember(String conversation, String question, String unit) {
        if (conversation == null) {
            return;
        }
        String key = key(conversation);
        String text = clip(PersonalData.redact(question), MAX_QUESTION_CHARS);
        String unitName = unit == null ? null : clip(unit, MAX_UNIT_CHARS);
        OffsetDateTime now = now();
        try (Connection c = database.connection()) {
            try {
                write(c, key, text, unitName, now);
            } catch (SQLException e) {
                c.rollback();
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                write(c, key, text, unitName, now); // another replica inserted the same conversation first: update it
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("conversation memory not written: database unavailable ({})", e.getClass().getName());
        }
    }

    /** Updates the conversation's turn, or inserts it; and deletes the turns that are past the expiry, in one transaction. */
    private void write(Connection c, String key, String question, String unit, OffsetDateTime now) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement("update conversation_turn set question = ?, unit_name = ?, asked_at = ? where conversation_key = ?")) {
            ps.setString(1, question);
            ps.setString(2, unit);
            ps.setObject(3, now);
            ps.setString(4, key);
            updated = ps.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement ps = c.prepareStatement("insert into conversation_turn (conversation_key, question, unit_name, asked_at) values (?, ?, ?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, question);
                ps.setString(3, unit);
                ps.setObject(4, now);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("delete from conversation_turn where asked_at < ?")) {
            ps.setObject(1, now.minus(FORGET_AFTER));
            ps.executeUpdate();
        }
        database.commit(c);
    }

    static String key(String conversation) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(conversation.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
