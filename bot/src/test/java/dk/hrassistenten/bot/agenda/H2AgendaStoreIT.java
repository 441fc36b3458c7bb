package dk.hrassistenten.bot.agenda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;

/** The store's suite on H2, the embedded default, served over TCP so the test can stop it. */
class H2AgendaStoreIT extends AgendaStoreContract {

    private Server server;

    @Override
    int databasePort() throws Exception {
        Path dir = Files.createTempDirectory("h2-agenda");
        server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
        return server.getPort();
    }

    @Override
    String url(int proxyPort) {
        return "jdbc:h2:tcp://127.0.0.1:" + proxyPort + "/agenda;LOCK_TIMEOUT=10000";
    }

    @Override
    void kill(Connection connection) throws SQLException {
        int session;
        try (var rs = connection.createStatement().executeQuery("select session_id()")) {
            rs.next();
            session = rs.getInt(1);
        }
        try (Connection admin = java.sql.DriverManager.getConnection(url(proxy.port()), "sa", "")) {
            admin.createStatement().execute("call abort_session(" + session + ")");
        }
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }
}
