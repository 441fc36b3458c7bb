package dk.hrassistenten.bot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's database (agenda items, chat deliveries, feedback): a connection pool with a short timeout (a dead database answers within seconds)
 * and Flyway migrations, applied on first use rather than at start, so that the service starts and
 * answers questions while the database is down. Thread-safe.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final long CONNECTION_TIMEOUT_MILLIS = 3_000;
    private static final int MAX_POOL_SIZE = 8;
    private static final int VALIDATION_SECONDS = 2;
    private static final String EMBEDDED_NAME = "hr-assistant";

    private final HikariDataSource pool;
    /** The embedded database's file; null for a database reached by URL. */
    private final EmbeddedFile embeddedFile;
    private volatile boolean migrated;

    private Database(HikariDataSource pool, EmbeddedFile embeddedFile) {
        this.pool = pool;
        this.embeddedFile = embeddedFile;
    }

    /**
     * @param url a JDBC URL, or null for the embedded H2 database in {@code dataDir}
     */
    public static Database open(String url, Path dataDir) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url != null ? url : embeddedUrl(dataDir));
        if (url == null) {
            config.setUsername("sa");
            config.setPassword("");
        }
        config.setPoolName("hr-db");
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(2_000);
        config.setInitializationFailTimeout(-1); // start without a database; each use reports if it is down
        config.setAutoCommit(false);
        config.addDataSourceProperty("connectTimeout", "3");      // PostgreSQL, seconds
        config.addDataSourceProperty("socketTimeout", "15");      // PostgreSQL, seconds: a stalled server fails the request
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return new Database(new HikariDataSource(config),
                url != null ? null : new EmbeddedFile(dataDir.toAbsolutePath().resolve(EMBEDDED_NAME + ".mv.db"))); // H2's file
    }

    /**
     * An H2 file under the data folder. AUTO_SERVER lets a second process (a {@code chat} next to a running
     * {@code serve}) use the same file; the lock timeout lets a busy meeting's changes queue instead of failing.
     */
    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(EMBEDDED_NAME).toString().replace('\\', '/') + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
    }

    /**
     * A connection in a transaction (auto-commit off), the schema migrated. End its transactions with
     * {@link #commit}, which confirms only what the database will keep.
     */
    public Connection connection() throws SQLException {
        migrate();
        checkFile();
        return liveConnection();
    }

    /**
     * A pooled connection that answers. Hikari checks a connection only when it was idle for half a second, and
     * that window is a JVM-wide system property, which a library must not set for everyone in the process; so
     * each one is checked here: after a database restart, a request gets a live connection, not one the restart
     * cut. Dead ones are evicted; a pool full of them is emptied within its size.
     */
    private Connection liveConnection() throws SQLException {
        for (int attempt = 0; attempt <= MAX_POOL_SIZE; attempt++) {
            Connection c = pool.getConnection();
            if (c.isValid(VALIDATION_SECONDS)) {
                return c;
            }
            pool.evictConnection(c);
        }
        throw new SQLTransientConnectionException("the database does not answer: no connection to it is alive", "08006");
    }

    /**
     * Commits the connection's transaction, then makes sure it went where it will be kept: an embedded database
     * whose file was deleted or replaced under the service takes commits that are lost when it stops.
     *
     * @throws SQLException when the commit failed or will not be kept; the caller reports the change as not saved
     */
    public void commit(Connection connection) throws SQLException {
        connection.commit();
        checkFile();
    }

    private void checkFile() throws SQLException {
        if (embeddedFile != null) {
            embeddedFile.check();
        }
    }

    /**
     * Why the store cannot be used now, for a person to read, or empty when it answers. Takes at most the
     * connection timeout; logs nothing (the caller decides how often a failure is worth a line).
     */
    public Optional<String> unreachable() {
        try (Connection c = connection()) {
            return c.isValid(2) ? Optional.empty() : Optional.of("the database does not answer");
        } catch (EmbeddedFile.FileGoneException e) {
            return Optional.of("the embedded database file was deleted or replaced while the service ran; changes are refused "
                    + "until it is restored and the service restarted");
        } catch (SQLException | RuntimeException e) {
            return Optional.of("the database does not answer (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Runs one statement in a transaction of its own and commits it; the number of rows it changed. */
    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connection(); java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            int changed = ps.executeUpdate();
            commit(c);
            return changed;
        }
    }

    /**
     * Like {@link #update}, for records whose loss must not stop an answer (feedback, delivery log, privacy
     * records): a failure is logged, naming what was not written, and reported as false.
     */
    public boolean updateOrWarn(String what, String sql, Object... parameters) {
        try {
            update(sql, parameters);
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("{} not written: database unavailable ({})", what, e.getClass().getName());
            return false;
        }
    }

    /** Removes a connection from the pool if it no longer works, so the next request does not get it. */
    public void discardIfBroken(Connection connection) {
        try {
            if (connection.isClosed() || !connection.isValid(1)) {
                pool.evictConnection(connection);
            }
        } catch (SQLException e) {
            pool.evictConnection(connection);
        }
    }

    private void migrate() throws SQLException {
        if (migrated) {
            return;
        }
        synchronized (this) {
            if (!migrated) {
                Flyway.configure().dataSource(pool).locations("classpath:db/hr").load().migrate();
                if (embeddedFile != null) {
                    embeddedFile.opened();
                }
                migrated = true;
                LOG.info("database ready");
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
