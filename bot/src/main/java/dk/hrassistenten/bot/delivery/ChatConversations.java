package dk.hrassistenten.bot.delivery;

import dk.hrassistenten.bot.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat conversations the bot may write to on its own, in the database all replicas share: for each, where the
 * platform takes messages for it (Teams' service URL), and, for a person's own chat with the bot, whose it is.
 * Remembered when people write to the bot; used to tell secretaries of proposals and proposers of decisions.
 * Failures are logged and leave the bot answering as before. Thread-safe.
 */
public final class ChatConversations {

    private static final Logger LOG = LoggerFactory.getLogger(ChatConversations.class);
    private static final String UNIQUE_VIOLATION = "23505";

    /** A conversation to write to: its id and where its platform takes messages for it. */
    public record Address(String conversationId, String serviceUrl) {
    }

    private final Database database;
    private final Clock clock;

    public ChatConversations(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Remembers a conversation as it was last seen.
     *
     * @param personalUser the person whose own chat with the bot this is; null for a channel or group chat
     */
    public void remember(String channel, String conversationId, String serviceUrl, String personalUser) {
        try (Connection c = database.connection()) {
            try {
                if (update(c, channel, conversationId, serviceUrl, personalUser) == 0) {
                    try (PreparedStatement ps = c.prepareStatement("insert into chat_conversation (channel, conversation_id, service_url, "
                            + "personal_user, seen_at) values (?,?,?,?,?)")) {
                        ps.setString(1, channel);
                        ps.setString(2, conversationId);
                        ps.setString(3, serviceUrl);
                        ps.setString(4, personalUser);
                        ps.setObject(5, now());
                        ps.executeUpdate();
                    }
                }
                database.commit(c);
            } catch (SQLException e) {
                c.rollback();
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                // Another replica remembered it at the same moment; its row is as good as ours.
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not remember a {} conversation ({})", channel, e.getClass().getName());
        }
    }

    /** Where to write into a conversation, if it was seen. */
    public Optional<Address> conversation(String channel, String conversationId) {
        return find("select conversation_id, service_url from chat_conversation where channel = ? and conversation_id = ?", channel, conversationId);
    }

    /** A person's own chat with the bot, the latest seen, if they ever wrote to it. */
    public Optional<Address> personal(String channel, String user) {
        return find("select conversation_id, service_url from chat_conversation where channel = ? and lower(personal_user) = lower(?) "
                + "order by seen_at desc fetch first 1 rows only", channel, user);
    }

    private int update(Connection c, String channel, String conversationId, String serviceUrl, String personalUser) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update chat_conversation set service_url = ?, personal_user = ?, seen_at = ? "
                + "where channel = ? and conversation_id = ?")) {
            ps.setString(1, serviceUrl);
            ps.setString(2, personalUser);
            ps.setObject(3, now());
            ps.setString(4, channel);
            ps.setString(5, conversationId);
            return ps.executeUpdate();
        }
    }

    private Optional<Address> find(String sql, String channel, String key) {
        try (Connection c = database.connection()) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, channel);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    Optional<Address> found = rs.next() ? Optional.of(new Address(rs.getString(1), rs.getString(2))) : Optional.empty();
                    database.commit(c);
                    return found;
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not look up a {} conversation ({})", channel, e.getClass().getName());
            return Optional.empty();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
