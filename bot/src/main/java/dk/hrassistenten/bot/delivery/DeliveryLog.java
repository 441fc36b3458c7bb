package dk.hrassistenten.bot.delivery;

import dk.hrassistenten.bot.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which chat deliveries have been handled, in the database that all replicas share. A replica
 * {@link #claim claims} a delivery before handling it; only one claim succeeds, so an event is answered
 * once however often and wherever it arrives. A handling that fails {@link #release releases} its claim,
 * and one that was abandoned (the replica died) may be claimed again after a while, so the platform's
 * retry of a failed delivery is still answered. Thread-safe.
 */
public final class DeliveryLog {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLog.class);
    /** A claim older than this without being done was abandoned; a retry may take it over. */
    static final Duration ABANDONED = Duration.ofMinutes(2);
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final Clock clock;

    public DeliveryLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * @return true when this caller should handle the delivery; false when it is handled or being handled
     *     elsewhere. When the database cannot be reached the delivery is handled (answering twice beats not
     *     answering), and the failure is logged.
     */
    public boolean claim(String key) {
        try (Connection c = database.connection()) {
            try {
                try (PreparedStatement ps = c.prepareStatement("insert into delivery (delivery_key, state, claimed_at) values (?, 'claimed', ?)")) {
                    ps.setString(1, key);
                    ps.setObject(2, now());
                    ps.executeUpdate();
                }
                database.commit(c);
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            // Taken already: take it over only if it was abandoned mid-way.
            try (PreparedStatement ps = c.prepareStatement("update delivery set claimed_at = ? where delivery_key = ? and state = 'claimed' and claimed_at < ?")) {
                ps.setObject(1, now());
                ps.setString(2, key);
                ps.setObject(3, now().minus(ABANDONED));
                boolean takenOver = ps.executeUpdate() == 1;
                database.commit(c);
                return takenOver;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("delivery log unavailable ({}); handling the delivery anyway", e.getClass().getName());
            return true;
        }
    }

    /** Marks a claimed delivery as answered. */
    public void done(String key) {
        database.updateOrWarn("delivery log", "update delivery set state = 'done', done_at = ? where delivery_key = ?", now(), key);
    }

    /** Gives up a claim after a failed handling, so the platform's retry is handled. */
    public void release(String key) {
        database.updateOrWarn("delivery log", "delete from delivery where delivery_key = ? and state = 'claimed'", key);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
