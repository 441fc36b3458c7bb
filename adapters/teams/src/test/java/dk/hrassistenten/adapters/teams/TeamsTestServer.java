package dk.hrassistenten.adapters.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import dk.hrassistenten.bot.ChatParts;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.agenda.AgendaDocuments;
import dk.hrassistenten.bot.agenda.AgendaStore;
import dk.hrassistenten.bot.agenda.Forums;
import dk.hrassistenten.bot.delivery.DeliveryLog;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.store.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The Teams adapter behind a real Jetty on an ephemeral port, over an embedded database. Replies are sent with
 * a fixed outbound token, since Entra ID cannot be reached from here; everything inbound is the real thing.
 */
final class TeamsTestServer implements AutoCloseable {

    static final String OUTBOUND_TOKEN = "outbound-test-token";

    final Database database;
    final TeamsAdapter adapter;
    private final Server jetty;
    private final ServerConnector connector;
    final HttpClient http = HttpClient.newHttpClient();

    TeamsTestServer(TeamsSettings settings, Function<Inbound, Reply> handler) throws Exception {
        database = Database.open(null, Files.createTempDirectory("teams-db"));
        Clock clock = Clock.systemDefaultZone();
        ChatParts parts = new ChatParts(handler, new AgendaDocuments(Forums.example(), new AgendaStore(database, clock)), Forums.example(),
                new DeliveryLog(database, clock),
                new dk.hrassistenten.bot.delivery.ChatConversations(database, clock),
                dk.hrassistenten.bot.welcome.Welcome.withQuestions(List.of("Hvem håndterer løn?", "Hvornår er der lønudbetaling?", "Hvor mange feriedage har jeg?")));
        adapter = new TeamsAdapter(settings, parts, clock, FixedTokenCredentials::new);
        jetty = new Server();
        connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder holder = new ServletHolder(adapter.servlet());
        holder.setAsyncSupported(true);
        context.addServlet(holder, "/api/messages");
        jetty.setHandler(context);
        jetty.start();
    }

    HttpResponse<String> post(String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
        adapter.close();
        database.close();
    }

    /** Outbound credentials with a fixed token: the bot's own app id, no Entra ID round trip. */
    static final class FixedTokenCredentials extends AppCredentials {
        FixedTokenCredentials(String appId, String scope) {
            super(null, scope);
            setAppId(appId);
        }

        @Override
        public CompletableFuture<String> getToken() {
            return CompletableFuture.completedFuture(OUTBOUND_TOKEN);
        }

        @Override
        protected Authenticator buildAuthenticator() {
            throw new UnsupportedOperationException("no Entra ID in tests");
        }
    }
}
