package dk.hrassistenten.bot.agenda;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * The store's suite on the real PostgreSQL of the machine (127.0.0.1:5432, database test, trust auth),
 * each test in a schema of its own that is dropped afterwards.
 */
class PostgresAgendaStoreIT extends AgendaStoreContract {

    static final String DIRECT = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private final String schema = "agenda_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    int databasePort() throws SQLException {
        try (Connection c = DriverManager.getConnection(DIRECT)) {
            c.createStatement().execute("create schema " + schema);
        }
        return 5432;
    }

    @Override
    String url(int proxyPort) {
        return "jdbc:postgresql://127.0.0.1:" + proxyPort + "/test?user=postgres&currentSchema=" + schema;
    }

    @Override
    void kill(Connection connection) throws SQLException {
        int pid;
        try (ResultSet rs = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        try (Connection admin = DriverManager.getConnection(DIRECT)) {
            admin.createStatement().execute("select pg_terminate_backend(" + pid + ")");
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(DIRECT)) {
            c.createStatement().execute("drop schema " + schema + " cascade");
        }
    }
}
