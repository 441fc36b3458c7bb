package dk.hrassistenten.bot.insight;

import dk.hrassistenten.bot.OrganisationTime;
import dk.hrassistenten.bot.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the questions asked per day and channel, answered or not, in {@code question_day}: numbers only, no user
 * and no text. A failure never stops an answer: it is logged and the question goes uncounted. Thread-safe.
 */
public final class QuestionCounter {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionCounter.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final Clock clock;

    /** @param clock the time; the day a question belongs to is the organisation's ({@link OrganisationTime}) */
    public QuestionCounter(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Counts one question of today. */
    public void count(String channel, boolean answered) {
        LocalDate day = OrganisationTime.today(clock);
        String column = answered ? "answered" : "not_found";
        try (Connection c = database.connection()) {
            // Update first, insert the day's row when there is none. H2 and PostgreSQL spell an upsert differently;
            // when another replica inserts the same row in between, the insert fails and the update is tried again.
            for (int attempt = 0; attempt < 2; attempt++) {
                if (increment(c, column, day, channel) || insert(c, answered, day, channel)) {
                    database.commit(c);
                    return;
                }
            }
            c.rollback();
            LOG.warn("question not counted: its day's row kept changing");
        } catch (SQLException | RuntimeException e) {
            LOG.warn("question not counted: database unavailable ({})", e.getClass().getName());
        }
    }

    private static boolean increment(Connection c, String column, LocalDate day, String channel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update question_day set " + column + " = " + column + " + 1 where asked_on = ? and channel = ?")) {
            ps.setObject(1, day);
            ps.setString(2, channel);
            return ps.executeUpdate() == 1;
        }
    }

    /** @return false when the row exists after all (inserted by someone else meanwhile) */
    private static boolean insert(Connection c, boolean answered, LocalDate day, String channel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into question_day (asked_on, channel, answered, not_found) values (?, ?, ?, ?)")) {
            ps.setObject(1, day);
            ps.setString(2, channel);
            ps.setLong(3, answered ? 1 : 0);
            ps.setLong(4, answered ? 0 : 1);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(); // PostgreSQL aborts the transaction on the failed insert
            return false;
        }
    }
}
